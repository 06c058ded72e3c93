import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{require_dist_cjs3 as require_dist_cjs}from"./chunk-KLZZMJ42.js";import"./chunk-42JTG2Q5.js";import"./chunk-XU65TRRU.js";export default require_dist_cjs();
