import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{applyPolicy,evaluate}from"./chunk-QE4SWOCE.js";import{CHECKS}from"./chunk-I7OBVSLA.js";import"./chunk-WT45NLW5.js";import{buildReport}from"./chunk-Y6OI7TIA.js";import"./chunk-DAEVS2KW.js";import"./chunk-ZYA324I2.js";import"./chunk-R7ACYVCE.js";import"./chunk-PPID6T7Z.js";import"./chunk-MGOOQFFX.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";function judge(facts){return applyPolicy(evaluate(CHECKS,facts),facts.policy,facts.now)}export{buildReport,judge};
