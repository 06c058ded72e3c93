import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
var queue=Promise.resolve();function loadLater(load){let next=queue.then(load);return queue=next.catch(()=>{}),next}function lazyModule(load){let loaded;return()=>(loaded??=loadLater(load),loaded.catch(()=>{}),loaded)}export{loadLater,lazyModule};
