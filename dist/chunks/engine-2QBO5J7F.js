import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{runEngine}from"./chunk-VJLKJVOX.js";import"./chunk-YTTJYK4I.js";import"./chunk-C433MLSK.js";import"./chunk-ZAHVZNRL.js";import"./chunk-KQFALQNK.js";import"./chunk-UDXBD7I3.js";import"./chunk-R7ACYVCE.js";import"./chunk-PPID6T7Z.js";import"./chunk-XU65TRRU.js";export{runEngine};
