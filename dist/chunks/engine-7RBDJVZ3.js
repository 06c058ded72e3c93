import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{runEngine}from"./chunk-UHNV7BIP.js";import"./chunk-P6WRUWOS.js";import"./chunk-FKY4OJQI.js";import"./chunk-ZAHVZNRL.js";import"./chunk-R7ACYVCE.js";import"./chunk-GC4ZDBZF.js";import"./chunk-7ZIBXEMS.js";import"./chunk-PTOKU4RN.js";import"./chunk-KQFALQNK.js";import"./chunk-43ZP6SRY.js";import"./chunk-XU65TRRU.js";export{runEngine};
