import { readFileSync } from 'node:fs';
import { asCalendarDate } from '../../../core/dates';
import { validateLedger } from '../../../core/ledger';
import { CatalogueRecord } from '../../../core/register/types';
import { csvGrid } from '../../helpers/csv';

const SAMPLE = `${__dirname}/../../fixtures/data/govcn-state-council-sample.csv`;

describe('the real gov.cn State Council catalogue sample', () => {
  const grid = csvGrid(readFileSync(SAMPLE, 'utf8'), 'govcn-state-council-sample');
  const outcome = validateLedger(grid, { today: asCalendarDate('2026-11-26') });
  const register = outcome.register;

  it('is recognised as a catalogue with all seven gov.cn columns mapped', () => {
    expect(outcome.skipped).toBeUndefined();
    expect(register?.kind).toBe('catalogue');
    expect(register?.headerRow).toBe(1);
    expect(register?.mapping).toEqual({
      indexNo: 'A',
      topic: 'B',
      publisher: 'C',
      formedDate: 'D',
      title: 'E',
      docNo: 'F',
      publishedDate: 'G',
    });
    expect(register?.unmappedHeaders).toEqual({ H: '主题词', I: '原文链接(crawl_url)' });
  });

  it('reads 20 data rows with dates written as YYYY年MM月DD日', () => {
    expect(register?.dataRows).toBe(20);
    expect(register?.records).toHaveLength(20);
    const first = register?.records[0] as CatalogueRecord;
    expect(first.formedDate).toBe('1981-05-23');
    expect(first.publishedDate).toBe('2018-12-04');
    expect(first.original.formedDate).toBe('1981年05月23日');
    expect(first.attribute).toBe('主动公开');
    expect(first.extra['原文链接(crawl_url)']).toMatch(/^http:\/\/www\.gov\.cn\//);
  });

  it('flags every publication made years after formation on publishedDate, and nothing else as an error', () => {
    const records = register?.records as CatalogueRecord[];
    const yearsLate = records.filter(
      (r) => r.formedDate && r.publishedDate && +r.publishedDate.slice(0, 4) - +r.formedDate.slice(0, 4) >= 2,
    );
    expect(yearsLate.length).toBeGreaterThan(0);
    const late = outcome.findings.filter((f) => f.code === 'deadline.publication.late');
    for (const r of yearsLate) {
      expect(late).toContainEqual(expect.objectContaining({ row: r.source.row, field: 'publishedDate', column: 'G', severity: 'error' }));
    }
    const errorsElsewhere = outcome.findings.filter((f) => f.severity !== 'info' && f.code !== 'deadline.publication.late');
    expect(errorsElsewhere).toEqual([]);
  });

  it('says once that items without a 公开属性 column are taken as 主动公开', () => {
    const assumed = outcome.findings.filter((f) => f.code === 'attribute.assumed');
    expect(assumed).toHaveLength(1);
    expect(assumed[0].severity).toBe('info');
  });
});
