import { renderWorkspace } from '../../web/workspaceView';
import type { OpenedFile, WorkspaceSummary } from '../../web/protocol';
import { FakeElement, installFakeDom, shownTexts } from '../pane/fakeDom';

installFakeDom();

function file(fileName: string, recognised: OpenedFile['recognised']): OpenedFile {
  return {
    fileName,
    format: 'xlsx',
    sheets: recognised.map((r) => ({ name: `${fileName} › ${r.sheet}`, rows: 3, columns: 4, ours: r.as === 'settings' })),
    recognised,
    hasSettings: recognised.some((r) => r.as === 'settings'),
    findings: [],
  };
}

const TWO: WorkspaceSummary = {
  files: [
    file('申请台账.xlsx', [
      { sheet: '2025年', as: 'applications' },
      { sheet: '复议', as: 'appeals' },
      { sheet: '说明', as: 'none' },
    ]),
    file('目录.xlsx', [
      { sheet: '目录', as: 'catalogue' },
      { sheet: '设置', as: 'settings' },
    ]),
  ],
  settingsFrom: '目录.xlsx',
  findings: [
    {
      sheet: '副本.xlsx › 设置',
      row: null,
      column: null,
      field: null,
      severity: 'warning',
      code: 'settings.conflict',
      message: '副本.xlsx 的“设置”工作表与 目录.xlsx 的不一致',
    },
  ],
};

describe('the list of open files', () => {
  it('shows each file with what its sheets are, where the settings come from and what disagrees; 关闭 names its file', () => {
    const root = new FakeElement('section');
    const closed: string[] = [];
    renderWorkspace(root as unknown as HTMLElement, TWO, (name) => closed.push(name));
    expect((root as unknown as { hidden: boolean }).hidden).toBe(false);
    const items = root.all().filter((e) => e.getAttribute('class') === 'open-file');
    expect(items.map((e) => e.getAttribute('data-file'))).toEqual(['申请台账.xlsx', '目录.xlsx']);
    expect(shownTexts(items[0])).toEqual([
      '申请台账.xlsx',
      '2025年：依申请公开台账；复议：复议诉讼台账；说明：未识别为台账',
      '关闭',
      '关闭 申请台账.xlsx',
    ]);
    expect(shownTexts(items[1])).toContain('目录：主动公开目录；设置：设置');
    const texts = shownTexts(root);
    expect(texts).toContain('设置取自 目录.xlsx 的“设置”工作表。');
    expect(texts).toContain('副本.xlsx 的“设置”工作表与 目录.xlsx 的不一致');
    const button = items[1].all().find((e) => e.tagName === 'button');
    button?.click();
    expect(closed).toEqual(['目录.xlsx']);
  });

  it('is hidden with no file open, and says the defaults are used when no file has a 设置 sheet', () => {
    const root = new FakeElement('section');
    renderWorkspace(root as unknown as HTMLElement, { files: [], findings: [] }, () => undefined);
    expect((root as unknown as { hidden: boolean }).hidden).toBe(true);
    renderWorkspace(root as unknown as HTMLElement, { files: [TWO.files[0]], findings: [] }, () => undefined);
    expect((root as unknown as { hidden: boolean }).hidden).toBe(false);
    expect(shownTexts(root).join('')).toContain('都没有“设置”工作表，使用默认设置');
  });
});
