import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{ANNOTATIONS_PER_REQUEST,checkRunContent}from"./chunk-UAELXEU5.js";import"./chunk-YLPAJIYM.js";import"./chunk-6HWABLPW.js";import"./chunk-KQTSXDWA.js";import"./chunk-P7I7WJMV.js";import"./chunk-7CR3NPSY.js";import"./chunk-6RBQQKLU.js";import"./chunk-UDXBD7I3.js";import"./chunk-R7ACYVCE.js";import"./chunk-PPID6T7Z.js";import"./chunk-MGOOQFFX.js";import"./chunk-XU65TRRU.js";export{ANNOTATIONS_PER_REQUEST,checkRunContent};
