import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
} from "./chunk-C4QSCDJP.js";
import "./chunk-5TF5366L.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-F77AKLAS.js";
import "./chunk-2Q3RCNS5.js";
import "./chunk-HGL3DW75.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";
export {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
};
