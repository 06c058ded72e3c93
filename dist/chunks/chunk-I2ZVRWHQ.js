import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
function renderJson(report){return`${JSON.stringify(report,null,2)}
`}import{promises as fs}from"node:fs";import*as path from"node:path";async function writeReportFile(report,file,secrets){await fs.mkdir(path.dirname(file),{recursive:!0}),await fs.writeFile(file,secrets.scrub(renderJson(report)),{mode:384})}export{renderJson,writeReportFile};
