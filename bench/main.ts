import * as fs from 'node:fs';
import * as path from 'node:path';
import { suites } from './registry';

/** `npm run bench [-- --json] [-- --only NAME]`: prints figures; with --json the last stdout line is one JSON object. */
export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? argv[onlyIndex + 1]?.split(',') : undefined;
  const dataDir = path.resolve(__dirname, '..', '.bench-data');
  fs.mkdirSync(dataDir, { recursive: true });
  const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
  const results: Record<string, number> = {};
  for (const suite of suites) {
    if (only && !only.includes(suite.name)) continue;
    log(`== ${suite.name}`);
    Object.assign(results, await suite.run({ log, dataDir }));
  }
  if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
  else log(`\n${JSON.stringify(results, null, 2)}`);
  return 0;
}
