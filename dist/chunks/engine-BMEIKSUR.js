import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{runEngine}from"./chunk-OJ4LLSJU.js";import"./chunk-KQSQZFW2.js";import"./chunk-7Y257VGG.js";import"./chunk-ZAHVZNRL.js";import"./chunk-R7ACYVCE.js";import"./chunk-GC4ZDBZF.js";import"./chunk-D5AFG4YW.js";import"./chunk-PTOKU4RN.js";import"./chunk-KQFALQNK.js";import"./chunk-43ZP6SRY.js";import"./chunk-XU65TRRU.js";export{runEngine};
