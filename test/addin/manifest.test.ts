/**
 * Offline structure checks of manifest.xml (`npm run validate` needs the internet): an Excel
 * task-pane add-in with a 政务公开 ribbon group whose buttons open the pane at each view.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VIEWS } from '../../pane/controller';

// xml2js comes with office-addin-manifest (the validator); typed here for the few calls we make.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js = require('xml2js') as { parseStringPromise(xml: string, opts?: object): Promise<XmlNode> };
type XmlNode = { [key: string]: unknown };

const ROOT = path.resolve(__dirname, '../..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** All elements named `name` anywhere under `node`. */
function all(node: unknown, name: string, out: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as XmlNode)) {
      if (k === name) (Array.isArray(v) ? v : [v]).forEach((x) => out.push(x as XmlNode));
      if (k !== '$') all(v, name, out);
    }
  }
  return out;
}
const attr = (n: XmlNode, a: string): string => (n.$ as Record<string, string> | undefined)?.[a] ?? '';

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  let doc: XmlNode;
  beforeAll(async () => {
    doc = await xml2js.parseStringPromise(xml);
  });

  it('is an Excel workbook task-pane add-in with read/write access, zh-CN first and ExcelApi 1.1', () => {
    const app = doc.OfficeApp as XmlNode;
    expect(attr(app, 'xsi:type')).toBe('TaskPaneApp');
    expect((app.DefaultLocale as string[])[0]).toBe('zh-CN');
    expect((app.Permissions as string[])[0]).toBe('ReadWriteDocument');
    expect(all(app.Hosts, 'Host').map((h) => attr(h, 'Name'))).toEqual(['Workbook']);
    const set = all(app.Requirements, 'Set')[0];
    expect([attr(set, 'Name'), attr(set, 'MinVersion')]).toEqual(['ExcelApi', '1.1']);
    expect(attr((app.DisplayName as XmlNode[])[0], 'DefaultValue')).toBe('政务公开台账助手');
    expect(all(app.DisplayName, 'Override').map((o) => attr(o, 'Locale'))).toEqual(['en-US']);
    expect(/^[0-9a-f-]{36}$/.test((app.Id as string[])[0])).toBe(true);
  });

  it('has a 政务公开 group with four buttons, each opening the pane at its view', () => {
    const strings = new Map(all(doc, 'bt:String').map((s) => [attr(s, 'id'), attr(s, 'DefaultValue')]));
    const urls = new Map(all(doc, 'bt:Url').map((s) => [attr(s, 'id'), attr(s, 'DefaultValue')]));
    const group = all(doc, 'Group')[0];
    expect(strings.get(attr(all(group, 'Label')[0], 'resid'))).toBe('政务公开');
    const controls = all(group, 'Control');
    const labels = controls.map((c) => strings.get(attr(all(c, 'Label')[0], 'resid')));
    expect(labels).toEqual(['检查台账', '期限提醒', '生成报表', '打印表单']);
    const views = controls.map((c) => {
      const action = all(c, 'Action')[0];
      expect(attr(action, 'xsi:type')).toBe('ShowTaskpane');
      const url = urls.get(attr(all(action, 'SourceLocation')[0], 'resid')) ?? '';
      return new URL(url).searchParams.get('view');
    });
    expect(views).toEqual(['check', 'deadlines', 'reports', 'forms']);
    for (const v of views) expect(VIEWS).toContain(v);
  });

  it('defines every resource it references, with en-US overrides for the ribbon strings', () => {
    const defined = new Set([...all(doc, 'bt:String'), ...all(doc, 'bt:Url'), ...all(doc, 'bt:Image')].map((s) => attr(s, 'id')));
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(defined).toContain(id);
    for (const s of all(doc, 'bt:String')) expect(all(s, 'bt:Override').map((o) => attr(o, 'Locale'))).toEqual(['en-US']);
  });

  it('uses our own 16/32/80 px icons, which exist at those sizes', () => {
    const images = all(doc, 'bt:Image').filter((i) => attr(i, 'id'));
    for (const img of images) {
      const url = new URL(attr(img, 'DefaultValue'));
      const size = Number(/icon-(\d+)\.png$/.exec(url.pathname)?.[1]);
      expect(pngSize(path.join(ROOT, url.pathname))).toEqual({ width: size, height: size });
    }
    expect(images.map((i) => attr(i, 'id'))).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.80x80']);
  });

  it('points every URL at the dev server, which the production build replaces', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { manifestTransform, DEV_URL } = require('../../webpack.config.js') as {
      manifestTransform(dev: boolean): (c: Buffer) => string;
      DEV_URL: string;
    };
    const urls = [...xml.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('https://localhost:3000'));
    expect(urls.every((u) => u.startsWith('http://schemas.microsoft.com') || u.startsWith('https://localhost'))).toBe(true);
    const saved = process.env.ADDIN_URL;
    process.env.ADDIN_URL = 'https://intranet.example/ogi/';
    const prod = manifestTransform(false)(Buffer.from(xml));
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
    expect(prod).not.toContain(DEV_URL);
    expect(prod).toContain('https://intranet.example/ogi/taskpane.html?view=check');
    expect(manifestTransform(true)(Buffer.from(xml)).toString()).toBe(xml);
  });
});
