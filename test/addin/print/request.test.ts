/** The print page dates its PDF with the pane's check date from the link, not with its own clock. */
import { encodeFragment } from '../../../pane/download';
import { printRequestOf } from '../../../addin/print/request';
import { asCalendarDate } from '../../../core/dates';

const clock = () => asCalendarDate('2026-12-02');
const job = { kind: 'transfer', model: { transferDate: '2025-11-20' } };

describe('printRequestOf', () => {
  it('takes the title, the job and the check date from the fragment (with or without its #)', () => {
    const fragment = encodeFragment({ kind: 'transfer', title: '移交表-档案馆.pdf', data: job, date: '2025-11-20' });
    for (const hash of [fragment, `#${fragment}`])
      expect(printRequestOf(hash, clock)).toEqual({ title: '移交表-档案馆.pdf', data: job, date: '2025-11-20' });
  });

  it('falls back to the clock for a link without a date or with one that is not a day', () => {
    for (const date of [undefined, '2025-02-30', 20251120, ''])
      expect(printRequestOf(encodeFragment({ title: '年报', data: job, date }), clock)?.date).toBe('2026-12-02');
    expect(printRequestOf(encodeFragment({ data: job }), clock)?.title).toBe('');
  });

  it('has nothing to print for an empty, broken or job-less fragment', () => {
    for (const hash of [
      '',
      '#',
      '#@@@',
      encodeFragment(null),
      encodeFragment('年报'),
      encodeFragment({ title: '年报' }),
      encodeFragment({ data: 'x' }),
    ])
      expect(printRequestOf(hash, clock)).toBeUndefined();
  });
});
