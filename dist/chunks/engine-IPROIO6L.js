import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  runEngine
} from "./chunk-KZFT2OV2.js";
import "./chunk-OQQ72XAH.js";
import "./chunk-DF4FYQDL.js";
import "./chunk-GQU6H6TF.js";
import "./chunk-J3BZZ7N3.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";
export {
  runEngine
};
