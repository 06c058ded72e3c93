import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  runEngine
} from "./chunk-BSGRJSND.js";
import "./chunk-DF4FYQDL.js";
import "./chunk-I4BLV3Y7.js";
import "./chunk-FBYZSV5K.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-V3ZPJ5RY.js";
import "./chunk-4A4SSQ3P.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";
export {
  runEngine
};
