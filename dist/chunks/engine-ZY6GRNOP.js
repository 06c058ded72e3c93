import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  runEngine
} from "./chunk-WK4GT73R.js";
import "./chunk-DF4FYQDL.js";
import "./chunk-EXMTSR6J.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-AMS3W7VF.js";
export {
  runEngine
};
