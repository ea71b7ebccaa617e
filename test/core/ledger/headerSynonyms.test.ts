import { compileHeaderTable, HEADER_TABLES, MatchStrength } from '../../../core/ledger/headerSynonyms';

describe('header synonym tables (templates/headers)', () => {
  it('hold the contracts §3 labels and synonyms, normalised for lookup', () => {
    expect(HEADER_TABLES.catalogue.fields).toHaveLength(20);
    expect(HEADER_TABLES.applications.labels.receivedDate).toBe('收到日期');
    expect(HEADER_TABLES.applications.lookup.get('姓名/名称')).toEqual({ field: 'applicantName', strength: MatchStrength.Synonym });
    expect(HEADER_TABLES.applications.lookup.get('申请日期')).toEqual({ field: 'receivedDate', strength: MatchStrength.Low });
    expect(HEADER_TABLES.catalogue.lookup.get('发文字号')?.field).toBe('docNo');
    expect(HEADER_TABLES.appeals.lookup.get('申请日期')).toEqual({ field: 'filedDate', strength: MatchStrength.Synonym });
  });

  it('reject broken data with a Chinese message', () => {
    expect(() => compileHeaderTable({ kind: 'catalogue', label: '目录', fields: [] })).toThrow(/表头同义词表格式错误/);
    expect(() => compileHeaderTable({ kind: 'letters', label: 'x', fields: [{ field: 'a', label: 'b' }] })).toThrow(/表头同义词表格式错误/);
  });

  it('reject a word that names two fields, and a field listed twice', () => {
    expect(() =>
      compileHeaderTable({
        kind: 'catalogue',
        label: '目录',
        fields: [
          { field: 'title', label: '标题' },
          { field: 'summary', label: '摘要', accept: ['标 题'] },
        ],
      }),
    ).toThrow(/同时对应 title 和 summary/);
    expect(() =>
      compileHeaderTable({
        kind: 'catalogue',
        label: '目录',
        fields: [
          { field: 'title', label: '标题' },
          { field: 'title', label: '名称' },
        ],
      }),
    ).toThrow(/字段 title 重复/);
  });
});
