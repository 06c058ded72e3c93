import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{runEngine}from"./chunk-TKFGDVDK.js";import"./chunk-35BJY4QI.js";import"./chunk-VACRT5KH.js";import"./chunk-ZAHVZNRL.js";import"./chunk-R7ACYVCE.js";import"./chunk-NPSWIAE3.js";import"./chunk-U5CJW4V7.js";import"./chunk-VEYADTZV.js";import"./chunk-KQFALQNK.js";import"./chunk-43ZP6SRY.js";import"./chunk-O3YSVY2S.js";export{runEngine};
