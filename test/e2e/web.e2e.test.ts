/**
 * The offline page end to end in Debian's chromium: open the example ledgers from disk, check them
 * with the task pane's own views, click a finding, download the register, the annual report PDF, a
 * transfer sheet and the workbook with its 设置 sheet, and check those files; a 100,000-row ledger is
 * parsed in the worker while the page keeps answering clicks; nothing leaves 127.0.0.1. Opened as a
 * file (file://, as from a shared drive) the page checks a ledger and makes PDFs too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import type { Download, Page } from 'playwright-core';
import { readLedgerFile } from '../../cli/readers';
import { validateWorkbook } from '../../core/ledger';
import { summarise } from '../../core/findings';
import { asCalendarDate } from '../../core/dates';
import { defaultSettings } from '../../core/settings/schema';
import { WorkCalendar } from '../../core/calendar';
import { registerWorkbook } from '../../reports/render/registerWorkbook';
import { workbookCells } from '../web/workbookCells';
import { pdfText } from '../helpers/pdfTools';
import {
  DIST,
  ensureBuilt,
  foreignRequests,
  launch,
  openPage,
  OUTPUT,
  ROOT,
  saveDownload,
  screenshot,
  type WebSession,
} from './webHarness';
import { pathToFileURL } from 'node:url';

jest.setTimeout(300_000);

const FIXTURES = path.join(OUTPUT, 'fixtures');
const DOWNLOADS = path.join(OUTPUT, 'downloads');
const EXAMPLES = path.join(ROOT, 'templates/examples');
/** The day the example ledgers tell their story on (templates/examples/build-examples.ts). */
const TODAY = '2025-12-31';
const FORMULA_TEXT = '=SUM(1,2)';
/** The office's particulars a final answer prints (the 设置 view's boxes, #ogi-set-<key>). */
const OFFICE = {
  name: '某某区某某街道办事处',
  abbreviation: '某街办',
  address: '某某区某某路1号',
  postcode: '100000',
  phone: '010-12345678',
  reviewBody: '某某区人民政府',
  court: '某某区人民法院',
};
/** The open application whose answer is decided in applicationsExample(). */
const DRAFTED = '2025-013';
/** A small ledger as Chinese Excel saves "CSV": GBK, with a bad date and a bare 法人或其他组织. */
const GBK_CSV = [
  '申请编号,收到日期,申请方式,申请人类型,申请人,申请内容,答复日期,答复类型',
  '2025-001,2025-03-03,网上申请,公民,张三,某路段改造方案,2025-03-20,予以公开',
  '2025-002,2025/13/01,当面,法人或其他组织,某某公司,企业补贴名单,,',
  '2025-003,2025年6月9日,信函,企业,某某科技有限公司,"规划许可，含附件",2025-06-30,信息不存在',
].join('\r\n');

