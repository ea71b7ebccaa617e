/**
 * Screenshots of every view of the offline page at 320 and 1280 px (issue 15's acceptance), before a
 * file is open and with the example applications ledger checked, into test-output/e2e/screens-*.png;
 * and what they must show: Fluent components, a name for every control, keyboard reach, the case
 * sheet beside the list in the wide window only.
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { VIEWS, type ViewId } from '../../pane/viewIds';
import { openPage, ROOT, screenshot, type WebSession } from './webHarness';

jest.setTimeout(300_000);

const TODAY = '2025-12-31';
const LEDGER = path.join(ROOT, 'templates/examples/某街道依申请公开登记台账2025.xlsx');
const WIDTHS = [320, 1280] as const;

async function show(page: Page, view: ViewId): Promise<void> {
  await page.click(`#ogi-tab-${view}`);
  await page.waitForFunction((id) => document.querySelector(`#ogi-tab-${id}`)?.getAttribute('aria-selected') === 'true', view);
}

/** Controls of the page without an accessible name (aria-label, aria-labelledby, a <label>, title or their text). */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll('button, fluent-button, fluent-tab, input:not([type=file]), select, textarea')];
    return controls
      .filter((el) => !(el as HTMLElement).hidden && (el as HTMLElement).offsetParent !== null)
      .filter((el) => {
        const id = el.id;
        const named =
          el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby') ||
          el.getAttribute('title') ||
          (id && document.querySelector(`label[for="${id}"]`)) ||
          el.closest('label') ||
          (el.tagName !== 'INPUT' && el.tagName !== 'SELECT' && el.textContent?.trim());
        return !named;
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id || '?'}.${el.className}`);
  });
}

describe('screens of every view at 320 and 1280 px', () => {
  let web: WebSession;
  let page: Page;

  beforeAll(async () => {
    web = await openPage(`?today=${TODAY}&view=check`);
    page = web.page;
  });

  afterAll(async () => {
    await web?.close();
  });

  it('reaches 打开台账文件 with Tab and names every control before a file is open', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('file-open');
    expect(await unnamedControls(page)).toEqual([]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await screenshot(page, `screens-landing-${width}`);
    }
  });

  it('says in each view, before a check, what to do and what will be shown; with Fluent tabs and buttons', async () => {
    await page.setInputFiles('#file-input', LEDGER);
    await page.waitForSelector('body[data-opened]', { timeout: 180_000 });
    await page.waitForSelector('#ogi-run-check');
    expect(await page.evaluate(() => document.querySelector('#ogi-tab-check')?.tagName)).toBe('FLUENT-TAB');
    expect(await page.evaluate(() => document.querySelector('#ogi-run-check')?.tagName)).toBe('FLUENT-BUTTON');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      // 工作台 is left out: showing it starts the check by itself.
      for (const view of ['check', 'deadlines', 'reports', 'forms'] as const) {
        await show(page, view);
        if (view !== 'check') expect(await page.textContent('#ogi-empty')).toContain('还没有检查过台账');
        await screenshot(page, `screens-before-check-${view}-${width}`);
      }
    }
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('moves between the Fluent tabs with the arrow keys, and Tab leaves the tab list for the view', async () => {
    await show(page, 'check');
    await page.focus('#ogi-tab-check');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('#ogi-tab-deadlines')?.getAttribute('aria-selected') === 'true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ogi-tab-deadlines');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#ogi-panel') !== null)).toBe(true);
  });

  it('checks with the Fluent button and shows the outcome in a message bar', async () => {
    await show(page, 'check');
    await page.click('#ogi-run-check');
    await page.waitForFunction(() => document.querySelector('#ogi-status')?.textContent?.includes('已检查'));
    expect(await page.evaluate(() => document.querySelector('#ogi-status fluent-message-bar')?.getAttribute('intent'))).toBe('info');
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('shows the clicked finding’s row as a sheet beside the list at 1280 px, and not at 320 px', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.click('#ogi-findings .ogi-finding');
    await page.waitForSelector('#ogi-case-sheet-table');
    expect(await page.isVisible('#ogi-side')).toBe(true);
    // The row's header texts are there, and the cell of the finding is highlighted.
    const sheet = (await page.textContent('#ogi-side')) ?? '';
    expect(sheet).toContain('申请编号');
    expect(
      await page
        .locator(
          '#ogi-case-sheet-table tr.ogi-cell-error, #ogi-case-sheet-table tr.ogi-cell-warning, #ogi-case-sheet-table tr.ogi-cell-info',
        )
        .count(),
    ).toBeGreaterThan(0);
    const [list, side] = await Promise.all([page.locator('#ogi-panel').boundingBox(), page.locator('#ogi-side').boundingBox()]);
    expect(side!.x).toBeGreaterThan(list!.x + list!.width - 1);
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await page.isVisible('#ogi-side')).toBe(false);
  });

  it('takes each view with the ledger checked; every control in every view has a name', async () => {
    const unnamed: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of VIEWS) {
        await show(page, view);
        if (view === 'workbench') {
          await page.waitForSelector('.ogi-counters');
          // A 工作台 row selects its case too: the side sheet follows it.
          if (width === 1280) {
            await page.click('.ogi-case .ogi-link');
            await page.waitForFunction(() => document.querySelector('#ogi-side .ogi-cs-where')?.textContent?.includes('第'));
          }
        }
        await screenshot(page, `screens-${view}-${width}`);
        unnamed.push(...(await unnamedControls(page)).map((c) => `${view}: ${c}`));
      }
    }
    expect(unnamed).toEqual([]);
  });
});
