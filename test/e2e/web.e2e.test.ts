/**
 * The offline page end to end in Debian's chromium: open ledgers from disk, parse them in the
 * worker, check, download results; nothing leaves 127.0.0.1.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { foreignRequests, openPage, OUTPUT, screenshot, type WebSession } from './webHarness';

jest.setTimeout(240_000);

const FIXTURES = path.join(OUTPUT, 'fixtures');

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
    ws.addRow([`2025-${String(i + 1).padStart(6, '0')}`, received, '网络', types[i % 3], `申请人${i}`, `关于第${i}号事项的信息`, '办公室', replied, results[i % 3]]);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

describe('offline page', () => {
  let web: WebSession;

  beforeAll(async () => {
    web = await openPage();
  });

  afterAll(async () => {
    await web?.close();
  });

  it('stays responsive while a 100,000-row ledger is parsed in the worker, and shows progress', async () => {
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

  it('lets the user cancel a long parse and open the file again', async () => {
    const file = await bigLedger();
    const { page } = web;
    await page.setInputFiles('#file-input', file);
    await page.waitForSelector('#progress:not([hidden])');
    await page.click('#cancel');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === '已取消。');
    expect(await page.isHidden('#progress')).toBe(true);
    // A fresh worker takes the next file.
    await page.evaluate(() => delete document.body.dataset.opened);
    await page.setInputFiles('#file-input', file);
    await page.waitForSelector('body[data-opened]', { timeout: 180_000 });
    expect(await page.textContent('#status')).toContain('big-100000.xlsx');
  });

  it('sent no request outside 127.0.0.1', () => {
    expect(web.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(web.requests, web.url)).toEqual([]);
  });
});
