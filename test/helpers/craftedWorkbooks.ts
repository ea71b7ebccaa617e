/**
 * Hand-made .xlsx and CSV bytes for the reader's bad-input tests (and the browser e2e): each builder
 * writes the zip parts itself with fflate, so a test can put anything in them — entry order, rows
 * without `r`, single-quoted attributes, a DTD, a row number of two billion — without a binary fixture.
 */
import * as zlib from 'node:zlib';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import * as iconv from 'iconv-lite';

/** The ledger header every crafted sheet uses (an applications register). */
export const LEDGER_HEADER = ['申请编号', '收到日期', '申请方式', '申请人类型', '申请人', '申请内容', '答复日期', '答复类型'];
/** Data row `i` of a crafted ledger. */
export const ledgerRow = (i: number): string[] => [
  `2025-${String(i).padStart(4, '0')}`,
  '2025-03-05',
  '网络',
  '自然人',
  `申请人${i}`,
  '某项目批复',
  '2025-03-20',
  '予以公开',
];

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Excel letters of a 1-based column. */
export function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One `<row>` of inline-string cells (numbers as `<v>`); `r: null` leaves the row's and cells' `r` out. */
export function inlineRow(r: number | null, values: ReadonlyArray<string | number | null>, firstColumn = 1): string {
  const cells = values.map((v, j) => {
    if (v === null) return '';
    const ref = r === null ? '' : ` r="${letters(firstColumn + j)}${r}"`;
    return typeof v === 'number' ? `<c${ref}><v>${v}</v></c>` : `<c${ref} t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
  });
  return `<row${r === null ? '' : ` r="${r}"`}>${cells.join('')}</row>`;
}

/** A worksheet part around `<sheetData>` rows (and what follows sheetData, e.g. mergeCells). */
export function sheetXml(rows: string, tail = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetData>${rows}</sheetData>${tail}</worksheet>`;
}

/** A ledger sheet: the header in row 1 and `count` data rows below it. */
export function ledgerSheetXml(count: number, extraRows = ''): string {
  const rows = [inlineRow(1, LEDGER_HEADER)];
  for (let i = 1; i <= count; i++) rows.push(inlineRow(i + 1, ledgerRow(i)));
  return sheetXml(rows.join('') + extraRows);
}

/** One sheet of a crafted workbook. */
export interface CraftedSheet {
  name: string;
  /** The sheet's part; omit for a chart sheet. */
  xml?: string;
  kind?: 'worksheet' | 'chartsheet';
}

/** A crafted workbook: its sheets, optional shared strings / styles parts, date system and entry order. */
export interface CraftedBook {
  sheets: CraftedSheet[];
  sharedStrings?: string;
  styles?: string;
  date1904?: boolean;
  /** Replaces the generated workbook.xml. */
  workbookXml?: string;
  /** Leave workbook.xml out of the zip. */
  omitWorkbook?: boolean;
  /** Put the sheets before workbook.xml and sharedStrings.xml, as exceljs does. */
  sheetsFirst?: boolean;
}

/** The parts of a crafted workbook, in zip order. */
export function craftedParts(book: CraftedBook): Array<[string, string]> {
  const sheets = book.sheets.map((s, i) => {
    const chart = s.kind === 'chartsheet';
    return { ...s, chart, path: chart ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`, id: `rId${i + 1}` };
  });
  const rels = sheets.map(
    (s) => `<Relationship Id="${s.id}" Type="${REL_NS}/${s.chart ? 'chartsheet' : 'worksheet'}" Target="${s.path}"/>`,
  );
  if (book.sharedStrings !== undefined) rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (book.styles !== undefined) rels.push(`<Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  const workbook =
    book.workbookXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL_NS}">${book.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="${s.id}"/>`).join('')}</sheets></workbook>`;
  const head: Array<[string, string]> = [
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((s) => `<Override PartName="/xl/${s.path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${s.chart ? 'chartsheet' : 'worksheet'}+xml"/>`).join('')}</Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
  ];
  const book_: Array<[string, string]> = [
    ...(book.omitWorkbook ? [] : [['xl/workbook.xml', workbook] as [string, string]]),
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    ],
    ...(book.sharedStrings !== undefined ? [['xl/sharedStrings.xml', book.sharedStrings] as [string, string]] : []),
    ...(book.styles !== undefined ? [['xl/styles.xml', book.styles] as [string, string]] : []),
  ];
  const sheetParts: Array<[string, string]> = sheets.map((s) => [
    `xl/${s.path}`,
    s.xml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
  ]);
  return book.sheetsFirst ? [...head, ...sheetParts, ...book_] : [...head, ...book_, ...sheetParts];
}

/** The bytes of a crafted workbook. */
export function craftXlsx(book: CraftedBook): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of craftedParts(book)) files[name] = strToU8(text);
  return zipSync(files, { level: 6 });
}

