/**
 * The built task pane (dist/taskpane.html) in Debian's chromium, served on 127.0.0.1, with a fake
 * Excel injected in place of Office.js: check a messy ledger, click a finding, produce the annual
 * tables and their PDF. No request may leave 127.0.0.1 (Microsoft's Office.js CDN is blocked).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './serve';
import { bundleFake } from './bundleFake';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../core/register/types';
import { TABLE4_CELLS, TABLE4_GROUPS } from '../../reports/statistics/model';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OUTPUT = path.join(ROOT, 'test-output/e2e');
const FAKE = path.join(OUTPUT, 'fake-office.js');

describe('Excel add-in task pane (fake Excel, real chromium)', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const allowed: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ 未构建：请用 npm run test:e2e 运行（会先构建）');
    fs.mkdirSync(OUTPUT, { recursive: true });
    await bundleFake('./test/e2e/fakeOffice.ts', FAKE);
    server = await serveStatic(DIST);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-addin-e2e-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      acceptDownloads: true,
      viewport: { width: 360, height: 900 },
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
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it("checks a messy ledger, selects a finding's cell, writes the annual tables and delivers their PDF", async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/taskpane.html?view=check`);
    await page.waitForSelector('#ogi-run-check');
    expect(await page.getAttribute('#ogi-tab-check', 'aria-selected')).toBe('true');
    await page.screenshot({ path: path.join(OUTPUT, 'addin-01-start.png'), fullPage: true });

    // 检查
    await page.click('#ogi-run-check');
    await page.waitForSelector('#ogi-findings');
    const status = await page.textContent('#ogi-status');
    expect(status).toMatch(/错误 [1-9]\d* 个/);
    await page.screenshot({ path: path.join(OUTPUT, 'addin-02-findings.png'), fullPage: true });

    // The summary line first; the errors are open. Click a finding: the fake workbook's selection moves to its cell.
    expect(await page.textContent('#ogi-findings-summary')).toMatch(/^今日逾期 \d+ 件 · 即将到期 \d+ 件 · 错误 \d+ · 警告 \d+$/);
    const finding = page.locator('.ogi-group.ogi-error .ogi-finding').first();
    const address = await finding.getAttribute('data-address');
    await finding.click();
    const selectedEnds = (a: string | null) =>
      page.waitForFunction(
        (x) => String((window as unknown as { __ogiFake: { selected: string } }).__ogiFake.selected).endsWith(`!${x}`),
        a,
      );
    await selectedEnds(address);
    // 下一条 goes on from the clicked finding to the next one in the list and selects its cell.
    const keys = await page.locator('#ogi-findings .ogi-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    const clicked = await finding.getAttribute('data-key');
    await page.click('#ogi-next-finding');
    const next = page.locator(`.ogi-finding[data-key="${keys[keys.indexOf(clicked) + 1]}"]`);
    await selectedEnds(await next.getAttribute('data-address'));

    // Live check: the user corrects the impossible date in C14; that row is re-checked by itself.
    expect(await page.locator('.ogi-finding[data-address="C14"]').count()).toBeGreaterThan(0);
    const sheetName = await page.inputValue('#ogi-sheet');
    await page.evaluate(
      (sheet) =>
        (window as unknown as { __ogiFake: { userEdit(s: string, a: string, v: string[][]): Promise<void> } }).__ogiFake.userEdit(
          sheet,
          'C14',
          [['2025-02-28']],
        ),
      sheetName,
    );
    await page.waitForFunction(() => document.querySelectorAll('.ogi-finding[data-address="C14"]').length === 0);

    // 改为 …: the text date in C8 becomes 2025-10-09 in that cell only, and its item goes after the row's re-check.
    await page.evaluate(() => document.querySelectorAll('#ogi-findings details').forEach((d) => d.setAttribute('open', '')));
    const fix = page.locator('.ogi-fix[data-address="C8"]');
    expect(await fix.textContent()).toBe('改为 2025-10-09');
    await fix.click();
    await page.waitForFunction(
      (sheet) =>
        (window as unknown as { __ogiFake: { sheet(s: string): { get(r: number, c: number): { value: unknown } | undefined } } }).__ogiFake
          .sheet(sheet)
          .get(8, 3)?.value === '2025-10-09',
      sheetName,
    );
    await page.waitForFunction(() => document.querySelectorAll('.ogi-finding[data-address="C8"]').length === 0);
    await page.screenshot({ path: path.join(OUTPUT, 'addin-02b-fixed.png'), fullPage: true });

    // 在原表标注, then 清除标注 leaves no marks.
    await page.click('#ogi-mark');
    await page.waitForFunction(() => (window as unknown as { __ogiFake: { liveCfs(): unknown[] } }).__ogiFake.liveCfs().length > 0);
    await page.click('#ogi-clear');
    await page.waitForFunction(() => (window as unknown as { __ogiFake: { liveCfs(): unknown[] } }).__ogiFake.liveCfs().length === 0);

    // 期限 via the keyboard: arrow right on the tab list.
    await page.focus('#ogi-tab-check');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#ogi-tab-deadlines', 'aria-selected')).toBe('true');
    await page.waitForSelector('.ogi-deadlines');
    await page.screenshot({ path: path.join(OUTPUT, 'addin-03-deadlines.png'), fullPage: true });

    // 报表
    await page.click('#ogi-tab-reports');
    await page.fill('#ogi-year', '2025');
    await page.click('#ogi-annual');
    await page.waitForSelector('#ogi-annual-result');
    const sheets = await page.evaluate(() =>
      (window as unknown as { __ogiFake: { sheets: Array<{ name: string }> } }).__ogiFake.sheets.map((s) => s.name),
    );
    expect(sheets).toContain('年报2025');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#ogi-annual-pdf')]);
    expect(download.suggestedFilename()).toBe('annual-2025.pdf');
    const pdf = fs.readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    fs.writeFileSync(path.join(OUTPUT, 'addin-annual-2025.pdf'), pdf);
    await page.screenshot({ path: path.join(OUTPUT, 'addin-04-reports.png'), fullPage: true });

    // 表单: the transfer sheet PDF from the catalogue checked for the report.
    await page.click('#ogi-tab-forms');
    await page.selectOption('#ogi-recipient', '档案馆');
    // The fake workbook has no 设置 sheet, so no 移交单位: only a draft (marked 草稿) can be made.
    const [transfer] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#ogi-transfer-draft')]);
    expect(transfer.suggestedFilename()).toMatch(/^移交表-档案馆-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(
      fs
        .readFileSync(await transfer.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    // Usable at 320 px: no horizontal scrolling in any view.
    await page.setViewportSize({ width: 320, height: 800 });
    for (const view of ['check', 'deadlines', 'reports', 'forms', 'settings']) {
      await page.click(`#ogi-tab-${view}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ view, overflow }).toEqual({ view, overflow: 0 });
    }
    await page.click('#ogi-tab-settings');
    await page.screenshot({ path: path.join(OUTPUT, 'addin-07-settings-320px.png'), fullPage: true });

    expect(errors).toEqual([]);
    // Nothing left 127.0.0.1: the only blocked request is Microsoft's Office.js.
    expect(allowed.every((u) => u.startsWith(`${server.url}/`) || u.startsWith('blob:') || u.startsWith('data:'))).toBe(true);
    expect(blocked.every((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    // The same-origin Office.js fallback was not loaded: the fake Office was already there.
    expect(allowed.some((u) => u.includes('/office-js/'))).toBe(false);
    // The check ran in the worker; pdfmake and the fonts were loaded on demand, after the pane started.
    expect(allowed.some((u) => u.endsWith('/checkWorker.js'))).toBe(true);
    expect(allowed.some((u) => /\/chunks\/pdf\./.test(u))).toBe(true);
    expect(allowed.some((u) => u.endsWith('/fonts/NotoSerifSC-Regular.ttf'))).toBe(true);
  });

  it('opens on the 工作台 and fills it by itself: the check runs without a click', async () => {
    const start = await context.newPage();
    await start.goto(`${server.url}/taskpane.html`);
    await start.waitForSelector('#ogi-wb-count-overdue', { timeout: 120_000 });
    expect(await start.getAttribute('#ogi-tab-workbench', 'aria-selected')).toBe('true');
    expect(Number(await start.textContent('#ogi-wb-count-overdue .ogi-counter-n'))).toBeGreaterThan(0);
    await start.close();
  });

  it('degrades on ExcelApi 1.1 (Office 2016): plain fills, a 检查结果 sheet, and a 重新检查 button', async () => {
    const old = await context.newPage();
    await old.goto(`${server.url}/taskpane.html?view=check&fakeApi=1.1`);
    await old.click('#ogi-run-check');
    await old.waitForSelector('#ogi-findings');
    await old.waitForSelector('#ogi-recheck');
    await old.click('#ogi-mark');
    await old.waitForFunction(() =>
      (window as unknown as { __ogiFake: { sheets: Array<{ name: string }> } }).__ogiFake.sheets.some((s) => s.name === '检查结果'),
    );
    const filled = await old.evaluate(() => {
      const wb = (window as unknown as { __ogiFake: { sheets: Array<{ name: string; cells: Map<string, { fill?: string }> }> } }).__ogiFake;
      return [...wb.sheets[0].cells.values()].filter((c) => c.fill).length;
    });
    expect(filled).toBeGreaterThan(0);
    await old.screenshot({ path: path.join(OUTPUT, 'addin-06-excel2016.png'), fullPage: true });
    await old.click('#ogi-clear');
    await old.waitForFunction(() => {
      const wb = (window as unknown as { __ogiFake: { sheets: Array<{ name: string; cells: Map<string, { fill?: string }> }> } }).__ogiFake;
      return [...wb.sheets[0].cells.values()].every((c) => !c.fill) && !wb.sheets.some((s) => s.name === '检查结果');
    });
    await old.close();
  });

  it('the print page rebuilds a PDF from the job in the URL fragment', async () => {
    const job = {
      kind: 'annual',
      title: '年报',
      data: {
        kind: 'annual',
        model: {
          year: 2025,
          office: '测试局',
          table2: {
            rules: { issued: 1, abolished: 0, inForce: 3 },
            normativeDocs: { issued: 0, abolished: 0, inForce: 0 },
            licensing: null,
            penalty: null,
            enforcement: null,
            feesWanYuan: 0,
          },
          table3: {
            columns: TABLE3_COLUMNS,
            rows: Object.fromEntries(TABLE3_ROWS.map((r) => [r, TABLE3_COLUMNS.map(() => 0)])),
          },
          table4: Object.fromEntries(TABLE4_GROUPS.map((g) => [g, Object.fromEntries(TABLE4_CELLS.map((c) => [c, 0]))])),
          checks: [],
        },
      },
    };
    const bytes = new TextEncoder().encode(JSON.stringify(job));
    const fragment = Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const print = await context.newPage();
    await print.goto(`${server.url}/print.html#${fragment}`);
    await print.waitForSelector('#ogi-print-download', { timeout: 120_000 });
    const [download] = await Promise.all([print.waitForEvent('download'), print.click('#ogi-print-download')]);
    expect(download.suggestedFilename()).toBe('annual-2025.pdf');
    expect(
      fs
        .readFileSync(await download.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    await print.screenshot({ path: path.join(OUTPUT, 'addin-05-print.png') });
    await print.close();
  });
});
