import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{ANNOTATIONS_PER_REQUEST,checkRunContent}from"./chunk-2V5HHGK2.js";import"./chunk-APFYVVL5.js";import"./chunk-6HWABLPW.js";import"./chunk-KQTSXDWA.js";import"./chunk-XTKP6DJJ.js";import"./chunk-V6LMNPXW.js";import"./chunk-5NN5AOPM.js";import"./chunk-R7ACYVCE.js";import"./chunk-NPSWIAE3.js";import"./chunk-E63FK7FZ.js";import"./chunk-43ZP6SRY.js";import"./chunk-O3YSVY2S.js";export{ANNOTATIONS_PER_REQUEST,checkRunContent};
