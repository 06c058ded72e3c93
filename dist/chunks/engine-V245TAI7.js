import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  runEngine
} from "./chunk-LYEPQF6V.js";
import "./chunk-DF4FYQDL.js";
import "./chunk-I4BLV3Y7.js";
import "./chunk-FBYZSV5K.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-AACF74NE.js";
import "./chunk-4A4SSQ3P.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";
export {
  runEngine
};
