/** Markdown escaping for the job summary (GitHub-flavoured: tables, code spans, HTML blocks). */

/** A table cell: no pipes, no line breaks, no HTML. */
export function cell(text: string | undefined): string {
  if (!text) return '—';
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .replace(/</g, '&lt;');
}

/** A code span (backticks inside become quotes). */
export function code(text: string | undefined): string {
  return text ? `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\`` : '—';
}

/** Prose for markdown: `<` outside code spans would be read as HTML and vanish. */
export function prose(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;')))
    .join('');
}

/** Prose whose line breaks are kept (hard breaks), with ``` fences passed through as blocks. */
export function proseLines(text: string): string {
  let fenced = false;
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      if (line.startsWith('```')) {
        fenced = !fenced;
        return line;
      }
      if (fenced) return line;
      const next = lines[i + 1];
      const hard = next !== undefined && !next.startsWith('```') ? '  ' : '';
      return `${prose(line)}${hard}`;
    })
    .join('\n');
}
