import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{applyPolicy,evaluate}from"./chunk-QE4SWOCE.js";import{CHECKS}from"./chunk-HRTUBW7A.js";import"./chunk-WT45NLW5.js";import{buildReport}from"./chunk-XTKP6DJJ.js";import"./chunk-V6LMNPXW.js";import"./chunk-5NN5AOPM.js";import"./chunk-R7ACYVCE.js";import"./chunk-NPSWIAE3.js";import"./chunk-E63FK7FZ.js";import"./chunk-43ZP6SRY.js";import"./chunk-O3YSVY2S.js";function judge(facts){return applyPolicy(evaluate(CHECKS,facts),facts.policy,facts.now)}export{buildReport,judge};