/** The same zip with its entries in another order (`order` gets and returns the entry names). */
export function rezip(bytes: Uint8Array, order: (names: string[]) => string[]): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const name of order(Object.keys(files))) out[name] = files[name];
  return zipSync(out, { level: 6 });
}

/** A zip of entries given as they are stored (method 8: raw deflate data); the CRC is left 0 (our reader never checks it). */
function rawZip(entries: Array<{ name: string; method: 0 | 8; data: Uint8Array; size: number }>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return Buffer.concat([...locals, ...centrals, eocd]);
}

/**
 * A workbook whose sheet part is `head`, then `fill` repeated `times`, then `tail`, deflated without ever
 * existing whole: each piece is compressed alone ending in a full flush (no back-reference crosses it), so
 * the compressed fill is the same bytes every time and a part of gigabytes costs a few megabytes to build.
 */
export function repeatedSheetXlsx(head: string, fill: string, times: number, tail: string, declaredSize?: number): Uint8Array {
  const flush = { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH };
  const headZ = zlib.deflateRawSync(head, flush);
  const fillZ = zlib.deflateRawSync(fill, flush);
  const tailZ = zlib.deflateRawSync(tail);
  const size = Buffer.byteLength(head) + Buffer.byteLength(fill) * times + Buffer.byteLength(tail);
  const data = Buffer.concat([headZ, ...Array.from({ length: times }, () => fillZ), tailZ]);
  const entries = craftedParts({ sheets: [{ name: '台账', xml: '' }] }).map(([name, text]) => {
    if (name === 'xl/worksheets/sheet1.xml') return { name, method: 8 as const, data, size: declaredSize ?? Math.min(size, 0xffffffff) };
    return { name, method: 0 as const, data: strToU8(text), size: strToU8(text).length };
  });
  return rawZip(entries);
}

