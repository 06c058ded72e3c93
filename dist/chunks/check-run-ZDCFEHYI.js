import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
} from "./chunk-EBS7FQCG.js";
import "./chunk-5WB7YRVL.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-F77AKLAS.js";
import "./chunk-NXEYVLRO.js";
import "./chunk-4A4SSQ3P.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";
export {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
};
