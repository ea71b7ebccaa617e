import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../main';
import { CliIO } from '../io';

/** The story date of the example ledgers (templates/examples/build-examples.ts). */
export const EXAMPLES_TODAY = '2025-12-31';

/** The example ledgers (.xlsx, .csv; not Excel's ~$ lock files), in the order every demo step reads them; none without the folder. */
export function exampleLedgers(root: string): string[] {
  const dir = path.join(root, 'templates', 'examples');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(xlsx|csv)$/i.test(f) && !f.startsWith('~$'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The demo step 检查示例台账: runs `ogi check` on each example and writes its register to out/. */
export const checkDemoStep = {
  title: '检查示例台账（ogi check，今天按 2025-12-31）',
  async run(ctx: { root: string; outDir: string; log(line: string): void }): Promise<void> {
    const io: CliIO = {
      out: (text) =>
        text
          .replace(/\n$/, '')
          .split('\n')
          .forEach((line) => ctx.log(line)),
      err: (text) => process.stderr.write(text),
      isTTY: false,
      cwd: ctx.root,
    };
    for (const file of exampleLedgers(ctx.root)) {
      const code = await main(['check', path.relative(ctx.root, file), '--today', EXAMPLES_TODAY, '--out', ctx.outDir], io);
      ctx.log(`（退出码 ${code}：${code === 1 ? '发现错误，示例中有意留下的问题' : code === 0 ? '无错误' : '文件无法使用'}）\n`);
    }
  },
};
