import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asCalendarDate } from '../../../core/dates';
import { annualReport } from '../../../reports/statistics/annual';
import { AnnualReportModel } from '../../../reports/statistics/model';
import { TABLE3_ROWS } from '../../../core/register/types';
import { app, appeal, appealsFor, applicationsFor, item, register } from './builders';

const DATA = join(__dirname, 'fixtures');
const published = (name: string) => JSON.parse(readFileSync(join(DATA, name), 'utf8')) as AnnualReportModel;
const d = asCalendarDate;

describe('annualReport reproduces a published report', () => {
  const source = published('huaian_city_2024.json');
  const applications = applicationsFor(source);
  const { model, findings, excluded } = annualReport([register('applications', applications), register('appeals', appealsFor(source))], {
    year: 2024,
    office: '淮安市人民政府',
  });

  it('gives back table 三 of 淮安市 2024 cell for cell', () => {
    for (const row of TABLE3_ROWS) expect([row, model.table3.rows[row]]).toEqual([row, source.table3.rows[row]]);
  });
  it('gives back table 四 cell for cell', () => {
    expect(model.table4).toEqual(source.table4);
  });
  it('counts everything; every identity holds, and the report is 不完整 only for the catalogue it was not given', () => {
    expect(findings).toEqual([]);
    expect(excluded).toBe(0);
    expect(model.missing).toEqual(['catalogue']);
    expect(model.checks.filter((c) => !c.ok).map((c) => [c.rule, c.severity])).toEqual([['report.complete', 'error']]);
    expect(model.checks.find((c) => !c.ok)?.message).toContain('未提供主动公开目录');
  });
  it('never puts personal data into the model', () => {
    const text = JSON.stringify(model);
    expect(text).not.toMatch(/张三|110101199003071234|13800138000/);
  });
  it('leaves table 二 unknown without a catalogue or inputs', () => {
    expect(model.table2).toEqual({
      rules: { issued: null, abolished: null, inForce: null },
      normativeDocs: { issued: null, abolished: null, inForce: null },
      licensing: null,
      penalty: null,
      enforcement: null,
      feesWanYuan: null,
    });
  });
});

describe('counting rules at the year boundaries', () => {
  const count = (records: Parameters<typeof register>[1]) =>
    annualReport([register('applications', records)], { year: 2025, office: '测试局' });

  it('counts an application received on 31 December and answered on 2 January as new and carried out', () => {
    const { model } = count([
      app({
        applicantType: '自然人',
        receivedDate: d('2025-12-31'),
        replyDate: d('2026-01-02'),
        resultType: '予以公开',
        resultRow: 'granted',
      }),
    ]);
    expect(model.table3.rows.new[0]).toBe(1);
    expect(model.table3.rows.carry_out[0]).toBe(1);
    expect(model.table3.rows.granted[0]).toBe(0);
  });
  it('counts an application received last year and answered on 1 January as carried in and answered', () => {
    const { model } = count([
      app({
        applicantType: '法律服务机构',
        receivedDate: d('2024-12-20'),
        replyDate: d('2025-01-01'),
        resultType: '无法提供',
        resultRow: 'na_notheld',
      }),
    ]);
    expect(model.table3.rows.carry_in[4]).toBe(1);
    expect(model.table3.rows.na_notheld[4]).toBe(1);
    expect(model.table3.rows.na_notheld[6]).toBe(1);
    expect(model.table3.rows.new[6]).toBe(0);
  });
  it('ignores an application answered on 31 December of the year before', () => {
    const { model } = count([
      app({
        applicantType: '自然人',
        receivedDate: d('2024-12-01'),
        replyDate: d('2024-12-31'),
        resultType: '予以公开',
        resultRow: 'granted',
      }),
    ]);
    expect(model.table3.rows.carry_in[6]).toBe(0);
    expect(model.table3.rows.total[6]).toBe(0);
  });
  it('carries an application open for two years in and out again', () => {
    const { model } = count([app({ applicantType: '科研机构', receivedDate: d('2023-06-01') })]);
    expect(model.table3.rows.carry_in[2]).toBe(1);
    expect(model.table3.rows.carry_out[2]).toBe(1);
  });
  it('takes 予以公开 without a reason as row (一)', () => {
    const { model, findings } = count([
      app({ applicantType: '其他', receivedDate: d('2025-02-01'), replyDate: d('2025-02-10'), resultType: '予以公开' }),
    ]);
    expect(model.table3.rows.granted[5]).toBe(1);
    expect(findings).toEqual([]);
  });
});

