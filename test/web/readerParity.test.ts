import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Session } from '../../web/session';
import { readLedgerFile } from '../../cli/readers';
import { craftedFiles } from '../helpers/craftedWorkbooks';

jest.setTimeout(30_000);

const EXAMPLES = path.resolve(__dirname, '../../templates/examples');
const LIBREOFFICE = path.resolve(__dirname, '../fixtures/workbooks/libreoffice-ledger.xlsx');

async function bothFaces(file: string) {
  const cli = await readLedgerFile(file);
  if (!cli.ok) throw new Error(cli.message);
  const session = new Session();
  const opened = await session.open(
    { fileName: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)).buffer },
    () => undefined,
  );
  return { cli, session, opened };
}

describe('the page reads a workbook as the CLI does (one reader, core/workbook)', () => {
  for (const file of [
    path.join(EXAMPLES, '某街道依申请公开登记台账2025.xlsx'),
    path.join(EXAMPLES, '某区某某局主动公开目录2025.xlsx'),
    LIBREOFFICE,
  ]) {
    it(`gives the same sheets, cells, merges, settings sheet and reader findings for ${path.basename(file)}`, async () => {
      const { cli, session, opened } = await bothFaces(file);
      const ours = session.grids();
      expect(ours.map((g) => g.sheet)).toEqual(cli.grids.map((g) => g.sheet));
      ours.forEach((g, i) => {
        expect(g.rows).toEqual(cli.grids[i].rows);
        expect(g.merges).toEqual(cli.grids[i].merges);
      });
      expect(session.readSettingsSheet()).toEqual(cli.settingsSheet ?? null);
      expect(opened.findings).toEqual(cli.findings);
    });
  }

  it.each([
    ['sst.xlsx', craftedFiles.sharedStringOutOfRange, 'cell.sharedString.missing'],
    ['quote-e.xlsx', craftedFiles.singleQuotedError, 'cell.error'],
    ['dup.xlsx', craftedFiles.duplicateSheetNames, 'sheet.name.duplicate'],
  ])('names the same problem in crafted %s', async (name, make, code) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-parity-')), name);
    fs.writeFileSync(file, make());
    const { cli, opened } = await bothFaces(file);
    expect(opened.findings.map((f) => f.code)).toContain(code);
    expect(opened.findings).toEqual(cli.findings);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('refuses a DTD with the CLI message', async () => {
    const session = new Session();
    const bytes = craftedFiles.doctypeEntity();
    await expect(session.open({ fileName: 'dtd.xlsx', bytes: bytes.slice().buffer }, () => undefined)).rejects.toThrow(/DTD/);
  });
});
