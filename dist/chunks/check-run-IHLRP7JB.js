import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{ANNOTATIONS_PER_REQUEST,checkRunContent}from"./chunk-IILAETFE.js";import"./chunk-67WRQULP.js";import"./chunk-KQTSXDWA.js";import"./chunk-K3SWG7HZ.js";import"./chunk-6HWABLPW.js";import"./chunk-OC3K6OY5.js";import"./chunk-ZO6LL35M.js";import"./chunk-R7ACYVCE.js";import"./chunk-VFHQJWWX.js";import"./chunk-E63FK7FZ.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";export{ANNOTATIONS_PER_REQUEST,checkRunContent};
