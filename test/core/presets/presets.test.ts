import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadPreset, parsePresetFile, PERIOD_IDS, PresetError, presetNames, resolvePresetFile } from '../../../core/presets';

const presetDir = path.join(__dirname, '..', '..', '..', 'templates', 'presets');

describe('presetNames', () => {
  it('lists national first and one preset per seed office', () => {
    expect(presetNames()).toEqual(['national', 'shanghai', 'taopu', 'putuo-emergency', 'kuancheng', 'jingansi', 'changning']);
  });
  it('bundles exactly the JSON files in templates/presets', () => {
    const files = fs
      .readdirSync(presetDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...presetNames()].sort());
  });
});

describe('loadPreset', () => {
  it.each(presetNames())('%s validates and has a 20-day reply period with a rule', (name) => {
    const preset = loadPreset(name);
    expect(preset.name).toBe(name);
    expect(preset.periods.reply).toMatchObject({ days: 20, severity: 'error' });
    for (const [id, period] of Object.entries(preset.periods)) {
      expect(PERIOD_IDS).toContain(id);
      expect(period?.rule).toMatch(/条|号|办法|制度|做法/);
    }
  });

  it('national carries the 条例 2019 numbers', () => {
    const p = loadPreset('national').periods;
    expect([p.reply?.days, p.extensionMax?.days, p.correctionNotice?.days, p.thirdPartyReply?.days, p.publication?.days]).toEqual([
      20, 20, 7, 15, 20,
    ]);
    expect(p.correctionNotice?.rule).toBe('条例第三十条');
    expect(p.publicationTarget).toBeUndefined();
  });

  it('shanghai has the 条例 periods only (the 10/20/2-day district rules are 长宁’s, in changning)', () => {
    const p = loadPreset('shanghai').periods;
    expect(p).toEqual(loadPreset('national').periods);
    const c = loadPreset('changning').periods;
    expect([c.publicationTarget?.days, c.publication?.days, c.transfer?.days, c.platformEntry?.days]).toEqual([10, 20, 20, 2]);
  });

  it('changning cites its own articles (第四十条, 第四十四条, 第四十九条, 第十八条)', () => {
    const p = loadPreset('changning').periods;
    expect(p.publicationTarget?.rule).toMatch(/第四十条/);
    expect(p.transfer?.rule).toMatch(/第四十四条/);
    expect(p.platformEntry).toMatchObject({ days: 2, rule: expect.stringMatching(/第四十九条/) });
    expect(p.dualPublicity).toMatchObject({ days: 7, rule: expect.stringMatching(/第十八条/) });
  });

  it('putuo-emergency and kuancheng have the 15 + 5 internal submission rule (第九条)', () => {
    for (const name of ['putuo-emergency', 'kuancheng']) {
      const p = loadPreset(name).periods;
      expect(p.submission?.days).toBe(15);
      expect(p.publishAfterSubmission?.days).toBe(5);
      expect(p.submission?.rule).toMatch(/第九条/);
    }
  });

  it('kuancheng is outside Shanghai: no Shanghai target or platform entry', () => {
    const p = loadPreset('kuancheng').periods;
    expect(p.publicationTarget).toBeUndefined();
    expect(p.platformEntry).toBeUndefined();
  });

  it('taopu publishes within 10 working days, at most 20', () => {
    const p = loadPreset('taopu').periods;
    expect([p.publicationTarget?.days, p.publication?.days]).toEqual([10, 20]);
  });

  it('lets a fee notice pause the clock by default', () => {
    expect(loadPreset('national').feePausesClock).toBe(true);
    expect(loadPreset('jingansi').feePausesClock).toBe(true);
  });

  it('throws a PresetError naming the choices for an unknown name', () => {
    expect(() => loadPreset('beijing')).toThrow(PresetError);
    expect(() => loadPreset('beijing')).toThrow(/未知的规则预设“beijing”，可选：national、/);
  });
});

describe('parsePresetFile / resolvePresetFile (an office’s own JSON)', () => {
  it('refuses a period with a non-integer number of days, in Chinese', () => {
    expect(() =>
      parsePresetFile(
        { name: 'x', label: 'X', periods: { reply: { name: '答复', days: 2.5, severity: 'error', rule: '条例' } } },
        'x.json',
      ),
    ).toThrow(/规则预设“x\.json”的数据有误：periods\.reply\.days/);
  });
  it('refuses an unknown period id', () => {
    expect(() =>
      parsePresetFile({ name: 'x', label: 'X', periods: { lunch: { name: '午休', days: 1, severity: 'info', rule: '无' } } }, 'x'),
    ).toThrow(PresetError);
  });
  it('resolves an own file on top of a bundled preset', () => {
    const file = parsePresetFile(
      {
        name: 'my-office',
        label: '本单位',
        extends: 'shanghai',
        periods: { platformEntry: { name: '录入平台', days: 1, severity: 'warning', rule: '徐汇做法' } },
        feePausesClock: false,
      },
      'my-office.json',
    );
    const preset = resolvePresetFile(file);
    expect(preset.periods.platformEntry?.days).toBe(1);
    expect(preset.periods.reply.days).toBe(20);
    expect(preset.feePausesClock).toBe(false);
  });
  it('requires a reply period when nothing is extended', () => {
    const file = parsePresetFile({ name: 'bare', label: '空', periods: {} }, 'bare');
    expect(() => resolvePresetFile(file)).toThrow(/缺少答复期限/);
  });
});
