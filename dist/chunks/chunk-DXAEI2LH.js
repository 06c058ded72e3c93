import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);

// src/model/duration.ts
var UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function parseDuration(text) {
  const s = text.trim().toLowerCase();
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^(\d+(\.\d+)?[smhdw])+$/.test(s)) return void 0;
  let total = 0;
  for (const [, n, , unit] of s.matchAll(/(\d+(\.\d+)?)([smhdw])/g)) {
    total += Number(n) * (UNITS[unit] ?? 0);
  }
  return Math.round(total);
}
function formatDuration(seconds) {
  const neg = seconds < 0;
  let rest = Math.abs(Math.round(seconds));
  const parts = [];
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ]) {
    if (rest >= size || unit === "s" && parts.length === 0) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return (neg ? "-" : "") + parts.join(" ");
}

export {
  parseDuration,
  formatDuration
};
