import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
} from "./chunk-V6YZG26F.js";
import "./chunk-UQX6GARV.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-F77AKLAS.js";
import "./chunk-V3ZPJ5RY.js";
import "./chunk-4A4SSQ3P.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";
export {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
};
