import * as fs from 'node:fs';
import * as path from 'node:path';
import { Session } from '../../web/session';
import { readLedgerFile } from '../../cli/readers';

jest.setTimeout(30_000);

const EXAMPLES = path.resolve(__dirname, '../../templates/examples');

describe('the page reads a workbook as the CLI does', () => {
  for (const name of ['某街道依申请公开登记台账2025.xlsx', '某区某某局主动公开目录2025.xlsx']) {
    it(`gives the same cells and merges for ${name} (merged ranges hold their value in the top-left cell only)`, async () => {
      const file = path.join(EXAMPLES, name);
      const cli = await readLedgerFile(file);
      if (!cli.ok) throw new Error(cli.message);
      const bytes = fs.readFileSync(file);
      const session = new Session();
      await session.open({ fileName: name, bytes: new Uint8Array(bytes).buffer }, () => undefined);
      const ours = session.grids();
      expect(ours.map((g) => g.sheet)).toEqual(cli.grids.map((g) => g.sheet));
      ours.forEach((g, i) => {
        const trim = (rows: ReadonlyArray<ReadonlyArray<unknown>>) => rows.map((r) => {
          const copy = [...r];
          while (copy.length > 0 && (copy[copy.length - 1] === null || copy[copy.length - 1] === undefined)) copy.pop();
          return copy;
        });
        expect(trim(g.rows)).toEqual(trim(cli.grids[i].rows));
        expect(g.merges).toEqual(cli.grids[i].merges);
      });
      expect(session.readSettingsSheet()).toBe(cli.settingsSheet ?? null);
    });
  }
});
