/**
 * A job summary as GitHub shows it: GitHub-flavoured markdown (tables, <details>, alerts such as
 * `> [!CAUTION]`) rendered with marked + marked-alert, styled with github-markdown-css, and a
 * screenshot of it taken in headless Chromium (Debian's, driven by playwright-core; no network).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Marked } from 'marked';
import markedAlert from 'marked-alert';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function summaryHtml(markdown: string): string {
  const marked = new Marked({ gfm: true }).use(markedAlert());
  const body = marked.parse(markdown, { async: false });
  const require = createRequire(import.meta.url);
  const css = readFileSync(
    require.resolve('github-markdown-css/github-markdown-light.css'),
    'utf8',
  );
  const alerts = `
    .markdown-alert { padding: .5rem 1rem; margin-bottom: 16px; border-left: .25em solid; }
    .markdown-alert-caution { border-color: #cf222e; } .markdown-alert-warning { border-color: #9a6700; }
    .markdown-alert-tip { border-color: #1a7f37; } .markdown-alert-title { font-weight: 600; }`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}${alerts}
    body { margin: 0; } .markdown-body { box-sizing: border-box; max-width: 1012px; padding: 32px; }
    </style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

/** A full-page PNG of the rendered summary. */
export async function screenshot(html: string, width = 1012): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Nothing leaves loopback: no name is resolved, and every connection goes to a dead proxy.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--proxy-server=127.0.0.1:1',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.route('**/*', (route) => route.abort()); // the page needs nothing from any network
    await page.setContent(html, { waitUntil: 'load' });
    return await page.screenshot({ fullPage: true });
  } finally {
    await browser.close();
  }
}
