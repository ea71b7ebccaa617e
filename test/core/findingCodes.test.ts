import { readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { FINDING_CODES, FINDINGS, FindingCode, findingSpec } from '../../core/findingCodes';
import { Finding } from '../../core/findings';

const ROOT = join(__dirname, '..', '..');
const README = join(ROOT, 'core', 'ledger', 'README.md');
const HEADING = '## Finding codes';

/** The README section as the catalogue gives it (UPDATE_FINDINGS_README=1 writes it). */
function readmeSection(): string {
  const severity = (code: FindingCode) => {
    const spec = findingSpec(code);
    if (spec.severityFrom === 'preset') return `${spec.severity} (preset)`;
    if (spec.severityFrom === 'place') return `${spec.severity} (by place)`;
    return spec.severity;
  };
  return [
    HEADING,
    'Every code a finding can carry, generated from the catalogue `core/findingCodes.ts` (`test/core/findingCodes.test.ts` fails',
    'when the two differ; `UPDATE_FINDINGS_README=1 npx jest test/core/findingCodes.test.ts` rewrites this section). The message',
    'itself, with the numbers and the fix, is built by the messages.ts of the feature that raises the finding. "(preset)": the',
    'preset\'s period gives the severity; "(by place)": it depends on where the problem is found.',
    '',
    '| code | severity | 中文 | when |',
    '|---|---|---|---|',
    ...FINDING_CODES.map((c) => `| \`${c}\` | ${severity(c)} | ${FINDINGS[c].title} | ${FINDINGS[c].doc} |`),
    '',
  ].join('\n');
}

function readmeParts(): { before: string; section: string; after: string } {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(HEADING);
  const next = text.indexOf('\n## ', start + HEADING.length);
  const end = next < 0 ? text.length : next + 1;
  return { before: text.slice(0, start), section: text.slice(start, end), after: text.slice(end) };
}

/** The non-test TypeScript sources of the project's layers. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('the finding-code catalogue', () => {
  it('is the code list of core/ledger/README.md, code for code and severity for severity', () => {
    const parts = readmeParts();
    expect(parts.section).toContain(HEADING);
    if (process.env.UPDATE_FINDINGS_README === '1') writeFileSync(README, parts.before + readmeSection() + parts.after);
    const listed = [...readmeParts().section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(FINDING_CODES);
    expect(readmeParts().section).toBe(readmeSection());
  });

  it('gives every code a severity, a Chinese title and one line of documentation', () => {
    expect(FINDING_CODES.length).toBeGreaterThan(100);
    for (const code of FINDING_CODES) {
      const spec = findingSpec(code);
      expect([code, ['error', 'warning', 'info'].includes(spec.severity)]).toEqual([code, true]);
      expect([code, /[\u4e00-\u9fff]/.test(spec.title)]).toEqual([code, true]);
      expect([code, spec.doc.length > 10 && !spec.doc.includes('\n')]).toEqual([code, true]);
    }
  });

  it('holds dotted codes, each raised somewhere in the code (no stale entries)', () => {
    const text = ['core', 'reports', 'cli', 'pane', 'web', 'addin']
      .flatMap((d) => sources(join(ROOT, d)))
      .filter((p) => !p.endsWith('findingCodes.ts'))
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    const unused = FINDING_CODES.filter((c) => !text.includes(`'${c}'`));
    expect(unused).toEqual([]);
    for (const code of FINDING_CODES) expect(code).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/);
  });

  it('types Finding.code: a code outside the catalogue does not compile', () => {
    const known: FindingCode = 'date.invalid';
    // @ts-expect-error 'date.unknown' is not in the catalogue
    const unknown: FindingCode = 'date.unknown';
    const finding: Finding = { sheet: 'S', row: 2, column: 'A', field: null, severity: 'error', code: known, message: '日期无法识别' };
    // @ts-expect-error a finding with a code outside the catalogue
    const stray: Finding = { ...finding, code: 'x.warn' };
    expect([finding.code, unknown, stray.code]).toEqual(['date.invalid', 'date.unknown', 'x.warn']);
    expect(FINDINGS[known].severity).toBe('error');
  });
});
