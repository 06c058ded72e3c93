import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{ANNOTATIONS_PER_REQUEST,checkRunContent}from"./chunk-C7C4SUZE.js";import"./chunk-LPOZUM5C.js";import"./chunk-KQTSXDWA.js";import"./chunk-X5WI2VDK.js";import"./chunk-6HWABLPW.js";import"./chunk-WAID7FHN.js";import"./chunk-UER3YDQS.js";import"./chunk-R7ACYVCE.js";import"./chunk-VI7JO5SQ.js";import"./chunk-E63FK7FZ.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";export{ANNOTATIONS_PER_REQUEST,checkRunContent};
