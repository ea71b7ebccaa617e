import * as fs from 'node:fs';
import * as path from 'node:path';

/** The independent holiday-cn data (fixtures/holiday-cn, copied from shared/data/holidays): date → is off day. */
export function referenceDays(): Map<string, { name: string; isOffDay: boolean }> {
  const dir = path.join(__dirname, 'fixtures', 'holiday-cn');
  const days = new Map<string, { name: string; isOffDay: boolean }>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
      days: { name: string; date: string; isOffDay: boolean }[];
    };
    for (const d of data.days) days.set(d.date, { name: d.name, isOffDay: d.isOffDay });
  }
  return days;
}

/** A working day per the reference: listed days as listed, every other day Monday–Friday. */
export function referenceIsWorkday(days: ReturnType<typeof referenceDays>, date: string): boolean {
  const listed = days.get(date);
  if (listed) return !listed.isOffDay;
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** The n-th working day after `date` by walking day by day through the reference (an oracle). */
export function referenceAddWorkdays(days: ReturnType<typeof referenceDays>, date: string, n: number): string {
  let t = Date.parse(`${date}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    t += 86_400_000;
    if (referenceIsWorkday(days, new Date(t).toISOString().slice(0, 10))) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}
