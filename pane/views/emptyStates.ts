/**
 * Empty states: before a workbook is open or a ledger checked, each view says what to open and what
 * it will then show — in the words of its face (the page opens files, the add-in works on the open workbook).
 */
import { h } from '../dom';
import type { ViewId } from '../viewIds';
import type { PaneState } from '../state';
import type { HostCapabilities } from '../host';

type Face = HostCapabilities['kind'];

const OPEN: Record<Face, string> = {
  file: '先点上方的“打开台账文件”，选择依申请公开台账、主动公开目录或复议诉讼台账（.xlsx 或 .csv，可以先后打开几个文件）。文件只在本机处理。',
  excel: '在 Excel 中打开含台账的工作簿（依申请公开台账、主动公开目录或复议诉讼台账），助手会列出它的工作表。',
};

/** What each view shows once there is something to show. */
const WILL: Record<ViewId, string> = {
  workbench: '打开后助手自动检查，这里列出今日逾期、今日到期和即将到期的件数，以及每件未办结申请的期限和可出具的文书。',
  check: '选择台账工作表，点“运行检查”：每个问题列出申请编号、字段和单元格，点一下就能看到那一行。',
  deadlines: '检查依申请公开台账后，这里按已逾期、即将到期、办理中列出未办结的申请和“为什么是这一天”。',
  reports: '检查台账后，可在这里生成政府信息公开工作年度报告（表一至表四）和月度统计。',
  forms: '检查台账后，可在这里为选中的申请出具告知书，或为主动公开目录生成移交清单。',
  settings: '打开工作簿后，这里显示本单位的名称、承办科室和节假日设置，并可保存到工作簿中。',
};

const CHECK_FIRST: Partial<Record<ViewId, string>> = {
  deadlines: '还没有检查过台账，所以这里还没有期限。点“检查全部台账”，或在「检查」中检查依申请公开台账。',
  reports: '还没有检查过台账：报表的数字来自已检查的台账。先在「检查」或「工作台」中检查。',
  forms: '还没有检查过台账：告知书和移交清单用已检查台账中的记录。先在「检查」或「工作台」中检查。',
};

/** The empty state of `view`, or null when the view has something to show. */
export function emptyState(view: ViewId, state: PaneState, face: Face): HTMLElement | null {
  if (state.busy) return null;
  if (state.sheets.length === 0) {
    return h(
      'div',
      { class: 'ogi-empty', id: 'ogi-empty', role: 'note' },
      h('p', { class: 'ogi-empty-title' }, face === 'file' ? '还没有打开文件' : '工作簿中还没有台账'),
      h('p', {}, OPEN[face]),
      h('p', { class: 'ogi-hint' }, WILL[view]),
    );
  }
  const text = state.checked.size === 0 ? CHECK_FIRST[view] : undefined;
  return text ? h('div', { class: 'ogi-empty', id: 'ogi-empty', role: 'note' }, h('p', {}, text)) : null;
}
