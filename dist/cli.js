#!/usr/bin/env node
import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{VERSION}from"./chunks/chunk-ZAHVZNRL.js";import{decide,loadPolicy}from"./chunks/chunk-LVCA47LW.js";import{InputError,parseConfig}from"./chunks/chunk-RDSJSK6A.js";import"./chunks/chunk-WT45NLW5.js";import"./chunks/chunk-E63FK7FZ.js";import{lazyModule}from"./chunks/chunk-KQFALQNK.js";import"./chunks/chunk-O3YSVY2S.js";import{promises as fs}from"node:fs";import*as path from"node:path";import*as os from"node:os";import{parseArgs}from"node:util";var renderers=()=>import("./chunks/cli-engine-DZEIV2MN.js"),EXIT={ok:0,failed:1,usage:2,internal:3},HELP=`kube-preflight ${VERSION} \u2014 prove this machine can use its Kubernetes credentials

Usage:
  kube-preflight [check] [options]   check the kubeconfig's context (default command)
  kube-preflight audit [options]     check every context (or --contexts), soonest expiry first
  kube-preflight demo                an audit of generated kubeconfigs with realistic faults
                                     (with --kubeconfig/--require: also a live check of that)
  kube-preflight explain <check-id>  what a check looks for and how to fix it
  kube-preflight docs                print the check catalogue (markdown)

Options:
  --kubeconfig <path|list|content>   kubeconfig path, KUBECONFIG-style list, or YAML/base64 content
                                     (default: $KUBECONFIG, else ~/.kube/config)
  --context <name>                   context to check (default: current-context)
  --contexts <glob>                  audit: only contexts matching (repeatable; default all)
  --concurrency <n>                  audit: contexts checked at once (default 8)
  --offline                          skip every network probe (the live API server checks)
  --require <can-i line>             a permission the deploy needs, as \`kubectl auth can-i\` takes it
                                     ("create deployments.apps -n prod"); repeat for more
  --expect-identity <glob>           the username the API server must see (repeatable)
  --aws <auto|true|false>            check the AWS side (STS caller, EKS access entry or aws-auth):
                                     auto (default) for EKS contexts, true always, false never
  --aws-region <region>              the EKS cluster's region, when the kubeconfig does not say
  --eks-cluster <name>               the EKS cluster name, when the kubeconfig does not say
  --min-validity <duration>          credentials must last this long (default 15m)
  --warn-within <duration>           warn when credentials expire within this (default 30d)
  --fail-on <error|warning|never>    when to exit 1 (default error)
  --timeout <duration>               bound for the whole run (default 30s)
  --json                             print the JSON report instead of the text report
  --report <file>                    also write the JSON report to <file>
  --summary-file <file>              also write the job-summary markdown to <file>
  --config <file>                    policy file: severities, suppressions, default thresholds
                                     (default: .github/kube-preflight.yml when it exists)
  --no-color                         plain output (also when NO_COLOR is set or not a TTY)
  -h, --help / -v, --version

Exit codes: 0 passed, 1 failed (per --fail-on), 2 bad usage or options, 3 internal error.
`,OPTIONS={kubeconfig:{type:"string"},context:{type:"string"},contexts:{type:"string",multiple:!0},concurrency:{type:"string"},offline:{type:"boolean"},require:{type:"string",multiple:!0},"expect-identity":{type:"string",multiple:!0},aws:{type:"string"},"aws-region":{type:"string"},"eks-cluster":{type:"string"},"min-validity":{type:"string"},"warn-within":{type:"string"},"fail-on":{type:"string"},timeout:{type:"string"},json:{type:"boolean"},report:{type:"string"},"summary-file":{type:"string"},config:{type:"string"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}},OPTION_NAMES=Object.keys(OPTIONS);async function cli(argv,io){let parsed;try{parsed=parseArgs({args:argv,allowPositionals:!0,options:OPTIONS})}catch(err){return io.err(`${err.message}

${HELP}`),EXIT.usage}let{values,positionals}=parsed;if(values.help)return io.out(HELP),EXIT.ok;if(values.version)return io.out(`${VERSION}
`),EXIT.ok;let[command="check",...rest]=positionals;if(command==="docs"){let{CHECKS,renderCatalogue}=await renderers();return io.out(renderCatalogue(CHECKS)),EXIT.ok}if(command==="explain")return explain(rest[0],io);if(command==="demo"){if(values.require&&!values.kubeconfig)return io.err(`Option --require needs --kubeconfig with demo: it is checked live against that cluster.
`),EXIT.usage;let{runDemo}=await import("./chunks/run-3HMF5BAK.js"),colour2=io.isTTY&&!values["no-color"]&&!io.env.NO_COLOR,summaryFile=values["summary-file"]&&path.resolve(io.cwd,values["summary-file"]),live=values.kubeconfig?{kubeconfig:path.resolve(io.cwd,values.kubeconfig),require:values.require??[]}:void 0;return await runDemo({out:io.out,colour:colour2,env:io.env,...summaryFile?{summaryFile}:{},...live?{live}:{}}),EXIT.ok}if(command!=="check"&&command!=="audit")return io.err(`Unknown command "${command}".

${HELP}`),EXIT.usage;let policy=await loadPolicy(values.config,io.cwd),config;try{let flags=values,get=name=>{if(name==="mode")return command;let v=flags[name];return typeof v=="boolean"?String(v):Array.isArray(v)?v.join(`
`):v},reportPath=path.resolve(io.cwd,values.report??path.join(os.tmpdir(),"kube-preflight-report.json"));config=parseConfig(get,{reportPath},policy)}catch(err){if(!(err instanceof InputError))throw err;return io.err(`${err.message.replace(/^Input '([^']+)'/,"Option --$1")}
`),EXIT.usage}let{runEngine}=await import("./chunks/engine-GNQLUOP3.js"),loadRenderers=lazyModule(renderers),{report,secrets}=await runEngine(config,{env:io.env,cwd:io.cwd,started:loadRenderers}),r=await loadRenderers(),shown=r.reportForCli(report,OPTION_NAMES,t=>secrets.scrub(t)),colour=io.isTTY&&!values["no-color"]&&!io.env.NO_COLOR;return io.out(secrets.scrub(values.json?r.renderJson(shown):r.renderTerminal(shown,colour))),values.report&&await r.writeReportFile(shown,config.reportPath,secrets),values["summary-file"]&&await fs.writeFile(path.resolve(io.cwd,values["summary-file"]),secrets.scrub(r.renderSummary(shown))),decide(report,config.failOn).failed?EXIT.failed:EXIT.ok}async function explain(id,io){let{CHECKS,renderExplain,checkForCli}=await renderers(),check=CHECKS.find(c=>c.id===id);return check?(io.out(renderExplain(checkForCli(check,OPTION_NAMES))),EXIT.ok):(io.err(`${id?`No check "${id}".`:"Name a check id."} Known ids:
${CHECKS.map(c=>`  ${c.id}`).join(`
`)}
`),EXIT.usage)}cli(process.argv.slice(2),{out:s=>process.stdout.write(s),err:s=>process.stderr.write(s),isTTY:!!process.stdout.isTTY,env:process.env,cwd:process.cwd()}).then(code=>{process.exitCode=code},err=>{process.stderr.write(`kube-preflight failed unexpectedly: ${err?.message??String(err)}
`),process.exitCode=EXIT.internal});
