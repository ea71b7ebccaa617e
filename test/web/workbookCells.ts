import ExcelJS from 'exceljs';

/**
 * Every sheet and cell of an .xlsx (name, state, address, type, value, number format, merges):
 * what two workbooks must share to be "the same file" when their bytes differ only by the
 * timestamps exceljs writes (docProps created/modified, zip entry times).
 */
export async function workbookCells(bytes: Uint8Array): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const out: unknown[] = [];
  wb.eachSheet((ws) => {
    out.push([ws.name, ws.state, (ws.model as unknown as { merges?: string[] }).merges ?? []]);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.push([ws.name, cell.address, cell.type, JSON.stringify(cell.value), cell.numFmt ?? '']);
      }),
    );
  });
  return out;
}
