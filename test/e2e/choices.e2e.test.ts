/**
 * Issue 15 point 4 in the built task pane (fake Excel, real chromium): the clerk's choices stay.
 * The recipient chosen for a 档案馆 PDF is the recipient of the next 写入工作表, and the check
 * date changed in the 工作台 is the date of the 检查 view's checks.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './serve';
import { bundleFake } from './bundleFake';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OUTPUT = path.join(ROOT, 'test-output/e2e');
const FAKE = path.join(OUTPUT, 'fake-office-choices.js');

type FakeSheets = {
  __ogiFake: { sheets: Array<{ name: string }>; sheet(s: string): { get(r: number, c: number): { value: unknown } | undefined } };
};

describe('choices that stay (fake Excel, real chromium)', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ 未构建：请用 npm run test:e2e 运行（会先构建）');
    fs.mkdirSync(OUTPUT, { recursive: true });
    await bundleFake('./test/e2e/fakeOffice.ts', FAKE);
    server = await serveStatic(DIST);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-choices-e2e-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      acceptDownloads: true,
      viewport: { width: 360, height: 900 },
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-sync'],
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith('http://127.0.0.1:') || url.startsWith('blob:') || url.startsWith('data:') ? route.continue() : route.abort();
    });
    await context.addInitScript({ path: FAKE });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('keeps the recipient across two actions: a 档案馆 PDF, then 写入工作表 writes the 档案馆 sheet', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/taskpane.html?view=settings`);
    // A 移交单位 so the sheet is a formal one (without it only a draft can be made).
    await page.waitForSelector('#ogi-set-name');
    await page.fill('#ogi-set-name', '上海市普陀区某某局');
    await page.click('#ogi-save-settings');
    await page.waitForFunction(() => document.querySelector('#ogi-status')?.textContent?.includes('设置已保存'));

    await page.click('#ogi-tab-forms');
    await page.selectOption('#ogi-recipient', '档案馆');
    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#ogi-transfer')]);
    expect(pdf.suggestedFilename()).toMatch(/^移交表-档案馆-\d{4}-\d{2}-\d{2}\.pdf$/);
    // The PDF re-rendered the view; the choice is still shown.
    expect(await page.inputValue('#ogi-recipient')).toBe('档案馆');

    await page.click('#ogi-transfer-sheet');
    await page.waitForFunction(() => document.querySelector('#ogi-status')?.textContent?.includes('已写入工作表'));
    const sheets = await page.evaluate(() => (window as unknown as FakeSheets).__ogiFake.sheets.map((s) => s.name));
    const transfer = sheets.filter((s) => s.includes('移交表'));
    expect(transfer).toEqual([expect.stringContaining('移交表-档案馆')]);
    expect(transfer.some((s) => s.includes('受理中心'))).toBe(false);

    // The message belongs to 表单: another view does not show it.
    await page.click('#ogi-tab-reports');
    expect((await page.textContent('#ogi-status')) ?? '').not.toContain('已写入工作表');
    await page.click('#ogi-tab-forms');
    expect(await page.inputValue('#ogi-recipient')).toBe('档案馆');
    await page.screenshot({ path: path.join(OUTPUT, 'choices-forms.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('the 工作台 date is the date of the 检查 view', async () => {
    await page.click('#ogi-tab-workbench');
    await page.waitForSelector('#ogi-wb-date');
    await page.fill('#ogi-wb-date', '2025-12-01');
    await page.waitForFunction(() => document.querySelector('#ogi-wb-check-date')?.textContent?.includes('按哪一天检查：2025-12-01'));
    await page.click('#ogi-tab-check');
    await page.waitForSelector('#ogi-check-date');
    expect(await page.inputValue('#ogi-check-date')).toBe('2025-12-01');
    expect(await page.textContent('#ogi-check-check-date')).toContain('按哪一天检查：2025-12-01');
    await page.click('#ogi-tab-deadlines');
    expect(await page.inputValue('#ogi-dl-date')).toBe('2025-12-01');
    await page.screenshot({ path: path.join(OUTPUT, 'choices-deadlines.png'), fullPage: true });
    await page.click('#ogi-tab-check');
    await page.evaluate(() => document.querySelector('#ogi-mapping')?.setAttribute('open', ''));
    // The mapping editor: a column picked from the list shows its header beside the field before 应用.
    await page.selectOption('#ogi-map-department', 'P');
    expect(await page.textContent('#ogi-map-department-source')).toContain('备注');
    await page.locator('#ogi-check-check-date').screenshot({ path: path.join(OUTPUT, 'choices-date.png') });
    await page.setViewportSize({ width: 360, height: 700 });
    await page.locator('#ogi-mapping').screenshot({ path: path.join(OUTPUT, 'choices-mapping.png') });
  });
});
