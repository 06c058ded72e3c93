import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{applyPolicy,evaluate}from"./chunk-QE4SWOCE.js";import{CHECKS}from"./chunk-7UDZBGVH.js";import"./chunk-WT45NLW5.js";import{buildReport}from"./chunk-K3SWG7HZ.js";import"./chunk-OC3K6OY5.js";import"./chunk-ZO6LL35M.js";import"./chunk-R7ACYVCE.js";import"./chunk-VFHQJWWX.js";import"./chunk-E63FK7FZ.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";function judge(facts){return applyPolicy(evaluate(CHECKS,facts),facts.policy,facts.now)}export{buildReport,judge};
