import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);

// src/report/markdown.ts
function cell(text) {
  if (!text) return "\u2014";
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}
function code(text) {
  return text ? `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\r?\n/g, " ")}\`` : "\u2014";
}
function prose(text) {
  return text.split(/(`[^`]*`)/).map((part, i) => i % 2 === 1 ? part : part.replace(/&/g, "&amp;").replace(/</g, "&lt;")).join("");
}
function proseLines(text) {
  let fenced = false;
  const lines = text.split("\n");
  return lines.map((line, i) => {
    if (line.startsWith("```")) {
      fenced = !fenced;
      return line;
    }
    if (fenced) return line;
    const next = lines[i + 1];
    const hard = next !== void 0 && !next.startsWith("```") ? "  " : "";
    return `${prose(line)}${hard}`;
  }).join("\n");
}

export {
  cell,
  code,
  prose,
  proseLines
};
