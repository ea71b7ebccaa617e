/**
 * The built WPS add-in (dist/wps/) in Debian's chromium, served on 127.0.0.1, with a fake WPS 表格
 * object model injected as the global `Application`: the same scenario as the Excel add-in's e2e
 * (check a messy ledger, click a finding, a live edit, marks, the annual tables and their PDF, a
 * transfer sheet), plus what the WPS package must be: ribbon.xml starting with `<customUI`, the
 * deployment templates with the served address, and scripts an ES2017 engine can parse.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as acorn from 'acorn';
import type { BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './serve';
import { bundleFake } from './bundleFake';
import { launch } from './webHarness';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const WPS = path.join(DIST, 'wps');
const OUTPUT = path.join(ROOT, 'test-output/e2e');
const FAKE = path.join(OUTPUT, 'fake-wps.js');

interface Fake {
  selected: string;
  sheets: Array<{ name: string }>;
  files: Map<string, Uint8Array>;
  fills(): Map<string, number>;
  comments(): Map<string, string>;
  userEdit(sheet: string, address: string, values: string[][]): void;
}

/** The scripts WPS loads: parsed as ES2017 (regex patterns aside: lookbehind needs Chromium 62+, see docs/wps-checklist.md). */
function es2017Failures(): string[] {
  class Es2017 extends acorn.Parser {
    validateRegExpPattern(): void {}
  }
  const scripts = [
    'main.js',
    'taskpane.js',
    'checkWorker.js',
    ...fs
      .readdirSync(path.join(WPS, 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `chunks/${f}`),
  ];
  return scripts.flatMap((file) => {
    try {
      Es2017.parse(fs.readFileSync(path.join(WPS, file), 'utf8'), { ecmaVersion: 2017, sourceType: 'script' });
      return [];
    } catch (e) {
      return [`${file}: ${(e as Error).message}`];
    }
  });
}

describe('WPS 表格 add-in (fake ET, real chromium)', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const allowed: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(WPS, 'taskpane.html'))) throw new Error('dist/wps/ 未构建：请用 npm run test:e2e 运行（会先构建）');
    fs.mkdirSync(OUTPUT, { recursive: true });
    await bundleFake('./test/e2e/wpsFake.ts', FAKE);
    server = await serveStatic(DIST);
    ({ context } = await launch());
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('http://127.0.0.1:') || url.startsWith('blob:') || url.startsWith('data:')) {
        allowed.push(url);
        return route.continue();
      }
      blocked.push(url);
      return route.abort();
    });
    await context.addInitScript({ path: FAKE });
    page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 360, height: 900 });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('is a WPS package: ribbon.xml starts with <customUI, the templates name the served address, the scripts parse as ES2017', () => {
    const ribbon = fs.readFileSync(path.join(WPS, 'ribbon.xml'), 'utf8');
    expect(ribbon.startsWith('<customUI')).toBe(true);
    for (const id of ['ogiCheck', 'ogiDeadlines', 'ogiReports', 'ogiForms']) expect(ribbon).toContain(`id="${id}"`);
    expect(ribbon).toContain('label="政务公开"');
    for (const file of ['jsplugins.xml', 'publish.xml']) {
      const xml = fs.readFileSync(path.join(WPS, file), 'utf8');
      expect(xml).toMatch(/url="https?:\/\/[^"]+\/"/);
      expect(xml).not.toContain('{{');
    }
    expect(fs.existsSync(path.join(WPS, 'images/icon-32.png'))).toBe(true);
    expect(es2017Failures()).toEqual([]);
  });

  it("checks a messy ledger, selects a finding's cell, re-checks a live edit, marks, writes the annual tables and saves their PDF", async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/wps/taskpane.html?view=check`);
    await page.waitForSelector('#ogi-run-check');
    expect(await page.getAttribute('#ogi-tab-check', 'aria-selected')).toBe('true');
    expect(await page.textContent('#ogi-panel')).not.toContain('重新检查');

    // 检查
    await page.click('#ogi-run-check');
    await page.waitForSelector('#ogi-findings');
    expect(await page.textContent('#ogi-status')).toMatch(/错误 [1-9]\d* 个/);
    await page.screenshot({ path: path.join(OUTPUT, 'wps-01-findings.png'), fullPage: true });

    // Click a finding (the errors are open): the fake workbook's selection moves to its cell.
    const finding = page.locator('.ogi-group.ogi-error .ogi-finding').first();
    const address = await finding.getAttribute('data-address');
    await finding.click();
    await page.waitForFunction((a) => String((window as unknown as { __wpsFake: Fake }).__wpsFake.selected).endsWith(`!${a}`), address);

    // Live check: the user corrects the impossible date in C14 (SheetChange); that row is re-checked.
    expect(await page.locator('.ogi-finding[data-address="C14"]').count()).toBeGreaterThan(0);
    const sheetName = await page.inputValue('#ogi-sheet');
    await page.evaluate(
      (sheet) => (window as unknown as { __wpsFake: Fake }).__wpsFake.userEdit(sheet, 'C14', [['2025-02-28']]),
      sheetName,
    );
    await page.waitForFunction(() => document.querySelectorAll('.ogi-finding[data-address="C14"]').length === 0);

    // 在原表标注, then 清除标注 leaves no fill and no comment.
    await page.click('#ogi-mark');
    await page.waitForFunction(() => (window as unknown as { __wpsFake: Fake }).__wpsFake.fills().size > 0);
    expect(await page.evaluate(() => (window as unknown as { __wpsFake: Fake }).__wpsFake.comments().size)).toBeGreaterThan(0);
    await page.click('#ogi-clear');
    await page.waitForFunction(() => {
      const et = (window as unknown as { __wpsFake: Fake }).__wpsFake;
      return et.fills().size === 0 && et.comments().size === 0;
    });

    // 期限
    await page.click('#ogi-tab-deadlines');
    await page.waitForSelector('.ogi-deadlines');

    // 报表: the tables as a sheet, the PDF through the save dialog and FileSystem.
    await page.click('#ogi-tab-reports');
    await page.fill('#ogi-year', '2025');
    await page.click('#ogi-annual');
    await page.waitForSelector('#ogi-annual-result');
    expect(await page.evaluate(() => (window as unknown as { __wpsFake: Fake }).__wpsFake.sheets.map((s) => s.name))).toContain('年报2025');
    await page.click('#ogi-annual-pdf');
    const head = (name: string) =>
      page.waitForFunction(
        (n) => {
          const files = (window as unknown as { __wpsFake: Fake }).__wpsFake.files;
          const hit = [...files.entries()].find(([p]) => new RegExp(n).test(p));
          return hit ? String.fromCharCode(...hit[1].subarray(0, 5)) : null;
        },
        name,
        { timeout: 120_000 },
      );
    expect(await (await head('/annual-2025\\.pdf$')).jsonValue()).toBe('%PDF-');
    await page.screenshot({ path: path.join(OUTPUT, 'wps-02-reports.png'), fullPage: true });

    // 表单: the transfer sheet PDF (a draft: the fake workbook has no 设置 sheet).
    await page.click('#ogi-tab-forms');
    await page.selectOption('#ogi-recipient', '档案馆');
    await page.click('#ogi-transfer-draft');
    expect(await (await head('/移交表-档案馆-\\d{4}-\\d{2}-\\d{2}\\.pdf$')).jsonValue()).toBe('%PDF-');

    await page.click('#ogi-tab-settings');
    expect(await page.textContent('#ogi-panel')).toContain('WPS 表格');

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    // The check ran in the WPS package's own worker; fonts came from the package too.
    expect(allowed.some((u) => u.endsWith('/wps/checkWorker.js'))).toBe(true);
    expect(allowed.some((u) => u.endsWith('/wps/fonts/NotoSerifSC-Regular.ttf'))).toBe(true);
  });
});
