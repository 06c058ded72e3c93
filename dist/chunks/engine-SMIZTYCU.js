import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{runEngine}from"./chunk-BW4EYDBS.js";import"./chunk-45YNLUNE.js";import"./chunk-7Y257VGG.js";import"./chunk-ZAHVZNRL.js";import"./chunk-R7ACYVCE.js";import"./chunk-VFHQJWWX.js";import"./chunk-EKJXHHNS.js";import"./chunk-PTOKU4RN.js";import"./chunk-KQFALQNK.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";export{runEngine};
