import { WorkCalendar } from '../../../core/calendar';
import { loadPreset } from '../../../core/presets';
import { buildNotice, NoticeContext } from '../../../reports/documents/notices/model';
import { noticeSheetDocument, noticesSheetDocument } from '../../../reports/documents/notices/sheet';
import { d, sampleApplications, SETTINGS } from './fixtures';

const ctx: NoticeContext = {
  settings: SETTINGS,
  calendar: WorkCalendar.standard(),
  preset: loadPreset('national'),
  today: d('2025-12-01'),
};

describe('notices as sheets', () => {
  it('the pane’s batch sheet is the per-notice sheets of ogi notice --xlsx one below the other, merges moved with their rows', () => {
    const [app] = sampleApplications();
    const models = [buildNotice(app, 'receipt', ctx), buildNotice(app, 'reply', ctx)];
    const [first, second] = models.map(noticeSheetDocument);
    const batch = noticesSheetDocument(models);
    expect(batch.name).toBe('告知书-2025-017');
    expect(batch.rows).toEqual([...first.rows, [], [], ...second.rows]);
    const offset = first.rows.length + 2;
    expect(batch.merges).toContain(`A${offset + 1}:B${offset + 1}`); // the second title
    expect(batch.merges).toHaveLength(first.merges!.length + second.merges!.length);
    expect(batch.print?.area).toBeUndefined();
  });

  it('a draft notice says 草稿 in its title and in the header of every printed page', () => {
    const [app] = sampleApplications();
    const doc = noticeSheetDocument(buildNotice(app, 'extension', { ...ctx, draft: true }));
    expect(String(doc.rows[0][0])).toContain('草稿');
    expect(doc.print?.header).toContain('草稿　仅供核对');
    expect(noticesSheetDocument([buildNotice(app, 'extension', { ...ctx, draft: true })]).name).toBe('草稿-告知书-2025-017');
  });
});
