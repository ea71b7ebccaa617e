import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../../core/workbook';
import { rezip } from '../../helpers/craftedWorkbooks';

jest.setTimeout(300_000);

type Value = string | number | boolean | Date;
interface Cell {
  row: number;
  column: number;
  value: Value;
}
interface Book {
  date1904: boolean;
  sharedStrings: boolean;
  sheets: Array<{ name: string; cells: Cell[] }>;
  /** A permutation key per zip entry: the entries are written sorted by it. */
  order: number[];
}

// Text as ledgers hold it: CJK, ASCII, XML-special characters, tabs and line feeds (never CR, which XML folds into LF).
const CHARS = [
  ...'申请人收到日期答复类型予以公开某街道办事处〔2025〕号，。（）',
  ...'abcXYZ019 -_/',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\t',
  '\n',
  '=',
  '+',
  '@',
];
const text = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 40 });
const day = fc
  .integer({ min: Date.UTC(1905, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000));
const value: fc.Arbitrary<Value> = fc.oneof(
  text,
  // Spreadsheets have no negative zero (Excel shows and stores -0 as 0), so neither do the values we write.
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((x) => (x === 0 ? 0 : x)),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.boolean(),
  day,
);

/** Cells of one sheet at distinct addresses, mostly near the top-left, some far out (sparse rows and columns). */
function cells(maxCells: number): fc.Arbitrary<Cell[]> {
  const row = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 61, max: 50_000 }) },
  );
  const column = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }) },
    { weight: 1, arbitrary: fc.integer({ min: 13, max: 2_000 }) },
  );
  return fc.uniqueArray(fc.record({ row, column, value }), { maxLength: maxCells, selector: (c) => `${c.row}:${c.column}` });
}

function book(maxSheets: number, maxCells: number, minSheets = 1): fc.Arbitrary<Book> {
  return fc.record({
    date1904: fc.boolean(),
    sharedStrings: fc.boolean(),
    sheets: fc
      .array(fc.record({ prefix: fc.constantFrom('台账', '主动公开目录', '月', '科室', 'Sheet'), cells: cells(maxCells) }), {
        minLength: minSheets,
        maxLength: maxSheets,
      })
      .map((list) => list.map((s, i) => ({ name: `${s.prefix}${i + 1}`, cells: s.cells }))),
    order: fc.array(fc.integer(), { minLength: 400, maxLength: 400 }),
  });
}

async function write(b: Book): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = b.date1904;
  for (const s of b.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const c of s.cells) {
      const cell = ws.getCell(c.row, c.column);
      cell.value = c.value;
      if (c.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    }
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: b.sharedStrings } as ExcelJS.XlsxWriteOptions));
  // Any entry order: workbook.xml, the styles and the shared strings may come after the sheets or before.
  return rezip(bytes, (names) =>
    names
      .map((n, i) => [n, b.order[i % b.order.length] ?? 0] as const)
      .sort((x, y) => x[1] - y[1])
      .map(([n]) => n),
  );
}

/** Reads the book back and checks that every cell is there with its value, and nothing else is. */
async function roundTrip(b: Book): Promise<void> {
  const read = readWorkbook(await write(b), { fileName: 'random.xlsx' });
  if (!read.ok) throw new Error(read.message);
  expect(read.findings).toEqual([]);
  expect(read.dateSystem).toBe(b.date1904 ? '1904' : '1900');
  expect(read.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
  b.sheets.forEach((s, i) => {
    const grid = read.sheets[i].grid;
    const got = new Map<string, unknown>();
    grid.rows.forEach((r, ri) => r.forEach((v, ci) => v !== null && got.set(`${ri + 1}:${ci + 1}`, v)));
    const want = new Map<string, unknown>(s.cells.map((c) => [`${c.row}:${c.column}`, c.value]));
    expect(got).toEqual(want);
  });
}

describe('readWorkbook gives back every cell of random workbooks', () => {
  it('1–6 sheets of sparse cells (shared or inline strings, both date systems, any entry order)', async () => {
    await fc.assert(fc.asyncProperty(book(6, 120), roundTrip), { numRuns: 40 });
  });

  it('250–300 sheets', async () => {
    await fc.assert(fc.asyncProperty(book(300, 4, 250), roundTrip), { numRuns: 3, endOnFailure: true }); // shrinking a 300-sheet book takes longer than any timeout: report the first failure as found
  });
});
