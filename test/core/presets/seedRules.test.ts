import { loadPreset, parsePresetFile, PeriodId, PresetError, presetNames } from '../../../core/presets';

/**
 * The periods each office's own rule sets, read from reference/seeds/ by hand (seed, working days,
 * the article). A preset may hold these and the 条例's (national) periods, nothing else.
 */
const SEED_RULES: Record<string, { seed?: string; periods: Partial<Record<PeriodId, [number, RegExp]>> }> = {
  national: { periods: {} },
  // 《上海市政府信息公开规定》2020: 20 + 20 WD and 20 WD publication, as the 条例.
  shanghai: { periods: {} },
  // 000 桃浦智创城: 二、3 — 10 WD, at most 20 WD to the portal.
  taopu: { seed: '000', periods: { publicationTarget: [10, /二、3/], publication: [20, /二、3/] } },
  // 001 普陀区应急管理局: 第九条 — submit within 15 WD, to the portal within 5 WD.
  'putuo-emergency': { seed: '001', periods: { submission: [15, /第九条/], publishAfterSubmission: [5, /第九条/] } },
  // 002 宽城区: 第五条（三）（五）, 第九条.
  kuancheng: {
    seed: '002',
    periods: {
      reply: [20, /第五条（五）/],
      extensionMax: [20, /第五条（五）/],
      publication: [20, /第五条（三）/],
      submission: [15, /第九条/],
      publishAfterSubmission: [5, /第九条/],
    },
  },
  // 003 静安寺街道: no number of days anywhere ("及时").
  jingansi: { seed: '003', periods: {} },
  // 004 长宁区实施办法 (2022): 第四十条, 第四十四条, 第四十九条, 第十八条.
  changning: {
    seed: '004',
    periods: {
      publicationTarget: [10, /第四十条/],
      publication: [20, /第四十条/],
      transfer: [20, /第四十四条/],
      platformEntry: [2, /第四十九条/],
      dualPublicity: [7, /第十八条/],
    },
  },
};

describe('presets hold only their own office rule (reference/seeds) on top of the 条例', () => {
  const national = loadPreset('national').periods;

  it('has a seed table entry for every bundled preset', () => {
    expect(Object.keys(SEED_RULES).sort()).toEqual([...presetNames()].sort());
  });

  it.each(Object.keys(SEED_RULES))(
    "%s: exactly its seed's periods, each naming that seed and its article; the rest is the 条例",
    (name) => {
      const expected = SEED_RULES[name];
      const preset = loadPreset(name);
      expect(preset.seed).toBe(expected.seed);
      const own = Object.fromEntries(
        Object.entries(preset.periods)
          .filter(([, p]) => p?.seed !== undefined)
          .map(([id, p]) => [id, p!.days]),
      );
      expect(own).toEqual(Object.fromEntries(Object.entries(expected.periods).map(([id, [days]]) => [id, days])));
      for (const [id, [, article]] of Object.entries(expected.periods)) {
        expect([id, preset.periods[id as PeriodId]?.seed]).toEqual([id, expected.seed]);
        expect(preset.periods[id as PeriodId]?.rule).toMatch(article);
      }
      // Everything else is the national (条例) period, unchanged: nothing inherited from another office.
      for (const [id, period] of Object.entries(preset.periods)) {
        if (period?.seed === undefined) expect([id, period]).toEqual([id, national[id as PeriodId]]);
      }
    },
  );

  it('no longer gives the 长宁 10-day target or 20-day archive delivery to offices whose rules do not set them', () => {
    for (const name of ['shanghai', 'putuo-emergency', 'jingansi']) {
      const p = loadPreset(name).periods;
      expect([name, p.publicationTarget, p.transfer, p.platformEntry]).toEqual([name, undefined, undefined, undefined]);
    }
    expect(loadPreset('taopu').periods.transfer).toBeUndefined();
  });

  it('refuses a preset whose periods name another seed, or none', () => {
    const period = { name: '送交档案馆', days: 20, severity: 'warning', rule: '长宁区实施办法第四十四条' };
    expect(() =>
      parsePresetFile({ name: 'x', label: 'x', extends: 'shanghai', seed: '001', periods: { transfer: { ...period, seed: '004' } } }, 'x'),
    ).toThrow(PresetError);
    expect(() => parsePresetFile({ name: 'x', label: 'x', extends: 'shanghai', seed: '001', periods: { transfer: period } }, 'x')).toThrow(
      /每个期限都应写明 seed/,
    );
  });
});
