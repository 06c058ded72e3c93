import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{ANNOTATIONS_PER_REQUEST,checkRunContent}from"./chunk-5TXJMUHG.js";import"./chunk-KFIEHWFB.js";import"./chunk-KQTSXDWA.js";import"./chunk-NJJ5HAVA.js";import"./chunk-6HWABLPW.js";import"./chunk-JTI3XPRM.js";import"./chunk-6QW7U2OS.js";import"./chunk-R7ACYVCE.js";import"./chunk-C7QHISYW.js";import"./chunk-MGOOQFFX.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";export{ANNOTATIONS_PER_REQUEST,checkRunContent};
