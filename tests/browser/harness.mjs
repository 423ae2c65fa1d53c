// Shared set-up of the browser tests: the static server, Debian's Chromium through
// playwright-core, and a page that records every request it makes.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const OUT = fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(OUT, { recursive: true });

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Starts the server and the browser once per test file. */
export async function setup() {
  const { server, url } = await startServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const origin = new URL(url).origin;
  return {
    url,
    origin,
    browser,
    /** A fresh context and page; `requests` lists every URL asked for, `errors` page errors. */
    async open(path = '', contextOptions = {}) {
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 }, ...contextOptions });
      const requests = [];
      const errors = [];
      context.on('request', (req) => requests.push(req.url()));
      const page = await context.newPage();
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      await page.goto(url + path);
      await ready(page);
      return { context, page, requests, errors };
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Waits until the page has finished every analysis it started. */
export async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.busy === 'false', null, { timeout: 30_000 });
}

/** The distinct record indices highlighted in the text view. */
export function highlighted(page) {
  return page.$$eval('#view-text .report mark', (marks) =>
    [...new Set(marks.flatMap((m) => m.dataset.records.split(' ')))].length);
}
