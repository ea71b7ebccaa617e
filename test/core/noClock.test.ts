import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

describe('core and reports never read the clock', () => {
  it('take today from their caller: no todayInChina() call, no argument-less new Date() or Date.now() outside todayInChina itself', () => {
    const offenders: string[] = [];
    for (const file of [...sources('core'), ...sources('reports')]) {
      fs.readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '');
          const definition = file === 'core/dates/calendarDate.ts' && /export function todayInChina\(now: Date = new Date\(\)\)/.test(code);
          if (!definition && /todayInChina\(|new Date\(\)|Date\.now\(\)/.test(code)) offenders.push(`${file}:${i + 1}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
