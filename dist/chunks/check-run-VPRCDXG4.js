import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{ANNOTATIONS_PER_REQUEST,checkRunContent}from"./chunk-66GEPZJM.js";import"./chunk-UX7FJYYO.js";import"./chunk-KQTSXDWA.js";import"./chunk-TGEFW2DI.js";import"./chunk-6HWABLPW.js";import"./chunk-TZCTXL4O.js";import"./chunk-ENKF3DKD.js";import"./chunk-R7ACYVCE.js";import"./chunk-GC4ZDBZF.js";import"./chunk-E63FK7FZ.js";import"./chunk-43ZP6SRY.js";import"./chunk-XU65TRRU.js";export{ANNOTATIONS_PER_REQUEST,checkRunContent};