describe('applications that cannot be counted are findings', () => {
  const records = [
    app({ appNo: 'A1', applicantType: '自然人', receivedDate: d('2025-03-01'), replyDate: d('2025-03-15'), resultType: '不予公开' }),
    app({ appNo: 'A2', receivedDate: d('2025-03-02'), applicantName: '李四' }),
    app({ appNo: 'A3', applicantType: '自然人', replyDate: d('2025-04-01'), resultType: '予以公开', resultRow: 'granted' }),
    app({
      appNo: 'A4',
      applicantType: '商业企业',
      receivedDate: d('2025-05-10'),
      replyDate: d('2025-05-01'),
      resultType: '予以公开',
      resultRow: 'granted',
    }),
    app({
      appNo: 'A5',
      applicantType: '自然人',
      receivedDate: d('2025-03-01'),
      replyDate: d('2025-03-05'),
      resultType: '予以公开',
      resultRow: 'granted',
    }),
    // Outside the year: not a finding of this report.
    app({ appNo: 'A6', receivedDate: d('2023-01-01'), replyDate: d('2023-01-05') }),
  ];
  const { model, findings, excluded } = annualReport([register('applications', records)], { year: 2025, office: '测试局' });

  it('reports each with its row and a Chinese reason, and counts those without a column or dates as excluded', () => {
    expect(excluded).toBe(3);
    expect(model.excluded).toBe(3);
    expect(findings.map((f) => [f.code, f.row])).toEqual([
      ['report.annual.noResult', records[0].source.row],
      ['report.annual.noApplicantType', records[1].source.row],
      ['report.annual.noReceivedDate', records[2].source.row],
      ['report.annual.replyBeforeReceipt', records[3].source.row],
    ]);
    expect(findings[0].message).toMatch(/A1.*答复类型/);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });
  it('keeps the unreadable answer in 本年新收 (never vanishes) and fails the report naming its row', () => {
    expect(model.table3.rows.new[0]).toBe(2);
    expect(model.table3.rows.new[6]).toBe(2);
    expect(model.table3.rows.total[6]).toBe(1);
    expect(model.unread).toEqual([{ sheet: '依申请公开', row: records[0].source.row, appNo: 'A1' }]);
    const failed = model.checks.filter((c) => !c.ok);
    expect(failed.map((c) => [c.rule, c.column ?? null])).toEqual([
      ['report.complete', null],
      ['table3.unread', null],
      ['table3.balance', 'natural'],
      ['table3.balance', 'total'],
    ]);
    expect(failed[1].message).toContain(`第 ${records[0].source.row} 行（A1）`);
  });
  it('does not name the applicant', () => {
    expect(JSON.stringify(findings)).not.toMatch(/李四/);
  });
});

describe('table 四 from the appeals register', () => {
  it('counts cases filed in the year; a result after year end is still pending', () => {
    const { model } = annualReport(
      [
        register('appeals', [
          appeal({ caseType: '行政复议', filedDate: d('2025-01-05'), result: '纠正', closedDate: d('2025-03-01') }),
          appeal({ caseType: '行政复议', filedDate: d('2025-12-05'), result: '维持', closedDate: d('2026-01-10') }),
          appeal({ caseType: '复议后起诉', filedDate: d('2025-07-05') }),
          appeal({ caseType: '直接起诉', filedDate: d('2024-12-31'), result: '维持', closedDate: d('2025-02-01') }),
        ]),
      ],
      { year: 2025, office: '测试局' },
    );
    expect(model.table4.review).toEqual({ upheld: 0, corrected: 1, other: 0, pending: 1, total: 2 });
    expect(model.table4.suitAfterReview).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(model.table4.suitDirect.total).toBe(0);
  });
  it('reports a case without a type as a finding (not counted among excluded applications)', () => {
    const { findings, excluded, model } = annualReport([register('appeals', [appeal({ filedDate: d('2025-01-05') })])], {
      year: 2025,
      office: '测试局',
    });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['report.annual.appealIncomplete', 'error']]);
    expect(excluded).toBe(0);
    expect([model.table4.review.total, model.table4.suitDirect.total, model.table4.suitAfterReview.total]).toEqual([0, 0, 0]);
  });
});

describe('table 二', () => {
  const catalogue = register('catalogue', [
    item({ title: '淮安市停车管理办法', docNo: '淮安市人民政府令第 12 号', formedDate: d('2025-04-01'), attribute: '主动公开' }),
    item({ title: '淮安市物业管理规定', genre: '政府规章', formedDate: d('2019-04-01'), abolishedDate: d('2025-09-01') }),
    item({ title: '关于印发某某实施细则的通知', docNo: '淮政规〔2025〕3号', formedDate: d('2025-06-01') }),
    item({ title: '关于某事项的通知', docNo: '淮政规〔2022〕1号', formedDate: d('2022-06-01'), validity: '已废止' }),
    item({ title: '关于某事项的意见', genre: '行政规范性文件', formedDate: d('2021-06-01') }),
    item({ title: '关于开展规范性文件清理工作的通知', docNo: '淮政办发〔2025〕9号', formedDate: d('2025-06-01') }),
    item({ title: '明年的规范性文件', genre: '规范性文件', formedDate: d('2026-01-05') }),
  ]);
  it('counts 规章 and 行政规范性文件 from the catalogue and the rest from inputs', () => {
    const { model } = annualReport([catalogue], {
      year: 2025,
      office: '淮安市人民政府',
      inputs: { licensing: 120, penalty: 0, feesWanYuan: 2.5 },
    });
    expect(model.table2).toEqual({
      rules: { issued: 1, abolished: 1, inForce: 1 },
      normativeDocs: { issued: 1, abolished: 0, inForce: 2 },
      licensing: 120,
      penalty: 0,
      enforcement: null,
      feesWanYuan: 2.5,
    });
  });
  it('lets inputs override a catalogue count', () => {
    const { model } = annualReport([catalogue], { year: 2025, office: '淮安市人民政府', inputs: { rules: { inForce: 40 } } });
    expect(model.table2.rules).toEqual({ issued: 1, abolished: 1, inForce: 40 });
  });
});
