import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

jest.setTimeout(60_000);

interface Linted {
  file: string;
  messages: Array<{ line: number; rule: string; message: string }>;
}

/** The boundary findings for source text placed at each path (the layer table of docs/architecture.md). */
function lintImports(files: Array<{ file: string; code: string }>): Linted[] {
  const out = execFileSync(process.execPath, [join(__dirname, 'lintImports.mjs'), JSON.stringify(files)], { encoding: 'utf8' });
  return JSON.parse(out) as Linted[];
}

const importing = (...paths: string[]) => paths.map((p, i) => `import * as m${i} from '${p}';`).join('\n') + '\nexport {};\n';

describe('the layer table as an import rule (npm run lint)', () => {
  const [coreFile, webFile, cliFile, reportsFile, viewsFile, excelFile] = lintImports([
    {
      file: 'core/dates/probe.ts',
      code: importing(
        './calendarDate',
        '../../templates/presets/national.json',
        '../../web/messages',
        '../../reports/render/pdf',
        '../../templates/examples/build-examples',
      ),
    },
    {
      file: 'web/probe.ts',
      code: importing('../pane/host', '../core/dates', '../reports/render/pdf', '../addin/excel/excelHost', '../cli/main'),
    },
    {
      file: 'cli/probe.ts',
      code: importing('../core/dates', '../reports/render/pdf', '../templates/examples/build-examples', '../pane/host', '../web/messages'),
    },
    { file: 'reports/probe.ts', code: importing('../core/dates', '../templates/notices/common.json', '../pane/host', '../cli/fonts') },
    {
      file: 'pane/probe.ts',
      code: importing('../core/dates', '../reports/render/pdf', '../addin/excel/excelHost', '../web/messages'),
    },
    { file: 'addin/excel/probe.ts', code: importing('../../pane/host', '../../core/dates', '../../web/fileHost') },
  ]);
  const refused = (linted: Linted) => linted.messages.map((m) => m.line);

  it('core imports core and the JSON data of templates/, nothing of a face, of reports or of a script', () => {
    expect(refused(coreFile!)).toEqual([3, 4, 5]);
    expect(coreFile!.messages[0]!.message).toContain('"core" to elements of type "web"');
  });

  it('a host never imports another host; the page may use the shared views', () => {
    expect(refused(webFile!)).toEqual([4, 5]);
    expect(refused(excelFile!)).toEqual([3]);
  });

  it('cli uses core, reports and templates, no host and not the views', () => {
    expect(refused(cliFile!)).toEqual([4, 5]);
  });

  it('reports use only core (and the data of templates/); the views only core and reports', () => {
    expect(refused(reportsFile!)).toEqual([3, 4]);
    expect(refused(viewsFile!)).toEqual([3, 4]);
  });
});
