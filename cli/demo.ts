import * as fs from 'node:fs';
import * as path from 'node:path';
import { demoSteps } from './demoSteps';

/** `npm run demo`: runs the main jobs on the bundled example ledgers and writes to `out/`. */
export async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const outDir = path.join(root, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  for (const step of demoSteps) {
    process.stdout.write(`\n=== ${step.title}\n`);
    await step.run({ root, outDir, log: (line) => process.stdout.write(`${line}\n`) });
  }
  process.stdout.write(`\n完成：结果在 ${path.relative(process.cwd(), outDir) || '.'}/ 中。\n`);
  return 0;
}
