import { normaliseHeader } from '../../../core/ledger/header/normaliseHeader';
import { applicantTypeValue, attributeValue, caseResultValue, channelValue } from '../../../core/ledger/normalise/enums';
import { extensionValue, numberValue } from '../../../core/ledger/normalise/numbers';
import { resultValue } from '../../../core/ledger/normalise/result';
import { codeValue, idValue } from '../../../core/ledger/normalise/text';
import { DateReader } from '../../../core/ledger/normalise/dates';

describe('normaliseHeader', () => {
  it.each([
    ['*收到日期（必填）', '收到日期'],
    ['收到\n日期', '收到日期'],
    ['　申请人类型 (自然人/法人) ', '申请人类型'],
    ['答复日期(YYYY-MM-DD)【必填】', '答复日期'],
    ['姓名/名称', '姓名/名称'],
    ['Email', 'email'],
    ['（必填）', '(必填)'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseHeader(raw)).toBe(expected);
  });
});

describe('result type and reason', () => {
  it.each([
    ['不予公开（属于国家秘密）', undefined, '不予公开', 'deny_secret'],
    ['不予公开-国家秘密', undefined, '不予公开', 'deny_secret'],
    ['不予公开：危及“三安全一稳定”', undefined, '不予公开', 'deny_3safe'],
    ['不予公开', '涉及商业秘密', '不予公开', 'deny_3rdparty'],
    ['不予公开', '属于四类过程性信息', '不予公开', 'deny_process'],
    ['无法提供', '本机关不掌握相关政府信息', '无法提供', 'na_notheld'],
    ['无法提供', '没有现成信息需要另行制作', '无法提供', 'na_create'],
    ['信息不存在', undefined, '无法提供', 'na_notheld'],
    ['非本机关', undefined, '无法提供', 'na_notheld'],
    ['同意公开', undefined, '予以公开', 'granted'],
    ['已主动公开', undefined, '予以公开', 'granted'],
    ['同意部分公开', undefined, '部分公开', 'partial'],
    ['不予处理', '无正当理由大量反复申请', '不予处理', 'np_mass'],
    ['不予处理', '重复申请', '不予处理', 'np_repeat'],
    ['不予处理', '要求提供公开出版物', '不予处理', 'np_publication'],
    ['其他处理', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '其他处理', 'other_nocorrect'],
    ['其他处理', '申请人逾期未按收费通知要求缴纳费用', '其他处理', 'other_nofee'],
    ['撤回', undefined, '其他处理', 'other_other'],
    ['申请人撤销申请', undefined, '其他处理', 'other_other'],
    ['重复申请', undefined, '不予处理', 'np_repeat'],
    ['其他法律行政法规禁止公开', undefined, '不予公开', 'deny_law'],
  ])('%s + %s → %s / %s', (type, reason, expectedType, expectedRow) => {
    const r = resultValue(type, reason);
    expect(r.type).toBe(expectedType);
    expect(r.row).toBe(expectedRow);
  });

  it('leaves the row open when the ground is missing or unreadable, and flags unknown words', () => {
    expect(resultValue('不予公开', undefined)).toMatchObject({ type: '不予公开', row: undefined });
    expect(resultValue('不予公开', '《条例》第十四条')).toMatchObject({ type: '不予公开', row: undefined, reason: '《条例》第十四条' });
    expect(resultValue('已办理', undefined).unknownType).toBe(true);
  });

  it('marks legacy words as changed and keeps canonical ones unmarked', () => {
    expect(resultValue('同意公开', undefined).changedFrom).toBe('同意公开');
    expect(resultValue('予以公开', undefined).changedFrom).toBeUndefined();
    expect(resultValue('不予公开（属于国家秘密）', undefined).changedFrom).toBeUndefined();
  });
});

