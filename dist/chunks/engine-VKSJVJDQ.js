import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{runEngine}from"./chunk-WJDULWCA.js";import"./chunk-JXJZ2L52.js";import"./chunk-BYXWEEUW.js";import"./chunk-ZAHVZNRL.js";import"./chunk-R7ACYVCE.js";import"./chunk-NPSWIAE3.js";import"./chunk-NIJS6WS4.js";import"./chunk-YQ43S7HF.js";import"./chunk-KQFALQNK.js";import"./chunk-43ZP6SRY.js";import"./chunk-O3YSVY2S.js";export{runEngine};