/** The example applications ledger with a formula-looking 备注 typed as text (offices paste such things). */
async function applicationsExample(): Promise<string> {
  const file = path.join(FIXTURES, '某街道依申请公开登记台账2025.xlsx');
  fs.mkdirSync(FIXTURES, { recursive: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(EXAMPLES, '某街道依申请公开登记台账2025.xlsx'));
  const ws = wb.getWorksheet('2025年')!;
  const header = ws.getRow(4).values as unknown[];
  const remarks = header.indexOf('备注');
  ws.getCell(5, remarks).value = FORMULA_TEXT;
  // 2025-013, still open, has its answer decided (答复类型 filled, no 答复日期 yet): its 答复书 can be drafted.
  ws.eachRow((row) => {
    if (row.getCell(header.indexOf('申请编号')).text === DRAFTED) row.getCell(header.indexOf('答复类型')).value = '予以公开';
  });
  await wb.xlsx.writeFile(file);
  return file;
}

/** A big applications ledger (100,000 rows) as .xlsx, generated once per machine. */
async function bigLedger(): Promise<string> {
  const file = path.join(FIXTURES, 'big-100000.xlsx');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(FIXTURES, { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('依申请公开台账');
  ws.addRow(['申请编号', '收到日期', '申请方式', '申请人类型', '申请人', '申请内容', '承办科室', '答复日期', '答复类型']);
  const types = ['自然人', '商业企业', '法律服务机构'];
  const results = ['予以公开', '部分公开', '无法提供'];
  for (let i = 0; i < 100_000; i++) {
    const received = new Date(Date.UTC(2025, i % 12, 1 + (i % 27)));
    const replied = new Date(received.getTime() + 10 * 86_400_000);
    ws.addRow([
      `2025-${String(i + 1).padStart(6, '0')}`,
      received,
      '网络',
      types[i % 3],
      `申请人${i}`,
      `关于第${i}号事项的信息`,
      '办公室',
      replied,
      results[i % 3],
    ]);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

/** Runs `action` and saves the download it starts in this suite's downloads folder. */
function download(page: Page, action: () => Promise<unknown>): Promise<{ name: string; file: string }> {
  return saveDownload(page, DOWNLOADS, action);
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.evaluate(() => delete document.body.dataset.opened);
  await page.setInputFiles('#file-input', file);
  await page.waitForSelector('body[data-opened]', { timeout: 180_000 });
}

/** Closes every open file (the page keeps several open at once), so the next one is checked alone. */
async function closeAll(page: Page): Promise<void> {
  const close = page.locator('#open-files .close-file');
  while ((await close.count()) > 0) {
    await page.evaluate(() => (document.getElementById('status')!.textContent = ''));
    await close.first().click();
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('已关闭'));
  }
}

async function statusText(page: Page): Promise<string> {
  return (await page.textContent('#ogi-status')) ?? '';
}

describe('offline page over the example ledgers', () => {
  let web: WebSession;
  let page: Page;

  beforeAll(async () => {
    web = await openPage(`?today=${TODAY}&view=check`);
    page = web.page;
  });

  afterAll(async () => {
    await web?.close();
  });

  it('checks the applications ledger and finds what validateWorkbook finds in Node', async () => {
    const file = await applicationsExample();
    const read = await readLedgerFile(file);
    if (!read.ok) throw new Error(read.message);
    const settings = defaultSettings();
    const outcomes = validateWorkbook(read.grids, {
      settings,
      today: asCalendarDate(TODAY),
      calendar: WorkCalendar.standard(settings.calendar),
    });
    const expected = summarise(outcomes.find((o) => o.sheet === '2025年')!.findings);
    expect(expected.errors).toBeGreaterThan(0);

    await openFile(page, file);
    await page.waitForSelector('#ogi-run-check');
    expect(await page.inputValue('#ogi-sheet')).toBe('2025年');
    await screenshot(page, 'web-opened');
    await page.click('#ogi-run-check');
    await page.waitForFunction(() => document.querySelector('#ogi-status')?.textContent?.includes('已检查'));
    const status = await statusText(page);
    expect(status).toContain(`错误 ${expected.errors} 个，警告 ${expected.warnings} 个，提示 ${expected.infos} 个`);
    // The 错误 section holds the errors that are not deadlines (those are in 期限, above it).
    const typingErrors = outcomes
      .find((o) => o.sheet === '2025年')!
      .findings.filter((f) => f.severity === 'error' && !f.code.startsWith('deadline.')).length;
    const errorGroup = await page.textContent('#ogi-findings details.ogi-error > summary');
    expect(errorGroup).toBe(`错误（${typingErrors}）`);
    await screenshot(page, 'web-check');
  });

  it('shows the cell address of a clicked finding', async () => {
    await page.evaluate(() => document.querySelectorAll('#ogi-findings details').forEach((d) => d.setAttribute('open', '')));
    const finding = page.locator('#ogi-findings .ogi-finding:not([data-address="整表"])').first();
    const address = await finding.getAttribute('data-address');
    expect(address).toMatch(/^[A-Z]+\d+$/);
    await finding.click();
    await page.waitForSelector('#cell-preview:not([hidden])');
    expect(await page.textContent('#cell-preview .cell-address')).toBe(`2025年!${address}`);
    await screenshot(page, 'web-finding');
  });

  it('downloads the register workbook, the same as ogi check --out; formula-looking text stays text', async () => {
    const { name, file } = await download(page, () => page.click('#ogi-write-register'));
    expect(name).toBe('某街道依申请公开登记台账2025.xlsx.register.xlsx');
    const read = await readLedgerFile(await applicationsExample());
    if (!read.ok) throw new Error(read.message);
    const settings = defaultSettings();
    const outcomes = validateWorkbook(read.grids, {
      kind: 'auto',
      presetName: settings.preset,
      settings,
      today: asCalendarDate(TODAY),
      calendar: WorkCalendar.standard(settings.calendar),
    });
    const findings = outcomes.flatMap((o) => [...read.findings.filter((f) => f.sheet === o.sheet), ...o.findings]);
    const cli = await registerWorkbook({ registers: outcomes.flatMap((o) => (o.register ? [o.register] : [])), findings });
    // Same content as the CLI's; the bytes differ only by the timestamps exceljs writes.
    expect(await workbookCells(new Uint8Array(fs.readFileSync(file)))).toEqual(await workbookCells(cli));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const hits: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === FORMULA_TEXT) hits.push(cell);
        }),
      ),
    );
    expect(hits.length).toBeGreaterThan(0);
    for (const cell of hits) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(wb.worksheets.map((w) => w.name)).toContain('检查结果');
  });

  it('shows the deadlines of the checked ledger', async () => {
    await page.click('#ogi-tab-deadlines');
    await page.waitForSelector('.ogi-deadlines');
    expect(await page.textContent('#ogi-panel')).toContain('为什么是这一天');
    await screenshot(page, 'web-deadlines');
  });

  it('prints a notice for the application the user clicked in 期限', async () => {
    const link = page.locator('.ogi-deadline .ogi-link').first();
    await link.click();
    await page.waitForSelector('#cell-preview:not([hidden])');
    await page.click('#ogi-tab-forms');
    await page.selectOption('#ogi-notice-kind', 'receipt');
    // The example ledger has no 设置 sheet: a formal notice is refused (no 机关名称/代字), 生成草稿 gives one marked 草稿.
    await page.click('#ogi-notice');
    await page.waitForFunction(() => document.querySelector('#ogi-status')?.textContent?.includes('不能出具正式文书'));
    // The refusal re-renders the view; the notice kind chosen stays (issue 15, "state that stays").
    expect(await page.inputValue('#ogi-notice-kind')).toBe('receipt');
    const pdf = await download(page, () => page.click('#ogi-notice-draft'));
    expect(pdf.name).toMatch(/^告知书-.+\.pdf$/);
    expect(pdfText(pdf.file).replace(/\s+/g, '')).toContain('政府信息公开申请登记回执');
    expect(pdfText(pdf.file).replace(/\s+/g, '')).toContain('草稿仅供核对');
  });

  it('makes the annual report and downloads its PDF with the official table labels', async () => {
    await page.click('#ogi-tab-reports');
    await page.fill('#ogi-year', '2025');
    // The tables "written into the workbook" reach a file host as a download of that sheet.
    const sheet = await download(page, () => page.click('#ogi-annual'));
    expect(sheet.name).toMatch(/\.xlsx$/);
    await page.waitForSelector('#ogi-annual-pdf');
    await screenshot(page, 'web-reports');
    const pdf = await download(page, () => page.click('#ogi-annual-pdf'));
    expect(pdf.name).toBe('annual-2025.pdf');
    const text = pdfText(pdf.file).replace(/\s+/g, '');
    for (const label of [
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '本年新收政府信息公开申请数量',
      '结转下年度继续办理',
    ]) {
      expect(text).toContain(label);
    }
    const xlsx = await download(page, () => page.click('#ogi-annual-xlsx'));
    expect(xlsx.name).toBe('annual-2025.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.file);
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))));
    expect(texts.join('')).toContain('三、收到和处理政府信息公开申请情况');
  });

  it('saves settings into a downloaded copy of the workbook, never the user’s file', async () => {
    await page.click('#ogi-tab-settings');
    await page.fill('#ogi-set-name', '某某区某某街道办事处');
    await screenshot(page, 'web-settings');
    const copy = await download(page, () => page.click('#ogi-save-settings'));
    expect(copy.name).toBe('某街道依申请公开登记台账2025（含设置）.xlsx');
    expect(await page.textContent('#status')).toContain('原文件未改动');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy.file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2025年', '复议诉讼', '填表说明', '设置']);
    const values: unknown[] = [];
    wb.getWorksheet('设置')!.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain('某某区某某街道办事处');
  });

  it('produces the 答复书 of a 工作台 row: the answer its 答复类型 names, for that application', async () => {
    // A final answer prints the office's particulars: without them the pane refuses it (and says a draft can be made).
    await page.click('#ogi-tab-settings');
    for (const [key, value] of Object.entries(OFFICE)) await page.fill(`#ogi-set-${key}`, value);
    await download(page, () => page.click('#ogi-save-settings'));
    await page.click('#ogi-tab-workbench');
    // A fluent-button's role lives in its ElementInternals, which Playwright's role selector does not read: by its name.
    const reply = page.locator(`[aria-label="为 ${DRAFTED} 生成答复书"]`);
    await reply.waitFor({ timeout: 120_000 });
    const pdf = await download(page, () => reply.click());
    const text = pdfText(pdf.file).replace(/\s+/g, '');
    expect(text).toContain(`申请编号：${DRAFTED}`);
    expect(text).toContain('现答复如下');
    await screenshot(page, 'web-workbench-reply');
  });

  it('downloads the monthly statistics of the file as PDF and Excel', async () => {
    await page.fill('#month', '2025-11');
    const saved: string[] = [];
    const done = new Promise<void>((resolve) => {
      const onDownload = async (d: Download) => {
        const file = path.join(DOWNLOADS, d.suggestedFilename());
        await d.saveAs(file);
        saved.push(file);
        if (saved.length === 2) {
          page.off('download', onDownload);
          resolve();
        }
      };
      page.on('download', onDownload);
    });
    await page.click('#monthly-run');
    await done;
    expect(saved.map((f) => path.basename(f)).sort()).toEqual(['monthly-2025-11.pdf', 'monthly-2025-11.xlsx']);
    const text = pdfText(saved.find((f) => f.endsWith('.pdf'))!).replace(/\s+/g, '');
    expect(text).toContain('2025年11月政府信息公开工作月度统计');
    expect(text).toContain('一、本月分科室情况');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved.find((f) => f.endsWith('.xlsx'))!);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    await screenshot(page, 'web-monthly');
  });

  it('opens the catalogue and downloads a transfer sheet for the archives', async () => {
    await openFile(page, path.join(EXAMPLES, '某区某某局主动公开目录2025.xlsx'));
    await page.click('#ogi-tab-check');
    await page.click('#ogi-run-check');
    await page.waitForFunction(() => document.querySelector('#ogi-status')?.textContent?.includes('已检查'));
    await page.click('#ogi-tab-forms');
    await page.selectOption('#ogi-recipient', '档案馆');
    await screenshot(page, 'web-forms');
    // Without a 机关名称 (the 移交单位) only a draft can be made.
    const pdf = await download(page, () => page.click('#ogi-transfer-draft'));
    expect(pdf.name).toBe(`移交表-档案馆-${TODAY}.pdf`);
    const text = pdfText(pdf.file).replace(/\s+/g, '');
    expect(text).toContain('政府信息移交表');
    expect(text).toContain('序号索引号信息名称');
  });

  it('checks a GBK-encoded CSV ledger as the CLI reads it', async () => {
    const file = path.join(FIXTURES, '2025年依申请台账（GBK）.csv');
    fs.writeFileSync(file, iconv.encode(GBK_CSV, 'gbk'));
    const read = await readLedgerFile(file);
    if (!read.ok) throw new Error(read.message);
    const expected = summarise(validateWorkbook(read.grids, { today: asCalendarDate(TODAY) })[0].findings);
    expect(expected.errors).toBeGreaterThan(0);
    await closeAll(page);
    await openFile(page, file);
    await page.click('#ogi-tab-check');
    await page.waitForSelector('#ogi-run-check');
    await page.click('#ogi-run-check');
    await page.waitForFunction(() => document.querySelector('#ogi-status')?.textContent?.includes('已检查'));
    expect(await statusText(page)).toContain(
      `「2025年依申请台账（GBK）」已检查 3 行：错误 ${expected.errors} 个，警告 ${expected.warnings} 个，提示 ${expected.infos} 个`,
    );
  });

  it('opens a file dropped on the page', async () => {
    const bytes = [...fs.readFileSync(path.join(EXAMPLES, '某区某某局主动公开目录2025.xlsx'))];
    await page.evaluate(() => delete document.body.dataset.opened);
    await page.evaluate((data) => {
      const file = new File([new Uint8Array(data)], '拖入的目录.xlsx', {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const zone = document.getElementById('drop-zone')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.waitForSelector('body[data-opened="拖入的目录.xlsx"]');
    // Opened beside the GBK ledger: both are listed, the header counts them.
    expect(await page.locator('#open-files [data-file="拖入的目录.xlsx"]').count()).toBe(1);
    expect(await page.textContent('#file-name')).toBe('已打开 2 个文件');
  });

  it('has a Content-Security-Policy that blocks connections to other origins, and broke none of its own rules', async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'self'");
    const outcome = await page.evaluate(() =>
      fetch('http://192.0.2.1/leak').then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(web.consoleErrors.filter((e) => e.includes('Content Security Policy') && !e.includes('192.0.2.1'))).toEqual([]);
  });

  it('sent no request outside 127.0.0.1, and fetched the fonts from its own origin', () => {
    // Three PDFs (annual, monthly, transfer), one fetch of each font.
    expect(web.requests.filter((r) => r.endsWith('/fonts/NotoSerifSC-Regular.ttf'))).toHaveLength(1);
    expect(web.requests.filter((r) => r.endsWith('/fonts/NotoSerifSC-Bold.ttf'))).toHaveLength(1);
    expect(foreignRequests(web.requests, web.url)).toEqual([]);
  });
});

describe('offline page with a 100,000-row ledger', () => {
  let web: WebSession;

  beforeAll(async () => {
    web = await openPage('?view=check');
  });

  afterAll(async () => {
    await web?.close();
  });

  it('stays responsive while the file is parsed in the worker, and shows progress', async () => {
    const file = await bigLedger();
    const { page } = web;
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'ping';
      b.textContent = 'ping';
      const w = window as unknown as { pings: Array<{ at: number; opened: boolean }> };
      w.pings = [];
      b.addEventListener('click', () => w.pings.push({ at: performance.now(), opened: Boolean(document.body.dataset.opened) }));
      document.body.appendChild(b);
    });
    const started = Date.now();
    await page.setInputFiles('#file-input', file);
    await page.waitForSelector('#progress:not([hidden])');
    const clickedAt = Date.now();
    await page.click('#ping');
    const answeredAfterMs = Date.now() - clickedAt;
    await screenshot(page, 'web-progress');
    await page.waitForSelector('body[data-opened]', { timeout: 180_000 });
    const parsedMs = Date.now() - started;
    const pings = await page.evaluate(() => (window as unknown as { pings: Array<{ opened: boolean }> }).pings);
    // The click was handled while the file was still being parsed.
    expect(pings).toEqual([{ at: expect.any(Number), opened: false }]);
    expect(await page.textContent('#status')).toContain('big-100000.xlsx');
    // Figures for humans (no timing assertions): how long parsing took and how fast the click answered.
    console.log(`100,000 rows: parsed in ${parsedMs} ms; click answered after ${answeredAfterMs} ms during parsing`);
  });

  it('checks the 100,000 rows with the pane', async () => {
    const { page } = web;
    const started = Date.now();
    await page.click('#ogi-run-check');
    const clickedAt = Date.now();
    await page.click('#ping');
    const answeredAfterMs = Date.now() - clickedAt;
    await page.waitForFunction(() => document.querySelector('#ogi-status')?.textContent?.includes('已检查'), undefined, {
      timeout: 180_000,
    });
    expect(await statusText(page)).toContain('「依申请公开台账」已检查 100000 行');
    const pings = await page.evaluate(() => (window as unknown as { pings: unknown[] }).pings.length);
    expect(pings).toBe(2);
    console.log(
      `100,000 rows: pane check (grid to the page, validateLedger in the worker) took ${Date.now() - started} ms; a click during it answered after ${answeredAfterMs} ms`,
    );
    await screenshot(page, 'web-check-100000', false);
  });

  it('lets the user cancel a long parse and open the file again', async () => {
    const file = await bigLedger();
    const { page } = web;
    await page.evaluate(() => delete document.body.dataset.opened);
    await page.setInputFiles('#file-input', file);
    await page.waitForSelector('#progress:not([hidden])');
    await page.click('#cancel');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === '已取消。');
    expect(await page.isHidden('#progress')).toBe(true);
    await page.setInputFiles('#file-input', file);
    await page.waitForSelector('body[data-opened]', { timeout: 180_000 });
    expect(await page.textContent('#status')).toContain('big-100000.xlsx');
  });

  it('sent no request outside 127.0.0.1', () => {
    expect(foreignRequests(web.requests, web.url)).toEqual([]);
  });
});

