import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{runEngine}from"./chunk-OSJ3CSA4.js";import"./chunk-B3MB5QK7.js";import"./chunk-77ZNUNR3.js";import"./chunk-ZAHVZNRL.js";import"./chunk-R7ACYVCE.js";import"./chunk-NPSWIAE3.js";import"./chunk-YXMAELGQ.js";import"./chunk-PTOKU4RN.js";import"./chunk-KQFALQNK.js";import"./chunk-43ZP6SRY.js";import"./chunk-O3YSVY2S.js";export{runEngine};
