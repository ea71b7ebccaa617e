import { FIELD_TYPES } from '../../../core/ledger/fields';
import { compileHeaderTable, HEADER_TABLES, isFieldOf, REGISTER_KINDS } from '../../../core/ledger/headerSynonyms';
import { AppealRecord, FieldName, fieldValue } from '../../../core/register/types';

describe('field names per register kind', () => {
  it('are the same in the header tables (templates/headers) and in FIELD_TYPES, kind by kind', () => {
    for (const kind of REGISTER_KINDS) {
      expect([kind, [...HEADER_TABLES[kind].fields].sort()]).toEqual([kind, Object.keys(FIELD_TYPES[kind]).sort()]);
    }
  });

  it('tell a field of a kind from a field of another kind', () => {
    expect(isFieldOf('appeals', 'caseNo')).toBe(true);
    expect(isFieldOf('appeals', 'receivedDate')).toBe(false);
    expect(isFieldOf('applications', 'receivedDate')).toBe(true);
    expect(isFieldOf('applications', 'resultRow')).toBe(false);
    expect(isFieldOf('catalogue', 'toString')).toBe(false);
  });

  it('refuse a header table that names a field its kind does not have', () => {
    expect(() =>
      compileHeaderTable({ kind: 'appeals', label: '复议诉讼', fields: [{ field: 'receivedDate', label: '收到日期' }] }),
    ).toThrow(/没有字段 receivedDate/);
  });

  it('read a record generically by field name', () => {
    const appeal: AppealRecord = { source: { sheet: 'S', row: 3 }, extra: {}, original: {}, caseNo: '（2025）沪01行初1号' };
    expect(fieldValue(appeal, 'caseNo')).toBe('（2025）沪01行初1号');
    expect(fieldValue(appeal, 'receivedDate')).toBeUndefined();
  });

  it('are types: a field of another kind, or no field at all, does not compile', () => {
    const own: FieldName<'appeals'> = 'closedDate';
    // @ts-expect-error receivedDate is a field of applications, not of appeals
    const other: FieldName<'appeals'> = 'receivedDate';
    // @ts-expect-error no kind has this field
    const none: FieldName = 'recievedDate';
    expect([own, other, none]).toEqual(['closedDate', 'receivedDate', 'recievedDate']);
  });
});
