import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{ANNOTATIONS_PER_REQUEST,checkRunContent}from"./chunk-XB5FE3T3.js";import"./chunk-GGELBEZM.js";import"./chunk-6HWABLPW.js";import"./chunk-KQTSXDWA.js";import"./chunk-JIOSSXIK.js";import"./chunk-ORLFUNBH.js";import"./chunk-5NN5AOPM.js";import"./chunk-R7ACYVCE.js";import"./chunk-NPSWIAE3.js";import"./chunk-E63FK7FZ.js";import"./chunk-43ZP6SRY.js";import"./chunk-O3YSVY2S.js";export{ANNOTATIONS_PER_REQUEST,checkRunContent};
