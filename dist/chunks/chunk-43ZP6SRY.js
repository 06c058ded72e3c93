import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
var mib=n=>`${(n/1024/1024).toFixed(1)} MiB`;function trimEndOf(s,chars){let end=s.length;for(;end>0&&chars.includes(s[end-1]);)end--;return s.slice(0,end)}export{mib,trimEndOf};
