import type { Grid } from '../grid';
import type { Finding } from '../findings';
import { UnreadableWorkbook } from './errors';
import { READER_LIMITS, type ReaderLimits } from './limits';
import { workbookMessages as M } from './messages';
import { readCellFormats, readRelationships, readSharedStrings, readWorkbookPart, type Relationship } from './parts';
import { readWorksheet } from './sheet';
import { findEntry, openZip, type RawInflate } from './zip';

/** One sheet of a workbook, in workbook order; sheets without cells (chart sheets …) come as empty grids. */
export interface WorkbookSheet {
  readonly name: string;
  readonly grid: Grid;
  /** `visible`, `hidden` or `veryHidden`, as workbook.xml says. */
  readonly state: string;
}

/** A workbook read whole, or why it cannot be used (a Chinese message; the CLI exits 2). */
export type WorkbookReadResult =
  { ok: true; sheets: WorkbookSheet[]; findings: Finding[]; dateSystem: '1900' | '1904' } | { ok: false; code: string; message: string };

export interface ReadWorkbookOptions {
  /** The file's name, for messages. */
  fileName: string;
  /** Limits other than READER_LIMITS (tests lower them). */
  limits?: ReaderLimits;
  /** Called now and then with the number of rows read so far (for a progress bar). */
  onProgress?: (rows: number) => void;
  /** A faster whole-entry inflater where the platform has one (the CLI: Node's zlib); fflate otherwise. */
  inflate?: RawInflate;
}

/**
 * Reads an .xlsx from its bytes (pure: no file system, same in Node and the browser). The zip is opened
 * by its central directory, so workbook.xml, its relationships, the styles and the shared strings are read
 * before any sheet whatever the entry order; then every sheet is streamed in workbook order.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions): WorkbookReadResult {
  try {
    return readOrThrow(bytes, options);
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return { ok: false, code: e.code, message: e.message };
    // A string or array past what the engine can hold: the file is too large, not a bug of ours.
    if ((e as { name?: unknown } | null)?.name === 'RangeError')
      return { ok: false, code: 'workbook.tooLarge', message: M.fileTooLarge(options.fileName, Math.round(bytes.length / 1024 / 1024)) };
    throw e;
  }
}

function readOrThrow(bytes: Uint8Array, options: ReadWorkbookOptions): WorkbookReadResult {
  const file = options.fileName;
  const limits = options.limits ?? READER_LIMITS;
  if (bytes.length > limits.maxFileBytes)
    throw new UnreadableWorkbook('file.tooLarge', M.fileTooLarge(file, Math.round(limits.maxFileBytes / 1024 / 1024)));
  const zip = openZip(bytes, file, options.inflate);
  const root = readRelationships(zip, '', file, limits).find((r) => r.kind === 'officeDocument')?.target;
  const workbookPart = root && findEntry(zip, root) ? root : 'xl/workbook.xml';
  const workbook = readWorkbookPart(zip, workbookPart, file, limits);
  if (!workbook) throw new UnreadableWorkbook('workbook.missing', M.notXlsx(file));
  const rels = readRelationships(zip, workbookPart, file, limits);
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const partOf = (kind: string, fallback: string) => {
    const listed = rels.find((r) => r.kind === kind)?.target;
    if (listed && findEntry(zip, listed)) return listed;
    return findEntry(zip, folder + fallback) ? folder + fallback : undefined;
  };
  const dateSystem = workbook.date1904 ? '1904' : '1900';
  const sharedStrings = readSharedStrings(zip, partOf('sharedStrings', 'sharedStrings.xml'), file, limits);
  const cellFormats = readCellFormats(zip, partOf('styles', 'styles.xml'), file, limits);
  const findings: Finding[] = [];
  let rowsRead = 0;
  const onRow = options.onProgress && (() => ++rowsRead % 5000 === 0 && options.onProgress?.(rowsRead));
  const ctx = { zip, file, limits, sharedStrings, cellFormats, dateSystem, findings, budget: { used: 0, file }, onRow } as const;
  const byId = new Map<string, Relationship>(rels.map((r) => [r.id, r]));
  const taken = new Set<string>();
  const sheets: WorkbookSheet[] = [];
  for (const listed of workbook.sheets) {
    const name = uniqueName(listed.name, taken, findings);
    const rel = byId.get(listed.relId);
    const entry = rel && findEntry(zip, rel.target);
    if (!rel || !entry)
      throw new UnreadableWorkbook('workbook.partMissing', M.missingPart(file, rel?.target ?? `${listed.name}（${listed.relId}）`));
    if (rel.kind !== 'worksheet') {
      findings.push({
        sheet: name,
        row: null,
        column: null,
        field: null,
        severity: 'info',
        code: 'sheet.skipped',
        message: M.skippedSheet(name, M.sheetKinds[rel.kind] ?? rel.kind),
      });
      sheets.push({ name, state: listed.state, grid: { sheet: name, rows: [], firstRow: 1, firstColumn: 1, merges: [], dateSystem } });
      continue;
    }
    sheets.push({ name, state: listed.state, grid: readWorksheet(ctx, entry, name) });
  }
  if (sheets.length === 0) throw new UnreadableWorkbook('workbook.noSheets', M.noSheets(file));
  options.onProgress?.(rowsRead);
  return { ok: true, sheets, findings, dateSystem };
}

/** The name itself, or — when Excel's case-insensitive rule already saw it — `name (2)`, `name (3)` … with a finding. */
function uniqueName(name: string, taken: Set<string>, findings: Finding[]): string {
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name} (${n})`;
  taken.add(unique.toLowerCase());
  if (unique !== name) {
    findings.push({
      sheet: unique,
      row: null,
      column: null,
      field: null,
      severity: 'warning',
      code: 'sheet.name.duplicate',
      message: M.duplicateSheet(name, unique),
    });
  }
  return unique;
}
