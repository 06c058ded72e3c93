import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  require_dist_cjs3 as require_dist_cjs
} from "./chunk-QIIZEEFC.js";
import "./chunk-X7F3W3TN.js";
import "./chunk-H5DNCB4H.js";
export default require_dist_cjs();
