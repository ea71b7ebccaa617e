import ExcelJS from 'exceljs';
import { buildTransferSheet } from '../../../reports/documents/transfer/model';
import { transferSheetDocument } from '../../../reports/documents/transfer/sheet';
import { addSheetDocument } from '../../../reports/render/xlsx/sheetDocument';
import { d, OFFICE, sampleCatalogue } from './fixtures';

describe('print-ready sheets of drafts', () => {
  it('a draft transfer sheet says 草稿 in its title, its name and the header of every printed page', () => {
    const draft = transferSheetDocument(
      buildTransferSheet(sampleCatalogue(), {
        recipient: '档案馆',
        transferDate: d('2026-04-10'),
        office: { ...OFFICE, name: '' },
        draft: true,
      }),
    );
    expect(draft.name).toBe('草稿-移交表-档案馆');
    expect(String(draft.rows[0][0])).toContain('草稿');
    expect(draft.print?.header).toContain('草稿　仅供核对');
    const ws = addSheetDocument(new ExcelJS.Workbook(), draft);
    expect(ws.headerFooter.oddHeader).toContain('草稿　仅供核对');
  });
  it('an issued sheet carries no such header', () => {
    const issued = transferSheetDocument(
      buildTransferSheet(sampleCatalogue(), { recipient: '档案馆', transferDate: d('2026-04-10'), office: OFFICE }),
    );
    expect(issued.name).toBe('移交表-档案馆');
    expect(issued.print?.header).toBeUndefined();
  });
});
