import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{runEngine}from"./chunk-UPQUYU5A.js";import"./chunk-L7H6VBR6.js";import"./chunk-77ZNUNR3.js";import"./chunk-ZAHVZNRL.js";import"./chunk-R7ACYVCE.js";import"./chunk-NPSWIAE3.js";import"./chunk-HGBLBKCK.js";import"./chunk-PTOKU4RN.js";import"./chunk-KQFALQNK.js";import"./chunk-43ZP6SRY.js";import"./chunk-O3YSVY2S.js";export{runEngine};
