import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import{credentialsTreatedAsExpired,credentialsWillNeedRefresh,defaultProvider}from"./chunk-YEVOVPO5.js";import"./chunk-VAISRYNJ.js";import"./chunk-PYIAG7TJ.js";import"./chunk-C6XIIS5V.js";import"./chunk-VR7XVJN5.js";import"./chunk-O3YSVY2S.js";export{credentialsTreatedAsExpired,credentialsWillNeedRefresh,defaultProvider};
