/**
 * Shared set-up of the offline page's end-to-end tests: build dist/web if needed, serve it on
 * 127.0.0.1, drive Debian's chromium through playwright-core, and record every request.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type BrowserContext, type Download, type Page, type Request } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist/web');
export const OUTPUT = path.join(ROOT, 'test-output/e2e');

/** Builds the page with its own webpack config unless a build is already there (the e2e runner builds first). */
export async function ensureBuilt(): Promise<void> {
  if (fs.existsSync(path.join(DIST, 'index.html')) && fs.existsSync(path.join(DIST, 'worker.js')) && !process.env.OGI_E2E_REBUILD) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'web/webpack.part.js')) as import('webpack').Configuration;
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}

export interface WebSession {
  url: string;
  context: BrowserContext;
  page: Page;
  requests: string[];
  /** Console errors of the page and its worker (CSP violations show up here). */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Debian's chromium with a fresh temporary profile. */
export async function launch(): Promise<{ context: BrowserContext; profile: string }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-web-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  return { context, profile };
}

/** Serves dist/web and opens it in a fresh chromium profile; every request URL is recorded. */
export async function openPage(query = ''): Promise<WebSession> {
  await ensureBuilt();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveStatic } = require(path.join(ROOT, 'web/serve.js')) as {
    serveStatic(dir: string, port?: number): Promise<{ server: Server; url: string }>;
  };
  const { server, url } = await serveStatic(DIST, 0);
  const { context, profile } = await launch();
  const requests: string[] = [];
  // The context and the page both report the page's requests: count each request once.
  const seen = new WeakSet<Request>();
  const record = (r: Request) => {
    if (seen.has(r)) return;
    seen.add(r);
    requests.push(r.url());
  };
  context.on('request', record);
  // Service workers and dedicated workers' requests reach the context too; catch anything else here.
  context.on('requestfailed', record);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('request', record);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(url + query);
  await page.waitForSelector('body[data-ready="true"]');
  return {
    url,
    context,
    page,
    requests,
    consoleErrors,
    async close() {
      await context.close();
      await new Promise((r) => server.close(() => r(undefined)));
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests whose origin is not the page's own 127.0.0.1 origin (blob: and data: stay in the page). */
export function foreignRequests(requests: readonly string[], url: string): string[] {
  const origin = new URL(url).origin;
  return requests.filter((r) => !r.startsWith('blob:') && !r.startsWith('data:') && new URL(r).origin !== origin);
}

/** Saves a screenshot to test-output/e2e/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  fs.mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage });
}

/** Runs `action` and saves the download it starts into `dir` (under test-output/e2e). */
export async function saveDownload(page: Page, dir: string, action: () => Promise<unknown>): Promise<{ name: string; file: string }> {
  const [d] = (await Promise.all([page.waitForEvent('download'), action()])) as [Download, unknown];
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file };
}
