import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{defaultProvider}from"./chunk-HHDXKVA5.js";import"./chunk-TMH2RHUP.js";import"./chunk-DGNUWLWL.js";import"./chunk-C6XIIS5V.js";import"./chunk-VR7XVJN5.js";import"./chunk-O3YSVY2S.js";export{defaultProvider};
