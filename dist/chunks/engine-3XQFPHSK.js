import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{runEngine}from"./chunk-JOQYYGTU.js";import"./chunk-YB66Q3FP.js";import"./chunk-2QOA2TI3.js";import"./chunk-ZAHVZNRL.js";import"./chunk-R7ACYVCE.js";import"./chunk-PPID6T7Z.js";import"./chunk-QINKQN7C.js";import"./chunk-AWYBY6MI.js";import"./chunk-KQFALQNK.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";export{runEngine};
