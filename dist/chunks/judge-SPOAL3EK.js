import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{applyPolicy,evaluate}from"./chunk-QE4SWOCE.js";import{CHECKS}from"./chunk-MD57JH6M.js";import"./chunk-WT45NLW5.js";import{buildReport}from"./chunk-X5WI2VDK.js";import"./chunk-WAID7FHN.js";import"./chunk-UER3YDQS.js";import"./chunk-R7ACYVCE.js";import"./chunk-VI7JO5SQ.js";import"./chunk-E63FK7FZ.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";function judge(facts){return applyPolicy(evaluate(CHECKS,facts),facts.policy,facts.now)}export{buildReport,judge};
