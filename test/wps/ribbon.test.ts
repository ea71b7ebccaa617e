import * as fs from 'node:fs';
import * as path from 'node:path';
import { RIBBON_BUTTONS, openPane } from '../../wps/ribbon';
import type { EtApplication, EtTaskPane } from '../../wps/etApi';

function app(withNavigate: boolean) {
  const store = new Map<string, string>();
  const panes: Array<EtTaskPane & { url: string; id: number }> = [];
  const application = {
    ActiveWorkbook: null,
    PluginStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
    CreateTaskPane(url: string) {
      const pane = {
        url,
        id: panes.length + 1,
        ID: panes.length + 1,
        Visible: false,
        ...(withNavigate ? { Navigate: (u: string) => (pane.url = u) } : {}),
      };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id: unknown) => panes.find((p) => String(p.ID) === String(id)) ?? null,
  } satisfies EtApplication;
  return { application, panes };
}

describe('the WPS ribbon', () => {
  it('has the four buttons of the Excel ribbon, each opening the pane at its view', () => {
    const xml = fs.readFileSync(path.join(__dirname, '../../wps/ribbon.xml'), 'utf8');
    expect(xml.startsWith('<customUI')).toBe(true);
    const ids = [...xml.matchAll(/<button id="(\w+)" label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(ids).toEqual([
      ['ogiCheck', '检查台账'],
      ['ogiDeadlines', '期限提醒'],
      ['ogiReports', '生成报表'],
      ['ogiForms', '打印表单'],
    ]);
    // The same labels as manifest.xml's.
    const manifest = fs.readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');
    for (const [, label] of ids) expect(manifest).toContain(`DefaultValue="${label}"`);
    expect(Object.keys(RIBBON_BUTTONS)).toEqual(ids.map(([id]) => id));
    // Every callback ribbon.xml names is one main.ts defines.
    const main = fs.readFileSync(path.join(__dirname, '../../wps/main.ts'), 'utf8');
    for (const cb of new Set([...xml.matchAll(/(?:onLoad|onAction|getImage)="(\w+)"/g)].map((m) => m[1]))) expect(main).toContain(`${cb}:`);
  });

  it('opens the task pane once and re-points it on the next click', () => {
    const { application, panes } = app(true);
    expect(openPane(application, 'http://127.0.0.1:3000/wps/index.html', 'check')).toBe(true);
    expect(openPane(application, 'http://127.0.0.1:3000/wps/index.html', 'reports')).toBe(true);
    expect(panes).toHaveLength(1);
    expect(panes[0]).toMatchObject({ url: 'http://127.0.0.1:3000/wps/taskpane.html?view=reports', Visible: true });
  });

  it('opens a new pane where an existing one cannot navigate', () => {
    const { application, panes } = app(false);
    openPane(application, 'http://127.0.0.1:3000/wps/', 'check');
    openPane(application, 'http://127.0.0.1:3000/wps/', 'forms');
    expect(panes.map((p) => p.url)).toEqual([
      'http://127.0.0.1:3000/wps/taskpane.html?view=check',
      'http://127.0.0.1:3000/wps/taskpane.html?view=forms',
    ]);
  });
});
