import { readWorkbook, type WorkbookReadResult } from '../../../core/workbook';
import { craftXlsx, sheetXml } from '../../helpers/craftedWorkbooks';

/** The first sheet's rows of a workbook whose one sheet holds `rows` (worksheet XML). */
function rowsOf(rows: string) {
  const read: WorkbookReadResult = readWorkbook(craftXlsx({ sheets: [{ name: 'S', xml: sheetXml(rows) }] }), { fileName: 'cells.xlsx' });
  if (!read.ok) throw new Error(read.message);
  return read.sheets[0].grid.rows;
}

describe('worksheet cells by type (t=…), as other writers than Excel write them', () => {
  it('reads a formula string (str) as its text and ISO dates (d) as dates, a date that is no date as its text', () => {
    const rows = rowsOf(
      '<row r="1"><c r="A1" t="str"><f>A2</f><v>依申请</v></c><c r="B1" t="d"><v>2025-03-01</v></c>' +
        '<c r="C1" t="d"><v>2025-03-01T08:30:00Z</v></c><c r="D1" t="d"><v>三月一日</v></c></row>',
    );
    expect(rows[0]).toEqual(['依申请', new Date(Date.UTC(2025, 2, 1)), new Date(Date.UTC(2025, 2, 1, 8, 30)), '三月一日']);
  });

  it('keeps a number cell that holds no number as its text, and skips typed cells without a value', () => {
    const rows = rowsOf('<row r="1"><c r="A1"><v>十五</v></c><c r="B1" t="str"/><c r="C1" t="d"/><c r="D1"><v>7</v></c></row>');
    expect(rows[0]).toEqual(['十五', null, null, 7]);
  });

  it('leaves out the phonetic guide (rPh) of inline text, keeps the text around it', () => {
    const rows = rowsOf('<row r="1"><c r="A1" t="inlineStr"><is><t>张</t><rPh sb="0" eb="1"><t>ちょう</t></rPh><t>三</t></is></c></row>');
    expect(rows[0]).toEqual(['张三']);
  });
});
