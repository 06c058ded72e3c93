import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{ANNOTATIONS_PER_REQUEST,checkRunContent}from"./chunk-UFTNDZYM.js";import"./chunk-7PWRUK7W.js";import"./chunk-KQTSXDWA.js";import"./chunk-Y6OI7TIA.js";import"./chunk-6HWABLPW.js";import"./chunk-DAEVS2KW.js";import"./chunk-ZYA324I2.js";import"./chunk-R7ACYVCE.js";import"./chunk-PPID6T7Z.js";import"./chunk-MGOOQFFX.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";export{ANNOTATIONS_PER_REQUEST,checkRunContent};
