/**
 * Marks findings on the source sheets in bulk and removes exactly those marks again.
 *
 * - ExcelApi 1.6+: conditional formats (the cells' own formats are never touched), one per
 *   severity and sheet over a RangeAreas on 1.9+, or one per run of cells before that. Ours are
 *   recognised by their marker formula, so 清除标注 works after a reload too.
 * - ExcelApi 1.1–1.5: plain fills; the original fills are read first and restored on 清除标注.
 * - Texts: notes (1.18) or comments (1.10) on cells that have none of the user's; otherwise (and for
 *   cells beyond NOTE_LIMIT) a 检查结果 sheet with a link per finding.
 * Every path issues a constant number of syncs, however many findings there are.
 */
import type { Finding } from '../../core/findings';
import type { MarkOutcome, NoteKind } from '../../pane/host';
import { a1, quoteSheet, type ExcelApi } from './api';
import { features } from './features';
import { uniqueSheetName } from './writeSheets';
import { cellsToMark, runAddresses, areaGroups as joinAreas, findingsTableRows, type MarkedCell } from '../../pane/marking';
import { NOTE_PREFIX, RESULTS_SHEET, SEVERITY_FILL } from '../../pane/marking';
import { columnNumber } from '../../core/grid';

export { NOTE_PREFIX, RESULTS_SHEET, SEVERITY_FILL, cellsToMark, runAddresses };

/** The formula that identifies our conditional formats (always TRUE). */
export const MARK_FORMULA = '=ISTEXT("ogi-ledger")';
/** Most notes/comments written per marking; the rest are listed on the 检查结果 sheet. */
export const NOTE_LIMIT = 2000;
/** RangeAreas address strings are kept short; Excel rejects very long ones. */
const MAX_AREAS_ADDRESS = 2000;

/** Original fills kept for the plain-fill path (ExcelApi < 1.6). */
export type FillMemory = Map<string, { sheet: string; address: string; color: string | null }>;

/** Joins addresses into comma lists no longer than `max` characters (RangeAreas). */
export function areaGroups(addresses: readonly string[], max = MAX_AREAS_ADDRESS): string[] {
  return joinAreas(addresses, max);
}

function noteKind(api: ExcelApi): NoteKind {
  return features(api).noteKind;
}

type NoteLike = { content: string; getLocation(): Excel.Range; delete(): void };