/** The bad-input classes of the reader, each as the bytes of a file and the name to save it under. */
export const craftedFiles = {
  /** A small ledger plus a row numbered 2,000,000,000 (the sheet must not allocate two billion rows). */
  hugeRowNumber: () => craftXlsx({ sheets: [{ name: '台账', xml: ledgerSheetXml(3, inlineRow(2_000_000_000, ledgerRow(99))) }] }),
  /**
   * A 2 MB file whose sheet part inflates to `mib` MiB (2 GiB) of whitespace: a zip bomb. `declaredSize`
   * makes the zip lie about the inflated size (so only counting the real bytes can stop it).
   */
  whitespaceBomb: (mib = 2048, declaredSize?: number) =>
    repeatedSheetXlsx(
      sheetXml('').replace('</sheetData></worksheet>', ''),
      ' '.repeat(1024 * 1024),
      mib,
      '</sheetData></worksheet>',
      declaredSize,
    ),
  /** One cell of `mib` MiB of text in a file of about a megabyte. */
  hugeCell: (mib = 300) =>
    repeatedSheetXlsx(
      sheetXml(inlineRow(1, LEDGER_HEADER)).replace('</sheetData></worksheet>', '<row r="2"><c r="A2" t="inlineStr"><is><t>'),
      '长'.repeat((1024 * 1024) / 3),
      mib,
      '</t></is></c></row></sheetData></worksheet>',
    ),
  /** A ledger whose rows 1–3 also hold a cell in column XFE (16,385). */
  tooManyColumns: () =>
    craftXlsx({
      sheets: [
        {
          name: '台账',
          xml: sheetXml(
            [1, 2, 3]
              .map((r) =>
                inlineRow(r, r === 1 ? LEDGER_HEADER : ledgerRow(r - 1)).replace(
                  '</row>',
                  `<c r="XFE${r}" t="inlineStr"><is><t>超出</t></is></c></row>`,
                ),
              )
              .join(''),
          ),
        },
      ],
    }),
  /** Shared strings used by index, one index past the end of the table. */
  sharedStringOutOfRange: () => {
    const strings = [...LEDGER_HEADER, ...ledgerRow(1), ...ledgerRow(2)];
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`;
    const row = (r: number, from: number, broken = false) =>
      `<row r="${r}">${LEDGER_HEADER.map((_, j) => `<c r="${letters(j + 1)}${r}" t="s"><v>${broken && j === 4 ? strings.length + 5 : from + j}</v></c>`).join('')}</row>`;
    return craftXlsx({ sharedStrings: sst, sheets: [{ name: '台账', xml: sheetXml(row(1, 0) + row(2, 8) + row(3, 16, true)) }] });
  },
  /** Rows and cells without the optional `r` attribute. */
  rowsWithoutR: () =>
    craftXlsx({
      sheets: [
        { name: '台账', xml: sheetXml([LEDGER_HEADER, ledgerRow(1), ledgerRow(2), ledgerRow(3)].map((v) => inlineRow(null, v)).join('')) },
      ],
    }),
  /** A cached formula error written with single-quoted attributes (`t='e'`). */
  singleQuotedError: () =>
    craftXlsx({
      sheets: [
        {
          name: '台账',
          xml: sheetXml(
            inlineRow(1, LEDGER_HEADER) +
              inlineRow(2, ledgerRow(1)) +
              inlineRow(3, ledgerRow(2)).replace(
                `<c r="D3" t="inlineStr"><is><t>自然人</t></is></c>`,
                `<c r='D3' t='e'><f>VLOOKUP(A3,代码表!A:B,2,0)</f><v>#N/A</v></c>`,
              ),
          ),
        },
      ],
    }),
  /** Rich-text runs (with a phonetic run to leave out) in shared strings and in an inline string. */
  inlineAndRich: () => {
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}"><si><r><rPr><b/></rPr><t>申请</t></r><r><t xml:space="preserve">人</t></r><rPh sb="0" eb="2"><t>しんせいにん</t></rPh></si></sst>`;
    const row2 = inlineRow(2, ledgerRow(1)).replace(`<c r="E2" t="inlineStr"><is><t>申请人1</t></is></c>`, `<c r="E2" t="s"><v>0</v></c>`);
    const row3 = inlineRow(3, ledgerRow(2)).replace(
      `<c r="F3" t="inlineStr"><is><t>某项目批复</t></is></c>`,
      `<c r="F3" t="inlineStr"><is><r><t>某项目</t></r><r><rPr><i/></rPr><t>批复</t></r></is></c>`,
    );
    return craftXlsx({ sharedStrings: sst, sheets: [{ name: '台账', xml: sheetXml(inlineRow(1, LEDGER_HEADER) + row2 + row3) }] });
  },
  /** Two sheets named alike (Excel compares names without case). */
  duplicateSheetNames: () =>
    craftXlsx({
      sheets: [
        { name: '台账', xml: ledgerSheetXml(2) },
        { name: '台账', xml: ledgerSheetXml(3) },
      ],
    }),
  /** A DTD with an entity (billion laughs' first step) in the sheet part. */
  doctypeEntity: () =>
    craftXlsx({
      sheets: [
        {
          name: '台账',
          xml: ledgerSheetXml(2)
            .replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet')
            .replace('申请人1', '&b;'),
        },
      ],
    }),
  /** A chart sheet between two ledgers. */
  chartSheet: () =>
    craftXlsx({
      sheets: [
        { name: '台账', xml: ledgerSheetXml(2) },
        { name: '图表1', kind: 'chartsheet' },
        { name: '台账二', xml: ledgerSheetXml(1) },
      ],
    }),
  /** A zip with sheets but no xl/workbook.xml. */
  missingWorkbook: () => craftXlsx({ omitWorkbook: true, sheets: [{ name: '台账', xml: ledgerSheetXml(2) }] }),
  /** A workbook cut off halfway (copy interrupted). */
  truncated: () => {
    const whole = craftXlsx({ sheets: [{ name: '台账', xml: ledgerSheetXml(50) }] });
    return whole.subarray(0, Math.floor(whole.length / 2));
  },
  /** A workbook whose sheet lists a part that is not in the zip. */
  missingSheetPart: () => {
    const parts = craftedParts({
      sheets: [
        { name: '台账', xml: ledgerSheetXml(2) },
        { name: '台账二', xml: ledgerSheetXml(2) },
      ],
    }).filter(([n]) => n !== 'xl/worksheets/sheet2.xml');
    const files: Zippable = {};
    for (const [n, t] of parts) files[n] = strToU8(t);
    return zipSync(files);
  },
  /** A cell of 40,000 characters in an otherwise normal ledger. */
  longCell: () =>
    craftXlsx({
      sheets: [
        {
          name: '台账',
          xml: ledgerSheetXml(2, inlineRow(4, [...ledgerRow(3).slice(0, 5), '长'.repeat(40_000), ...ledgerRow(3).slice(6)])),
        },
      ],
    }),
  /** A CSV with a UTF-8 BOM whose text is in GBK (Notepad users' "fix"). */
  bomGbkCsv: () =>
    Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...iconv.encode(`${LEDGER_HEADER.join(',')}\r\n${ledgerRow(1).join(',')}\r\n${ledgerRow(2).join(',')}\r\n`, 'gbk'),
    ]),
  /** A CSV whose title line holds a semicolon; the data is comma-separated. */
  semicolonTitleCsv: () =>
    strToU8(
      `\uFEFF某街道依申请公开登记台账;2025年度\n${LEDGER_HEADER.join(',')}\n${ledgerRow(1).join(',')}\n${ledgerRow(2).join(',')}\n${ledgerRow(3).join(',')}\n`,
    ),
} as const;
