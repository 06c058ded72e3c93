import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
} from "./chunk-H3BKWR6B.js";
import "./chunk-Z5KK4D4R.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-F77AKLAS.js";
import "./chunk-VU2QRHGL.js";
import "./chunk-ZPWJYZLB.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";
export {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
};
