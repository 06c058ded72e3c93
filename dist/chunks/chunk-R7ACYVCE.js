import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
function globMatch(glob,value){let g=0,v=0,star=-1,from=0;for(;v<value.length;)if(glob[g]==="*")star=g++,from=v;else if(g<glob.length&&(glob[g]==="?"||glob[g]===value[v]))g++,v++;else if(star>=0)g=star+1,v=++from;else return!1;for(;glob[g]==="*";)g++;return g===glob.length}function firstMatch(globs,values){return globs.find(g=>values.some(v=>globMatch(g,v)))}export{globMatch,firstMatch};
