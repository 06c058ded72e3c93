/** What the CLI loads besides the engine: the checks and the renderers. */
export { CHECKS } from './checks/index.js';
export { renderCatalogue, renderExplain } from './report/catalogue.js';
export { checkForCli, reportForCli } from './report/cli-wording.js';
export { writeReportFile } from './report/file.js';
export { renderJson } from './report/json.js';
export { renderSummary } from './report/summary.js';
export { renderTerminal } from './report/terminal.js';
