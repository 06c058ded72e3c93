import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{runEngine}from"./chunk-JMYQEEQM.js";import"./chunk-QWHJL5WD.js";import"./chunk-2QOA2TI3.js";import"./chunk-ZAHVZNRL.js";import"./chunk-R7ACYVCE.js";import"./chunk-C7QHISYW.js";import"./chunk-E3ZIZUTU.js";import"./chunk-AWYBY6MI.js";import"./chunk-KQFALQNK.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";export{runEngine};
