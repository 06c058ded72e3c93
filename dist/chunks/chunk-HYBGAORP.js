import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);

// src/report/commands.ts
import { EOL } from "node:os";
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function commandLine(name, message, props = {}) {
  const given = Object.entries(props).filter(([, v]) => Boolean(v));
  const list = given.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  const space = Object.keys(props).length > 0 ? " " : "";
  return `::${name}${space}${list}::${escapeData(message)}${EOL}`;
}
function annotationLine(level, message, p = {}) {
  if (Object.keys(p).length === 0) return commandLine(level, message);
  return commandLine(level, message, {
    title: p.title,
    file: p.file,
    line: p.startLine,
    col: p.startColumn
  });
}
var addMaskCommand = (secret) => commandLine("add-mask", secret);
function outputEntry(name, value, delimiter) {
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error("an output name or value contains the delimiter");
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export {
  commandLine,
  annotationLine,
  addMaskCommand,
  outputEntry
};
