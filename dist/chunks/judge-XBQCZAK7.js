import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{applyPolicy,evaluate}from"./chunk-QE4SWOCE.js";import{CHECKS}from"./chunk-ESE2YNEY.js";import"./chunk-WT45NLW5.js";import{buildReport}from"./chunk-TGEFW2DI.js";import"./chunk-TZCTXL4O.js";import"./chunk-ENKF3DKD.js";import"./chunk-R7ACYVCE.js";import"./chunk-GC4ZDBZF.js";import"./chunk-E63FK7FZ.js";import"./chunk-43ZP6SRY.js";import"./chunk-XU65TRRU.js";function judge(facts){return applyPolicy(evaluate(CHECKS,facts),facts.policy,facts.now)}export{buildReport,judge};