describe('offline page opened from a folder (file://, a shared drive), as Chromium allows by default', () => {
  let context: Awaited<ReturnType<typeof launch>>['context'];
  let profile: string;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    ({ context, profile } = await launch());
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(`${pathToFileURL(path.join(DIST, 'index.html')).href}?today=${TODAY}&view=check`);
    await page.waitForSelector('body[data-ready="true"]');
  });

  afterAll(async () => {
    await context?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('starts its worker from a blob, opens and checks a ledger, downloads the register', async () => {
    expect(await page.evaluate(() => location.protocol)).toBe('file:');
    await openFile(page, await applicationsExample());
    await page.waitForSelector('#ogi-run-check');
    await page.click('#ogi-run-check');
    await page.waitForFunction(() => document.querySelector('#ogi-status')?.textContent?.includes('已检查'), undefined, {
      timeout: 120_000,
    });
    expect(await statusText(page)).toMatch(/错误 \d+ 个/);
    expect(await page.textContent('#status')).not.toContain('file://');
    await screenshot(page, 'web-file-protocol');
    const register = await download(page, () => page.click('#ogi-write-register'));
    expect(register.name).toMatch(/\.register\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(register.file);
    expect(wb.worksheets.map((w) => w.name)).toContain('检查结果');
  });

  it('downloads the annual report PDF, its fonts read from the page’s own folder', async () => {
    await page.click('#ogi-tab-reports');
    await page.fill('#ogi-year', '2025');
    await download(page, () => page.click('#ogi-annual'));
    await page.waitForSelector('#ogi-annual-pdf');
    const pdf = await download(page, () => page.click('#ogi-annual-pdf'));
    expect(pdf.name).toBe('annual-2025.pdf');
    const text = pdfText(pdf.file).replace(/\s+/g, '');
    expect(text).toContain('三、收到和处理政府信息公开申请情况');
    expect(text).toContain('本年新收政府信息公开申请数量');
  });

  it('prints a notice (no 公文 fonts on this machine: in Noto Serif SC)', async () => {
    await page.click('#ogi-tab-deadlines');
    await page.locator('.ogi-deadline .ogi-link').first().click();
    await page.click('#ogi-tab-forms');
    await page.selectOption('#ogi-notice-kind', 'receipt');
    const started = Date.now();
    const pdf = await download(page, () => page.click('#ogi-notice-draft'));
    console.log(`file:// notice PDF (local-font query, then Noto Serif SC) took ${Date.now() - started} ms`);
    expect(pdf.name).toMatch(/^告知书-.+\.pdf$/);
    const text = pdfText(pdf.file).replace(/\s+/g, '');
    expect(text).toContain('政府信息公开申请登记回执');
  });

  it('loaded only its own files and blobs: worker-source.js and the font scripts, nothing fetched from the network', () => {
    const foreign = requests.filter((r) => !/^(file|blob|data):/.test(r));
    expect(foreign).toEqual([]);
    const own = requests.filter((r) => r.startsWith('file:')).map((r) => path.basename(new URL(r).pathname));
    expect(own).toEqual(expect.arrayContaining(['worker-source.js', 'NotoSerifSC-Regular.ttf.js', 'NotoSerifSC-Bold.ttf.js']));
    expect(own).not.toContain('worker.js');
    // Nothing refused: no CSP violation, no blocked fetch.
    expect(consoleErrors).toEqual([]);
  });
});

describe('offline page with bad files (issue 10): a Chinese message and every row accounted for', () => {
  let web: WebSession;
  let page: Page;
  const HEADER = '申请编号,收到日期,申请方式,申请人类型,申请人,申请内容,答复日期,答复类型';
  const row = (i: number, applicant = `申请人${i}`, content = '某项目批复') =>
    `2025-000${i},2025-03-05,网络,自然人,${applicant},${content},2025-03-20,予以公开`;

  beforeAll(async () => {
    web = await openPage(`?today=${TODAY}&view=check`);
    page = web.page;
    fs.mkdirSync(FIXTURES, { recursive: true });
  });

  afterAll(async () => {
    await web?.close();
  });

  /** Opens a file that cannot be used and returns the status line (shown as an error). */
  async function openUnusable(file: string): Promise<string> {
    await page.evaluate(() => {
      delete document.body.dataset.opened;
      document.getElementById('status')!.textContent = '';
    });
    await page.setInputFiles('#file-input', file);
    await page.waitForFunction(() => document.querySelector('#status')?.classList.contains('error'), undefined, { timeout: 60_000 });
    return (await page.textContent('#status')) ?? '';
  }

  /** Opens and checks a usable file; returns the pane's status line. */
  async function openAndCheck(file: string): Promise<string> {
    await closeAll(page);
    await openFile(page, file);
    await page.click('#ogi-tab-check');
    await page.waitForSelector('#ogi-run-check');
    await page.click('#ogi-run-check');
    await page.waitForFunction(() => document.querySelector('#ogi-status')?.textContent?.includes('已检查'));
    return statusText(page);
  }

  it('a damaged zip (an .xlsx cut in half) is refused in Chinese, as the CLI refuses it', async () => {
    const full = path.join(EXAMPLES, '某街道依申请公开登记台账2025.xlsx');
    const bytes = fs.readFileSync(full);
    const file = path.join(FIXTURES, '损坏的台账.xlsx');
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const cli = await readLedgerFile(file);
    expect(cli.ok).toBe(false);
    const status = await openUnusable(file);
    expect(status).toMatch(/[\u4e00-\u9fff]/);
    expect(status).toContain('损坏的台账.xlsx');
    expect(await page.evaluate(() => document.body.dataset.opened)).toBeUndefined();
    await screenshot(page, 'web-bad-zip');
  });

  it('a sheet with U+FFFF and control characters is checked row for row; the register opens and says what was removed', async () => {
    const file = path.join(FIXTURES, '含非法字符的台账.csv');
    fs.writeFileSync(file, `\uFEFF${[HEADER, row(1), row(2, '张\uFFFE三\u0001', '某\uFFFF项目\u0007'), row(3)].join('\r\n')}\r\n`);
    expect(await openAndCheck(file)).toContain('「含非法字符的台账」已检查 3 行');
    const register = await download(page, () => page.click('#ogi-write-register'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(register.file);
    const values = wb.worksheets[0].getRow(3).values as unknown[];
    expect(values).toContain('张三');
    expect(values).toContain('某项目');
    const codes: string[] = [];
    wb.getWorksheet('检查结果')!.eachRow((r) => codes.push(String(r.getCell(7).value)));
    expect(codes.filter((c) => c === 'register.cell.xmlChars')).toHaveLength(2);
    const sources = new Set<number>();
    wb.worksheets[0].eachRow((r, n) => n > 1 && sources.add(Number(r.getCell(2).value)));
    expect([...sources].sort()).toEqual([2, 3, 4]);
  });

  it('a CSV with a UTF-8 BOM but GBK bytes is read as GB18030, every row checked and in the register', async () => {
    const file = path.join(FIXTURES, '带BOM的GBK台账.csv');
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        iconv.encode(`${[HEADER, row(1), row(2), row(3, '李四', '规划许可')].join('\r\n')}\r\n`, 'gbk'),
      ]),
    );
    const cli = await readLedgerFile(file);
    if (!cli.ok) throw new Error(cli.message);
    expect(cli.grids[0].rows[3]).toContain('规划许可');
    // Read as UTF-8 the headers would be mojibake and no ledger would be found: 3 rows checked means GB18030.
    expect(await openAndCheck(file)).toContain('「带BOM的GBK台账」已检查 3 行');
    await screenshot(page, 'web-bom-gbk');
    const register = await download(page, () => page.click('#ogi-write-register'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(register.file);
    const rows: number[] = [];
    const texts: string[] = [];
    wb.worksheets[0].eachRow((r, n) => {
      if (n > 1) rows.push(Number(r.getCell(2).value));
      r.eachCell((c) => texts.push(String(c.value)));
    });
    expect(rows.sort()).toEqual([2, 3, 4]);
    expect(texts).toContain('规划许可');
    expect(texts.join('')).not.toContain('\uFFFD');
  });

  it('sent no request outside 127.0.0.1', () => {
    expect(foreignRequests(web.requests, web.url)).toEqual([]);
  });
});
