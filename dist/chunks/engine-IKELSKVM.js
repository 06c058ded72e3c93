import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  runEngine
} from "./chunk-X2SKQZ2Q.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-E24H522G.js";
import "./chunk-DF4FYQDL.js";
import "./chunk-EXMTSR6J.js";
import "./chunk-J3BZZ7N3.js";
import "./chunk-FBYZSV5K.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";
export {
  runEngine
};