describe('enum words', () => {
  it('reads attributes, marking 免予公开 and 免于公开 as legacy', () => {
    expect(attributeValue('免予公开')).toEqual({ value: '不予公开', changed: true, legacy: true });
    expect(attributeValue(' 免于公开 ')).toEqual({ value: '不予公开', changed: true, legacy: true });
    expect(attributeValue('主动公开')).toEqual({ value: '主动公开', changed: false, legacy: false });
    expect(attributeValue('公示')).toBeUndefined();
  });

  it.each([
    ['网上申请', '网络'],
    ['互联网', '网络'],
    ['门户网站', '网络'],
    ['Email', '电子邮件'],
    ['邮箱', '电子邮件'],
    ['挂号信', '邮寄'],
    ['平信', '平常信函'],
    ['现场', '当面'],
    ['受理中心', '受理中心转来'],
    ['传真申请', '传真'],
  ])('channel %s → %s', (word, value) => {
    expect(channelValue(word)?.value).toBe(value);
  });

  it.each([
    ['公民', '自然人'],
    ['个人', '自然人'],
    ['企业', '商业企业'],
    ['公司', '商业企业'],
    ['律师事务所', '法律服务机构'],
    ['法人或其他组织（商业企业）', '商业企业'],
    ['法人或其他组织-律师事务所', '法律服务机构'],
    ['社会组织', '社会公益组织'],
  ])('applicant %s → %s', (word, value) => {
    expect(applicantTypeValue(word)).toMatchObject({ value });
  });

  it('asks for the sub-type of a bare 法人或其他组织', () => {
    expect(applicantTypeValue('法人或其他组织')).toEqual({ subtypeMissing: true });
    expect(applicantTypeValue('法人')).toEqual({ subtypeMissing: true });
    expect(applicantTypeValue('外星人')).toBeUndefined();
  });

  it('reads appeal results', () => {
    expect(caseResultValue('驳回诉讼请求')?.value).toBe('维持');
    expect(caseResultValue('确认违法')?.value).toBe('纠正');
    expect(caseResultValue('审理中')?.value).toBe('尚未审结');
  });
});

describe('numbers, codes and dates', () => {
  it('reads numbers typed as text with full-width digits and units', () => {
    expect(numberValue('２０')).toBe(20);
    expect(numberValue('1,200')).toBe(1200);
    expect(numberValue('15个工作日')).toBe(15);
    expect(numberValue(3.5)).toBe(3.5);
    expect(numberValue('二十')).toBeUndefined();
  });

  it('reads 是否延期 as 20 working days', () => {
    expect(extensionValue('是', 20)).toBe(20);
    expect(extensionValue('否', 20)).toBe(0);
    expect(extensionValue(10, 20)).toBe(10);
    expect(extensionValue('待定', 20)).toBeUndefined();
  });

  it('keeps long codes whole and half-width', () => {
    expect(codeValue(20250001)).toBe('20250001');
    expect(codeValue('２０２５-００１')).toBe('2025-001');
    expect(idValue('３１０１０４ 19800101001x')).toBe('31010419800101001X');
    // Excel itself keeps only 15 significant digits of a number cell.
    expect(idValue(310104198001010017)).toBe('310104198001010000');
  });

  it('reads dates only through the one parser and remembers the original text form', () => {
    const reader = new DateReader('1900');
    expect(reader.read('2025-10-09')).toEqual({ ok: true, date: '2025-10-09' });
    expect(reader.read('2025年10月9日')).toEqual({ ok: true, date: '2025-10-09', original: '2025年10月9日' });
    expect(reader.read(45964)).toEqual({ ok: true, date: '2025-11-03' });
    expect(reader.read(new Date(Date.UTC(2025, 0, 2)))).toEqual({ ok: true, date: '2025-01-02' });
    expect(reader.read('10/9/2025').ok).toBe(false);
    expect(reader.read(20250305)).toEqual({ ok: true, date: '2025-03-05', original: '20250305' });
    expect(reader.read(20251305).ok).toBe(false);
    expect(new DateReader('1904').read(0)).toEqual({ ok: true, date: '1904-01-01' });
  });
});
