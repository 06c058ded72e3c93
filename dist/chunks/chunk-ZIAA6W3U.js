import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
function flagValue(args,...names){for(let i=0;i<args.length;i++){let a=args[i];for(let n of names){if(a===n)return args[i+1];if(a.startsWith(`${n}=`))return a.slice(n.length+1)}}}export{flagValue};
