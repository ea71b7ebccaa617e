/**
 * The offline page as a workspace (issue 15, point 3), in Debian's chromium at 1280 px: the
 * applications ledger and the catalogue opened from two separate files stay open together; the page
 * lists them with what each sheet was recognised as; the 工作台 counters are `ogi workbench`'s over
 * the same two files and day; the annual report counts both files and the transfer sheet comes from
 * the catalogue while the ledger is open; a damaged file (an .xlsx cut in half, a .docx renamed
 * .xlsx) is refused in Chinese and the open files stay open; opening a file again replaces it;
 * 关闭 takes one file out; two settings copies that disagree give a warning. Screenshots:
 * test-output/e2e/workspace-*.png (1280 px; the file list also at 320 px).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';
import { readLedgerFile } from '../../cli/readers';
import { checkWorkbook, resolveOffice } from '../../core/workbook';
import { COUNTER_IDS, type Workbench } from '../../core/workbench';
import { asCalendarDate } from '../../core/dates';
import { defaultSettings } from '../../core/settings/schema';
import { settingsToRows } from '../../core/settings/fromGrid';
import { annualReport } from '../../reports/statistics/annual';
import { annualXlsx } from '../../reports/render/annual/xlsx';
import { workbookCells } from '../web/workbookCells';
import { pdfText } from '../helpers/pdfTools';
import { foreignRequests, openPage, OUTPUT, ROOT, saveDownload, screenshot, type WebSession } from './webHarness';

jest.setTimeout(300_000);

const EXAMPLES = path.join(ROOT, 'templates/examples');
const FIXTURES = path.join(OUTPUT, 'fixtures', 'workspace');
const DOWNLOADS = path.join(OUTPUT, 'downloads', 'workspace');
const APPLICATIONS = path.join(EXAMPLES, '某街道依申请公开登记台账2025.xlsx');
const CATALOGUE = path.join(EXAMPLES, '某区某某局主动公开目录2025.xlsx');
const A = path.basename(APPLICATIONS);
const C = path.basename(CATALOGUE);
/** The day the example ledgers tell their story on (templates/examples/build-examples.ts). */
const TODAY = '2025-12-31';

/** The counters and open cases `ogi workbench --json` gives for these files on TODAY. */
async function cliWorkbench(files: string[]): Promise<Workbench> {
  const io = memoryIO(ROOT);
  await main(['workbench', ...files, '--today', TODAY, '--json'], io);
  return JSON.parse(io.stdout) as Workbench;
}

/** The registers of the files as the CLI's form commands read them (one office: the first 设置 sheet). */
async function cliRegisters(files: string[]) {
  const reads = [];
  for (const f of files) {
    const read = await readLedgerFile(f);
    if (!read.ok) throw new Error(read.message);
    reads.push(read);
  }
  const today = asCalendarDate(TODAY);
  const office = resolveOffice({ settingsGrid: reads.find((r) => r.settingsSheet)?.settingsSheet, today });
  return reads.flatMap((r) => checkWorkbook(r.grids, { office, today }).registers);
}

/** A small catalogue workbook with a 设置 sheet naming `office` (a settings copy as the page downloads it). */
async function settingsCopy(name: string, office: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['索引号', '信息名称', '生成日期', '公开属性']);
  ws.addRow(['000-2025-0001', '关于某事项的通知', new Date(Date.UTC(2025, 2, 3)), '主动公开']);
  const settings = defaultSettings();
  const sheet = wb.addWorksheet('设置');
  for (const row of settingsToRows({ ...settings, office: { ...settings.office, name: office } })) sheet.addRow(row);
  const file = path.join(FIXTURES, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A Word document (a real .docx zip) saved under an .xlsx name, as happens with a wrong attachment. */
function docxAsXlsx(): string {
  const file = path.join(FIXTURES, '其实是Word文档.xlsx');
  const bytes = zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>关于公开申请的说明</w:t></w:r></w:p></w:body></w:document>',
    ),
  });
  fs.writeFileSync(file, bytes);
  return file;
}

/** Runs `action` and saves the download it starts in this suite's downloads folder. */
function download(page: Page, action: () => Promise<unknown>): Promise<{ name: string; file: string }> {
  return saveDownload(page, DOWNLOADS, action);
}

/** Opens a file beside the open ones and waits until the page lists it and the pane has read the sheets. */
async function openFile(page: Page, file: string): Promise<void> {
  await page.evaluate(() => delete document.body.dataset.opened);
  await page.setInputFiles('#file-input', file);
  await page.waitForSelector('body[data-opened]', { timeout: 180_000 });
  await page.waitForFunction(() => document.querySelector('.ogi-pane')?.getAttribute('aria-busy') === 'false');
}

