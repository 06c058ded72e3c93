import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{applyPolicy,evaluate}from"./chunk-QE4SWOCE.js";import{CHECKS}from"./chunk-IAF2SBWV.js";import"./chunk-WT45NLW5.js";import{buildReport}from"./chunk-NJJ5HAVA.js";import"./chunk-JTI3XPRM.js";import"./chunk-6QW7U2OS.js";import"./chunk-R7ACYVCE.js";import"./chunk-C7QHISYW.js";import"./chunk-MGOOQFFX.js";import"./chunk-UDXBD7I3.js";import"./chunk-XU65TRRU.js";function judge(facts){return applyPolicy(evaluate(CHECKS,facts),facts.policy,facts.now)}export{buildReport,judge};