/** What of ours is on the given sheets, and which cells hold the user's own notes. Two syncs at most. */
async function survey(context: Excel.RequestContext, api: ExcelApi, kind: NoteKind, sheetNames: readonly string[]) {
  const ws = context.workbook.worksheets;
  ws.load('items/name');
  const notes: { items: NoteLike[] } | null =
    kind === 'notes' ? context.workbook.notes : kind === 'comments' ? context.workbook.comments : null;
  if (notes) (notes as unknown as Excel.CommentCollection).load('items/content');
  const cfColls = features(api).conditionalFormats
    ? sheetNames.map((n) => {
        const coll = context.workbook.worksheets.getItemOrNullObject(n).getRange().conditionalFormats;
        coll.load('items/type');
        return coll;
      })
    : [];
  await context.sync();
  const names = ws.items.map((w) => w.name);
  const present = new Set(names);
  const customs = cfColls
    .filter((_, i) => present.has(sheetNames[i]))
    .flatMap((coll) =>
      coll.items
        .filter((cf) => cf.type === 'Custom')
        .map((cf) => {
          const custom = cf.customOrNullObject;
          custom.rule.load('formula');
          return { cf, custom };
        }),
    );
  const foreign = (notes?.items ?? [])
    .filter((n) => !n.content.startsWith(NOTE_PREFIX))
    .map((n) => {
      const loc = n.getLocation();
      loc.load('address');
      return loc;
    });
  if (customs.length > 0 || foreign.length > 0) await context.sync();
  return {
    names,
    ourFormats: customs.filter(({ custom }) => !custom.isNullObject && custom.rule.formula === MARK_FORMULA).map(({ cf }) => cf),
    ourNotes: (notes?.items ?? []).filter((n) => n.content.startsWith(NOTE_PREFIX)),
    occupied: new Set(foreign.map((l) => l.address.replace(/'/g, ''))),
  };
}

/** Queues the removal of our marks found by `survey` and of the remembered plain fills. */
function queueClear(
  context: Excel.RequestContext,
  found: { ourFormats: Excel.ConditionalFormat[]; ourNotes: NoteLike[] },
  memory: FillMemory,
): void {
  for (const cf of found.ourFormats) cf.delete();
  for (const n of found.ourNotes) n.delete();
  for (const { sheet, address, color } of memory.values()) {
    const fill = context.workbook.worksheets.getItem(sheet).getRange(address).format.fill;
    if (color && color.toUpperCase() !== '#FFFFFF') fill.color = color;
    else fill.clear();
  }
  memory.clear();
}

/** Marks the findings' cells, replacing previous marks of ours on those sheets. At most 4 syncs. */
export async function markFindings(api: ExcelApi, findings: readonly Finding[], memory: FillMemory): Promise<MarkOutcome> {
  const cells = cellsToMark(findings);
  const kind = noteKind(api);
  const sheets = new Map<string, MarkedCell[]>();
  for (const c of cells) {
    const list = sheets.get(c.sheet);
    if (list) list.push(c);
    else sheets.set(c.sheet, [c]);
  }
  const involved = [...new Set([...sheets.keys(), ...[...memory.values()].map((m) => m.sheet)])];
  return api.run(async (context) => {
    const found = await survey(context, api, kind, involved);
    queueClear(context, found, memory);
    const noted = new Set<string>();
    if (kind !== 'sheet') {
      let budget = NOTE_LIMIT;
      for (const c of cells) {
        const key = `${c.sheet}!${c.column}${c.row}`;
        if (budget === 0 || found.occupied.has(key)) continue;
        budget--;
        noted.add(key);
        const text = NOTE_PREFIX + c.messages.join('\n');
        const target = `${quoteSheet(c.sheet)}!${c.column}${c.row}`;
        if (kind === 'notes') context.workbook.notes.add(target, text);
        else context.workbook.comments.add(target, text);
      }
    }
    if (!features(api).conditionalFormats) {
      // Plain fills: remember the originals first so 清除标注 can put them back.
      const ranges = cells.map((c) => {
        const r = context.workbook.worksheets.getItem(c.sheet).getRange(`${c.column}${c.row}`);
        r.format.fill.load('color');
        return r;
      });
      await context.sync();
      cells.forEach((c, i) => {
        memory.set(`${c.sheet}!${c.column}${c.row}`, {
          sheet: c.sheet,
          address: `${c.column}${c.row}`,
          color: ranges[i].format.fill.color ?? null,
        });
        ranges[i].format.fill.color = SEVERITY_FILL[c.severity];
      });
    } else {
      for (const [sheetName, sheetCells] of sheets) {
        const ws = context.workbook.worksheets.getItem(sheetName);
        for (const severity of ['info', 'warning', 'error'] as const) {
          const addresses = runAddresses(sheetCells.filter((c) => c.severity === severity));
          const targets = features(api).multiAreaRanges
            ? areaGroups(addresses).map((g) => ws.getRanges(g).conditionalFormats)
            : addresses.map((a) => ws.getRange(a).conditionalFormats);
          for (const cfs of targets) {
            const cf = cfs.add('Custom');
            cf.custom.rule.formula = MARK_FORMULA;
            cf.custom.format.fill.color = SEVERITY_FILL[severity];
          }
        }
      }
    }
    const unlisted = cells.some((c) => !noted.has(`${c.sheet}!${c.column}${c.row}`));
    if (unlisted || kind === 'sheet') writeResultsSheet(context, findings, found.names);
    await context.sync();
    return { cells: cells.length, notes: unlisted ? 'sheet' : kind };
  });
}

/** The 检查结果 sheet: one row per finding with a link to its cell (replaced on each marking). */
function writeResultsSheet(context: Excel.RequestContext, findings: readonly Finding[], taken: string[]): void {
  const ws = taken.includes(RESULTS_SHEET)
    ? context.workbook.worksheets.getItem(RESULTS_SHEET)
    : context.workbook.worksheets.add(uniqueSheetName(RESULTS_SHEET, taken));
  if (taken.includes(RESULTS_SHEET)) ws.getRange().clear();
  const all = findingsTableRows(findings);
  const header = all[0];
  const range = ws.getRange(a1(1, 1, all.length, header.length));
  range.numberFormat = all.map((r) => r.map(() => '@'));
  range.values = all;
  ws.getRange(a1(1, 1, 1, header.length)).format.font.bold = true;
  // Links are our own formulas (never user text), so clicking jumps to the cell.
  const links = findings.map((f) => {
    if (f.row === null || f.column === null) return [''];
    const target = `#${quoteSheet(f.sheet).replace(/"/g, '""')}!${f.column}${f.row}`;
    return [`=HYPERLINK("${target}","定位")`];
  });
  if (links.length > 0) ws.getRange(a1(2, header.length + 1, links.length, 1)).formulas = links;
}

/** Removes exactly our marks on every sheet (conditional formats, notes/comments, fills, 检查结果). At most 3 syncs. */
export async function clearMarks(api: ExcelApi, memory: FillMemory): Promise<void> {
  const kind = noteKind(api);
  await api.run(async (context) => {
    const ws = context.workbook.worksheets;
    ws.load('items/name');
    await context.sync();
    const names = ws.items.map((w) => w.name);
    const found = await survey(context, api, kind, names);
    queueClear(context, found, memory);
    if (names.includes(RESULTS_SHEET)) context.workbook.worksheets.getItem(RESULTS_SHEET).delete();
    await context.sync();
  });
}

/** Sheet-qualified address for selecting a finding's cell. */
export function findingAddress(f: Finding): string | null {
  return f.row === null || f.column === null ? null : a1(f.row, columnNumber(f.column));
}