/** Opens a file that cannot be used; returns the status line (shown as an error). */
async function openUnusable(page: Page, file: string): Promise<string> {
  await page.evaluate(() => {
    document.getElementById('status')!.textContent = '';
    document.getElementById('status')!.classList.remove('error');
  });
  await page.setInputFiles('#file-input', file);
  await page.waitForFunction(() => document.querySelector('#status')?.classList.contains('error'), undefined, { timeout: 60_000 });
  return (await page.textContent('#status')) ?? '';
}

async function openFileNames(page: Page): Promise<string[]> {
  return page.$$eval('#open-files .open-file', (items) => items.map((li) => li.getAttribute('data-file') ?? ''));
}

async function counters(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const id of COUNTER_IDS) out[id] = Number(await page.textContent(`#ogi-wb-count-${id} .ogi-counter-n`));
  return out;
}

describe('the offline page holds several files at once', () => {
  let web: WebSession;
  let page: Page;

  beforeAll(async () => {
    fs.mkdirSync(FIXTURES, { recursive: true });
    web = await openPage(`?today=${TODAY}&view=check`);
    page = web.page;
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await web?.close();
  });

  it('keeps the applications ledger open when the catalogue is opened, and lists both with what their sheets are', async () => {
    await openFile(page, APPLICATIONS);
    expect(await openFileNames(page)).toEqual([A]);
    // One file: its sheets keep their own names.
    expect(await page.$$eval('#ogi-sheet option', (o) => o.map((x) => (x as HTMLOptionElement).value))).toContain('2025年');
    await openFile(page, CATALOGUE);
    expect(await openFileNames(page)).toEqual([A, C]);
    expect(await page.getAttribute('body', 'data-files')).toBe('2');
    expect(await page.textContent(`#open-files [data-file="${A}"] .open-file-sheets`)).toBe(
      '2025年：依申请公开台账；复议诉讼：复议诉讼台账；填表说明：未识别为台账',
    );
    expect(await page.textContent(`#open-files [data-file="${C}"] .open-file-sheets`)).toContain('主动公开目录');
    expect(await page.locator('#open-files .close-file').count()).toBe(2);
    expect(await page.getAttribute(`#open-files [data-file="${C}"] .close-file`, 'aria-label')).toBe(`关闭 ${C}`);
    expect(await page.textContent('#status')).toContain('共 2 个文件');
    // The pane's sheet list holds the sheets of both files, each named with its file.
    const options = await page.$$eval('#ogi-sheet option', (o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(options).toEqual(expect.arrayContaining([`${A} › 2025年`, `${A} › 复议诉讼`]));
    expect(options.some((o) => o.startsWith(`${C} › `))).toBe(true);
    await screenshot(page, 'workspace-1280-files');
  });

  it('shows on the 工作台 the counters ogi workbench gives for the same two files and day', async () => {
    await page.click('#ogi-tab-workbench');
    await page.waitForSelector('#ogi-wb-count-overdue', { timeout: 120_000 });
    const cli = await cliWorkbench([APPLICATIONS, CATALOGUE]);
    expect(await counters(page)).toEqual(cli.counters);
    expect(cli.counters.overdue).toBeGreaterThan(0);
    const cards = await page.locator('.ogi-case').count();
    expect(cards).toBe(cli.rows.length);
    await screenshot(page, 'workspace-1280-workbench');
  });

  it('counts both files in the annual report and makes the transfer sheet from the catalogue with the ledger open', async () => {
    await page.click('#ogi-tab-reports');
    await page.fill('#ogi-year', '2025');
    await download(page, () => page.click('#ogi-annual'));
    await page.waitForSelector('#ogi-annual-xlsx');
    const xlsx = await download(page, () => page.click('#ogi-annual-xlsx'));
    const model = annualReport(await cliRegisters([APPLICATIONS, CATALOGUE]), { year: 2025, office: '' }).model;
    // The CLI's workbook cell for cell, except that the page names a sheet with its file (［文件名 › 2025年］第 15 行).
    const pageCells = JSON.stringify(await workbookCells(new Uint8Array(fs.readFileSync(xlsx.file))));
    expect(pageCells).toContain(`${A} › 2025年`);
    expect(JSON.parse(pageCells.split(`${A} › `).join('').split(`${C} › `).join(''))).toEqual(
      await workbookCells(await annualXlsx(model, { date: asCalendarDate(TODAY) })),
    );
    // Table 二 comes from the catalogue, table 三 from the applications ledger: either file alone gives another report.
    const ledgerOnly = annualReport(await cliRegisters([APPLICATIONS]), { year: 2025, office: '' }).model;
    const catalogueOnly = annualReport(await cliRegisters([CATALOGUE]), { year: 2025, office: '' }).model;
    expect(model.table2).not.toEqual(ledgerOnly.table2);
    expect(model.table3).not.toEqual(catalogueOnly.table3);
    await screenshot(page, 'workspace-1280-reports');

    await page.click('#ogi-tab-forms');
    await page.selectOption('#ogi-recipient', '档案馆');
    const pdf = await download(page, () => page.click('#ogi-transfer-draft'));
    expect(pdf.name).toBe(`移交表-档案馆-${TODAY}.pdf`);
    expect(pdfText(pdf.file).replace(/\s+/g, '')).toContain('政府信息移交表');
  });

  it('refuses an .xlsx cut in half and a .docx renamed .xlsx in Chinese, and both open files stay open', async () => {
    const bytes = fs.readFileSync(APPLICATIONS);
    const half = path.join(FIXTURES, '损坏的台账.xlsx');
    fs.writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const cut = await openUnusable(page, half);
    expect(cut).toMatch(/[\u4e00-\u9fff]/);
    expect(cut).toContain('损坏的台账.xlsx');
    expect(cut).not.toMatch(/JSZip|Error:|https?:/);
    expect(await openFileNames(page)).toEqual([A, C]);

    const word = await openUnusable(page, docxAsXlsx());
    expect(word).toMatch(/[\u4e00-\u9fff]/);
    expect(word).toContain('其实是Word文档.xlsx');
    expect(word).not.toMatch(/JSZip|Error:|https?:/);
    expect(await openFileNames(page)).toEqual([A, C]);
    await screenshot(page, 'workspace-1280-damaged');
    // The pane still works over both: the 工作台 has its counters, the sheet list both files.
    await page.click('#ogi-tab-workbench');
    expect(await counters(page)).toEqual((await cliWorkbench([APPLICATIONS, CATALOGUE])).counters);
  });

  it('replaces a file opened again under the same name, not the other one', async () => {
    await openFile(page, APPLICATIONS);
    expect(await openFileNames(page)).toEqual([A, C]);
    expect(await page.textContent('#status')).toContain('替换了先前打开的同名文件');
  });

  it('closes one file: its sheets leave the pane, the other stays with its own sheet names', async () => {
    await page.click(`#open-files [data-file="${C}"] .close-file`);
    // The status says so once the pane has read the sheets left.
    await page.waitForFunction((name) => document.querySelector('#status')?.textContent?.includes(`已关闭 ${name}`), C, {
      timeout: 120_000,
    });
    expect(await page.getAttribute('body', 'data-files')).toBe('1');
    expect(await openFileNames(page)).toEqual([A]);
    await page.click('#ogi-tab-check');
    const options = await page.$$eval('#ogi-sheet option', (o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(options).toEqual(['2025年', '复议诉讼', '填表说明']);
    // Only the ledger is left: the 工作台 is ogi workbench's over that one file.
    await page.click('#ogi-tab-workbench');
    await page.waitForSelector('#ogi-wb-count-overdue', { timeout: 120_000 });
    expect(await counters(page)).toEqual((await cliWorkbench([APPLICATIONS])).counters);
    await page.click(`#open-files [data-file="${A}"] .close-file`);
    await page.waitForFunction(() => document.body.dataset.files === '0');
    expect(await page.isHidden('#workspace')).toBe(true);
  });

  it('takes the settings from the first file with a 设置 sheet and says so when another file’s disagree', async () => {
    const first = await settingsCopy('甲局设置副本.xlsx', '某区甲局');
    const second = await settingsCopy('乙局设置副本.xlsx', '某区乙局');
    await openFile(page, first);
    await openFile(page, second);
    expect(await page.textContent('#workspace-settings')).toBe('设置取自 甲局设置副本.xlsx 的“设置”工作表。');
    const warning = (await page.textContent('.workspace-warning')) ?? '';
    expect(warning).toContain('乙局设置副本.xlsx 的“设置”工作表与 甲局设置副本.xlsx 的不一致');
    await page.click('#ogi-tab-settings');
    await page.waitForFunction(() => document.querySelector('#ogi-panel')?.textContent?.includes('不一致'));
    expect(await page.inputValue('#ogi-set-name')).toBe('某区甲局');
    await screenshot(page, 'workspace-1280-settings-conflict');
    await page.setViewportSize({ width: 320, height: 800 });
    await screenshot(page, 'workspace-320-files');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('sent no request outside 127.0.0.1', () => {
    expect(foreignRequests(web.requests, web.url)).toEqual([]);
  });
});
