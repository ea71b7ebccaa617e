import type { ReaderLimits } from './limits';
import { streamPart } from './xml';
import type { ZipArchive } from './zip';
import { BUILTIN_NUMBER_FORMATS } from './numberFormats';

/** One relationship of a part: its id, kind (the last segment of its type) and resolved zip path. */
export interface Relationship {
  readonly id: string;
  readonly kind: string;
  readonly target: string;
}

/** The zip path of a part's relationships (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that holds it (`../`, absolute `/xl/…`). */
export function resolveTarget(fromPart: string, target: string): string {
  const clean = target.replace(/\\/g, '/');
  const base = clean.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The relationships of `part` (empty when it has none); external targets are left out. */
export function readRelationships(zip: ZipArchive, part: string, file: string, limits: ReaderLimits): Relationship[] {
  const out: Relationship[] = [];
  streamPart(zip, relsPath(part), file, limits, {
    open(name, a) {
      if (name !== 'Relationship' || a.TargetMode === 'External' || !a.Id || !a.Target) return;
      const type = a.Type ?? '';
      out.push({ id: a.Id, kind: type.slice(type.lastIndexOf('/') + 1), target: resolveTarget(part, a.Target) });
    },
    close() {},
    text() {},
  });
  return out;
}

/** A sheet as workbook.xml lists it: its name, its relationship id and whether it is hidden. */
export interface SheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly state: string;
}

/** The attribute whose local name is `id` in the relationships namespace (prefix `r:` or any other). */
function relIdOf(a: Readonly<Record<string, string>>): string {
  for (const key in a) if (key.endsWith(':id')) return a[key];
  return a.id ?? '';
}

/** The sheets of workbook.xml in workbook order, and its date system (`<workbookPr date1904="1"/>`). */
export function readWorkbookPart(
  zip: ZipArchive,
  part: string,
  file: string,
  limits: ReaderLimits,
): { sheets: SheetEntry[]; date1904: boolean } | undefined {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const found = streamPart(zip, part, file, limits, {
    open(name, a) {
      if (name === 'sheet') sheets.push({ name: a.name ?? '', relId: relIdOf(a), state: a.state ?? 'visible' });
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    close() {},
    text() {},
  });
  return found ? { sheets, date1904 } : undefined;
}

/** For each cell style index (`s` of a cell), its number format code; `General` where none is set. */
export function readCellFormats(zip: ZipArchive, part: string | undefined, file: string, limits: ReaderLimits): string[] {
  if (!part) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  streamPart(zip, part, file, limits, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  // Resolved at the end: a writer that put numFmts after cellXfs is still read right.
  return ids.map((id) => custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? 'General');
}

/** Shared strings: each `<si>` as its text (plain `<t>` or rich-text runs; phonetic `<rPh>` runs left out). */
export function readSharedStrings(zip: ZipArchive, part: string | undefined, file: string, limits: ReaderLimits): string[] {
  const out: string[] = [];
  if (!part) return out;
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let parts: string[] = [];
  streamPart(zip, part, file, limits, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        parts = [];
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inItem && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        out.push(parts.length === 1 ? parts[0] : parts.join(''));
        inItem = false;
      }
    },
    text(text) {
      if (inText) parts.push(text);
    },
  });
  return out;
}
