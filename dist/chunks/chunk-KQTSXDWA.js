import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
function cell(text){return text?text.replace(/\\/g,"\\\\").replace(/\|/g,"\\|").replace(/\r?\n/g," ").replace(/</g,"&lt;"):"\u2014"}function code(text){return text?`\`${text.replace(/`/g,"'").replace(/\|/g,"\\|").replace(/\r?\n/g," ")}\``:"\u2014"}function prose(text){return text.split(/(`[^`]*`)/).map((part,i)=>i%2===1?part:part.replace(/&/g,"&amp;").replace(/</g,"&lt;")).join("")}function proseLines(text){let fenced=!1,lines=text.split(`
`);return lines.map((line,i)=>{if(line.startsWith("```"))return fenced=!fenced,line;if(fenced)return line;let next=lines[i+1],hard=next!==void 0&&!next.startsWith("```")?"  ":"";return`${prose(line)}${hard}`}).join(`
`)}export{cell,code,prose,proseLines};
