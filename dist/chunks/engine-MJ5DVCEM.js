import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  runEngine
} from "./chunk-X3FN7OKD.js";
import "./chunk-DF4FYQDL.js";
import "./chunk-EXMTSR6J.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";
export {
  runEngine
};
