import { GROUNDS, groundsText, lawfulGround } from '../../../core/ledger';

const ok = (text: string, context: 'catalogue' | 'answer') => {
  const r = lawfulGround(text, context);
  return r.ok ? { id: r.ground.id, article: r.article, row: r.row, via: r.via } : { why: r.why };
};

describe('lawfulGround: the grounds of 条例第十四、十五、十六条 and, for answers, 第三十六条', () => {
  it('recognises each ground by its words, with its article and table 三 row', () => {
    expect(ok('属于国家秘密', 'catalogue')).toEqual({ id: 'secret', article: '条例第十四条', row: 'deny_secret', via: 'words' });
    expect(ok('公开后可能危及社会稳定', 'answer')).toEqual({ id: 'threeSafe', article: '条例第十四条', row: 'deny_3safe', via: 'words' });
    expect(ok('涉及个人隐私', 'answer')).toEqual({ id: 'privacy', article: '条例第十五条', row: 'deny_3rdparty', via: 'words' });
    expect(ok('涉及商业秘密', 'catalogue')).toEqual({ id: 'tradeSecret', article: '条例第十五条', row: 'deny_3rdparty', via: 'words' });
    expect(ok('属于内部事务信息', 'catalogue')).toEqual({
      id: 'internal',
      article: '条例第十六条第一款',
      row: 'deny_internal',
      via: 'words',
    });
    expect(ok('请示报告', 'catalogue')).toEqual({ id: 'process', article: '条例第十六条第二款', row: 'deny_process', via: 'words' });
    expect(ok('属于行政执法案卷', 'answer')).toEqual({ id: 'caseFile', article: '条例第十六条第二款', row: 'deny_casefile', via: 'words' });
  });

  it('recognises an article number alone, and leaves the row open where the article has several cases', () => {
    expect(ok('条例第十五条', 'catalogue')).toEqual({ id: 'tradeSecret', article: '条例第十五条', row: 'deny_3rdparty', via: 'article' });
    expect(ok('第十四条', 'answer')).toMatchObject({ article: '条例第十四条', row: undefined, via: 'article' });
    expect(ok('《中华人民共和国政府信息公开条例》第十六条第一款', 'catalogue')).toMatchObject({ id: 'internal', row: 'deny_internal' });
    expect(ok('第三十六条第（七）项', 'answer')).toEqual({
      id: 'query',
      article: '条例第三十六条第（七）项',
      row: 'deny_query',
      via: 'article',
    });
    expect(ok('第36条(七)', 'answer')).toMatchObject({ id: 'query' });
  });

  it('accepts a law or administrative regulation named in 《》 as 法律、行政法规禁止公开', () => {
    const r = lawfulGround('依据《中华人民共和国档案法》第十九条', 'catalogue');
    expect(r).toMatchObject({ ok: true, via: 'law', law: '中华人民共和国档案法', row: 'deny_law' });
  });

  it.each([
    ['暂时无法公开'],
    ['按本科室内部规定不公开'],
    ['领导要求暂不公开'],
    ['领导不同意公开'],
    ['不涉及国家秘密'],
    ['依据条例第三十六条第（三）项'],
    ['《本科室信息管理规定》'],
  ])('refuses "%s" and names the grounds that exist', (text) => {
    const r = lawfulGround(text, 'answer');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.why).toBe('notAGround');
      expect(r.message).toContain('条例第十四条：属于国家秘密');
      expect(r.message).toContain('条例第十六条第一款');
    }
  });

  it('keeps the cases of 第三十六条 for answers: a catalogue item cannot be withheld as 行政查询 or 信息不存在', () => {
    expect(ok('属于行政查询事项', 'answer')).toMatchObject({ id: 'query' });
    expect(ok('属于行政查询事项', 'catalogue')).toEqual({ why: 'notAGround' });
    expect(ok('本机关不掌握相关政府信息', 'catalogue')).toEqual({ why: 'notAGround' });
    expect(groundsText('catalogue')).not.toContain('第三十六条');
    expect(groundsText('answer')).toContain('条例第三十六条第（七）项');
  });

  it('does not withhold under 第十五条 when the third party consents (但书), but does when it objects', () => {
    expect(ok('涉及个人隐私，但第三方同意公开', 'answer')).toEqual({ why: 'defeated' });
    expect(ok('涉及个人隐私，第三方不同意公开', 'answer')).toMatchObject({ id: 'privacy' });
  });

  it('is data: every ground names an article of the 条例 and its words', () => {
    for (const g of GROUNDS) {
      expect(g.article).toMatch(/^条例第/);
      expect(g.words.length).toBeGreaterThan(0);
    }
    expect(new Set(GROUNDS.map((g) => g.id)).size).toBe(GROUNDS.length);
  });

  it('says what is missing for an empty reason', () => {
    const r = lawfulGround('  ', 'catalogue');
    expect(r).toMatchObject({ ok: false, why: 'empty' });
  });
});

describe('lawfulGround for a refusal (不予公开 答复书)', () => {
  it('keeps only the grounds of 不予公开: 信息不存在 and 重复申请 are answers of their own', () => {
    expect(lawfulGround('信息不存在', 'answer').ok).toBe(true);
    const r = lawfulGround('信息不存在', 'answer', { outcome: '不予公开' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).not.toContain('第三十六条第（四）项');
    expect(lawfulGround('属于行政查询事项', 'answer', { outcome: '不予公开' })).toMatchObject({ ok: true, row: 'deny_query' });
    expect(lawfulGround('涉及个人隐私', 'answer', { outcome: '不予公开' })).toMatchObject({ ok: true, row: 'deny_3rdparty' });
  });
});

describe('the official table 三 labels of (三)不予公开 are grounds of a refusal, each on its own row', () => {
  it.each([
    ['1.属于国家秘密', 'deny_secret'],
    ['2.其他法律行政法规禁止公开', 'deny_law'],
    ['3.危及“三安全一稳定”', 'deny_3safe'],
    ['4.保护第三方合法权益', 'deny_3rdparty'],
    ['5.属于三类内部事务信息', 'deny_internal'],
    ['6.属于四类过程性信息', 'deny_process'],
    ['7.属于行政执法案卷', 'deny_casefile'],
    ['8.属于行政查询事项', 'deny_query'],
    ['涉及第三方权益', 'deny_3rdparty'],
  ])('%s → %s', (label, row) => {
    expect(lawfulGround(label, 'answer', { outcome: '不予公开' })).toMatchObject({ ok: true, row });
  });
});
