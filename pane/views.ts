/**
 * The five views of the pane as DOM, rendered from the controller's state. Framework-free; Fluent
 * look from pane.css; every control is a real button/input/select so keyboards and screen readers work.
 */
import { h } from './dom';
import { MSG } from './messages';
import type { PaneController, DeadlineItem } from './controller';
import type { Finding } from '../core/findings';
import type { AnyRegister } from '../core/register/types';
import { HEADER_TABLES } from '../core/ledger';
import { presetNames, loadPreset } from '../core/presets';
import { RECIPIENTS, type Recipient } from '../reports/documents/transfer/model';
import { isCalendarDate, type CalendarDate } from '../core/dates';
import { PROCEDURAL_KINDS, PROCEDURAL_LABELS, type NoticeKind } from '../reports/documents/notices/kinds';
import type { Settings } from '../core/settings/schema';
import { noticeBox } from './noticeBox';

// The answer chosen from the register, then every procedural notice from the one list of kinds.
const NOTICE_LABELS: ReadonlyArray<[NoticeKind | 'reply', string]> = [
  ['reply', '答复书（按答复类型）'],
  ...PROCEDURAL_KINDS.map((k): [NoticeKind, string] => [k, PROCEDURAL_LABELS[k]]),
];

function fieldLabel(field: string): string {
  for (const table of Object.values(HEADER_TABLES)) {
    const label = (table as { labels: Record<string, string> }).labels[field];
    if (label) return label;
  }
  return field || MSG.noField;
}

function button(
  label: string,
  onClick: () => void,
  opts: { id?: string; primary?: boolean; disabled?: boolean; title?: string } = {},
): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      id: opts.id,
      class: opts.primary ? 'ogi-btn ogi-btn-primary' : 'ogi-btn',
      disabled: opts.disabled,
      title: opts.title,
      onclick: () => onClick(),
    },
    label,
  );
}

/** 检查 */
export function checkView(pane: PaneController): HTMLElement {
  const sheetSelect = h(
    'select',
    { id: 'ogi-sheet', 'aria-label': '工作表', onchange: (e) => pane.check.selectSheet((e.target as HTMLSelectElement).value) },
    ...pane.state.sheets.map((s) =>
      h(
        'option',
        { value: s.name, selected: s.name === pane.state.selectedSheet },
        `${s.name}${s.ours ? '（本助手生成）' : ''}（${s.rows} 行）`,
      ),
    ),
  );
  const current = pane.check.current();
  const register = current?.outcome.register;
  const caps = pane.host.capabilities;
  const parts: Array<Node | null> = [
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-sheet' }, '台账工作表'), sheetSelect),
    h(
      'div',
      { class: 'ogi-actions' },
      button('运行检查', () => void pane.check.run(), { id: 'ogi-run-check', primary: true, disabled: pane.state.busy }),
      pane.state.busy ? button('取消', () => pane.check.cancel(), { id: 'ogi-cancel' }) : null,
      !caps.liveChecks && current
        ? button('重新检查', () => void pane.check.run(), { id: 'ogi-recheck', disabled: pane.state.busy })
        : null,
    ),
    pane.state.progress
      ? h(
          'div',
          { class: 'ogi-progress' },
          h('progress', {
            id: 'ogi-progress',
            max: pane.state.progress.totalRows,
            value: pane.state.progress.rowsRead,
            'aria-label': '读取进度',
          }),
          h('span', {}, MSG.progress(pane.state.progress.rowsRead, pane.state.progress.totalRows)),
        )
      : null,
  ];
  if (current && register) {
    parts.push(h('p', { class: 'ogi-hint' }, caps.liveChecks ? (pane.state.watching ? MSG.liveOn : '') : MSG.liveOff));
    parts.push(mappingEditor(pane));
    parts.push(
      h(
        'div',
        { class: 'ogi-actions' },
        button('在原表标注', () => void pane.check.markInPlace(), { id: 'ogi-mark', disabled: pane.state.busy || !caps.markInPlace }),
        button('清除标注', () => void pane.check.clearMarks(), { id: 'ogi-clear', disabled: pane.state.busy || !caps.markInPlace }),
        button('写入登记表', () => void pane.check.writeRegister(), { id: 'ogi-write-register', disabled: pane.state.busy }),
      ),
    );
  }
  if (current) parts.push(findingsList(pane));
  return h('div', {}, ...parts);
}

function mappingEditor(pane: PaneController): HTMLElement {
  const register = pane.check.current()?.outcome.register;
  if (!register) return h('div');
  const fields = (HEADER_TABLES as Record<string, { fields: readonly string[] }>)[register.kind]?.fields ?? Object.keys(register.mapping);
  const rows = fields.map((field) => {
    const id = `ogi-map-${field}`;
    const input = h('input', {
      id,
      class: 'ogi-col',
      value: register.mapping[field] ?? '',
      size: 3,
      maxlength: 3,
      pattern: '[A-Za-z]{1,3}',
      'aria-label': `${fieldLabel(field)} 所在列`,
    });
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('label', { for: id }, fieldLabel(field))),
      h('td', {}, input),
      h(
        'td',
        {},
        button('应用', () => void pane.settings.overrideColumn(field, input.value.trim()), { disabled: pane.state.busy }),
      ),
    );
  });
  return h(
    'details',
    { class: 'ogi-mapping', id: 'ogi-mapping' },
    h(
      'summary',
      {},
      `列对应关系（表头在第 ${register.headerRow} 行，${register.kind === 'applications' ? '依申请公开台账' : register.kind === 'catalogue' ? '主动公开目录' : '复议诉讼台账'}）`,
    ),
    h('p', { class: 'ogi-hint' }, '填写列字母（如 C）后按「应用」，对应关系保存到「设置」工作表；留空则恢复自动识别。'),
    h('table', { class: 'ogi-table' }, h('tbody', {}, ...rows)),
  );
}

function findingsList(pane: PaneController): HTMLElement {
  const groups = pane.check.groups();
  const caseOf = caseNames(pane.check.current()?.outcome.register);
  if (groups.length === 0) return h('p', { class: 'ogi-ok', id: 'ogi-no-findings' }, '未发现问题。');
  return h(
    'div',
    { class: 'ogi-findings', id: 'ogi-findings' },
    ...groups.map((g) =>
      h(
        'details',
        { class: `ogi-group ogi-${g.severity}`, open: g.severity === 'error' },
        h('summary', {}, `${MSG.severity[g.severity]}（${g.count}）`),
        ...g.fields.map((f) =>
          h(
            'details',
            { class: 'ogi-field-group', open: g.fields.length <= 3 },
            h('summary', {}, `${fieldLabel(f.field)}（${f.findings.length}）`),
            h(
              'ul',
              { class: 'ogi-list' },
              ...f.findings.slice(0, 500).map((x) => h('li', {}, findingButton(pane, x, caseOf))),
              f.findings.length > 500 ? h('li', {}, `另有 ${f.findings.length - 500} 条，见「检查结果」工作表。`) : null,
            ),
          ),
        ),
      ),
    ),
  );
}

/** Each data row's case, as a clerk names it: 申请编号, 信息名称 or 案件编号. */
export function caseNames(register: AnyRegister | undefined): ReadonlyMap<number, string> {
  const names = new Map<number, string>();
  for (const r of register?.records ?? []) {
    const name = 'appNo' in r && r.appNo ? r.appNo : 'title' in r && r.title ? r.title : 'caseNo' in r && r.caseNo ? r.caseNo : '';
    if (name) names.set(r.source.row, name);
  }
  return names;
}

function findingButton(pane: PaneController, f: Finding, caseOf: ReadonlyMap<number, string>): HTMLElement {
  const where = f.row !== null && f.column !== null ? `${f.column}${f.row}` : '整表';
  const name = f.row !== null ? caseOf.get(f.row) : undefined;
  const subject = [name, f.field ? fieldLabel(f.field) : ''].filter(Boolean).join(' · ');
  return h(
    'button',
    {
      type: 'button',
      class: 'ogi-finding',
      'data-address': where,
      onclick: () => void pane.check.selectFinding(f),
    },
    h('span', { class: 'ogi-address' }, where),
    ' ',
    subject ? h('span', { class: 'ogi-case-name' }, `${subject}：`) : null,
    f.message,
  );
}

/** 期限 */
export function deadlinesView(pane: PaneController): HTMLElement {
  const d = pane.deadlines.grouped();
  const total = d.overdue.length + d.dueSoon.length + d.inProgress.length;
  if (total === 0) {
    return h(
      'div',
      {},
      h('p', { class: 'ogi-hint' }, MSG.noDeadlines),
      button('检查全部台账', () => void pane.check.checkAll(), { id: 'ogi-check-all', disabled: pane.state.busy }),
    );
  }
  const section = (key: keyof typeof d, items: DeadlineItem[]) =>
    h(
      'section',
      { class: `ogi-deadlines ogi-${key}` },
      h('h3', {}, `${MSG.deadlineGroups[key]}（${items.length}）`),
      h(
        'ul',
        { class: 'ogi-list' },
        ...items
          .slice(0, 300)
          .map((it) =>
            h(
              'li',
              { class: 'ogi-deadline' },
              h(
                'div',
                {},
                h(
                  'button',
                  { type: 'button', class: 'ogi-link', onclick: () => void pane.deadlines.select(it) },
                  it.appNo || `第 ${it.row} 行`,
                ),
                ` 期限 ${it.due ?? '—'} · ${it.status === '已逾期' ? '' : `${it.status} · `}${MSG.daysLeft(it.workdaysLeft)}${it.uncertain ? MSG.uncertain : ''}`,
              ),
              h('details', {}, h('summary', {}, MSG.why), h('ol', {}, ...it.steps.map((s) => h('li', {}, s)))),
            ),
          ),
      ),
    );
  return h('div', {}, section('overdue', d.overdue), section('dueSoon', d.dueSoon), section('inProgress', d.inProgress));
}

/** 报表 */
export function reportsView(pane: PaneController): HTMLElement {
  const year = h('input', {
    id: 'ogi-year',
    type: 'number',
    min: 2008,
    max: 2100,
    value: pane.state.annual?.model.year ?? new Date().getFullYear() - 1,
  });
  const delivery = pane.host.capabilities.delivery[0];
  const pdfLabel = delivery === 'browserWindow' ? '在浏览器中打开 PDF' : '下载 PDF';
  const annual = pane.state.annual;
  return h(
    'div',
    {},
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-year' }, '年度'), year),
    h(
      'div',
      { class: 'ogi-actions' },
      button('生成年报统计表', () => void pane.reports.annual(Number(year.value)), {
        id: 'ogi-annual',
        primary: true,
        disabled: pane.state.busy,
      }),
    ),
    annual
      ? h(
          'div',
          { id: 'ogi-annual-result' },
          h(
            'p',
            {},
            `已写入工作表「${annual.sheet ?? ''}」。` +
              (annual.model.table3.rows.new[6] === null || annual.model.table3.rows.new[6] === undefined
                ? '表三未提供（没有依申请公开登记台账），报告不完整。'
                : `新收申请 ${annual.model.table3.rows.new[6]} 件，结转下年 ${annual.model.table3.rows.carry_out[6] ?? 0} 件。`),
          ),
          h(
            'ul',
            { class: 'ogi-list ogi-checks' },
            ...annual.model.checks.filter((c) => !c.ok).map((c) => h('li', { class: 'ogi-error' }, c.message)),
          ),
          h(
            'div',
            { class: 'ogi-actions' },
            button(pdfLabel, () => void pane.jobs.deliverPdf({ kind: 'annual', model: annual.model }), {
              id: 'ogi-annual-pdf',
              disabled: pane.state.busy,
            }),
            delivery === 'download'
              ? button('下载 Excel', () => void pane.reports.annualXlsx(), { id: 'ogi-annual-xlsx', disabled: pane.state.busy })
              : null,
          ),
        )
      : null,
  );
}

/** 表单 */
export function formsView(pane: PaneController): HTMLElement {
  const recipient = h('select', { id: 'ogi-recipient' }, ...RECIPIENTS.map((r) => h('option', { value: r }, r)));
  const from = h('input', { id: 'ogi-from', type: 'date' });
  const until = h('input', { id: 'ogi-until', type: 'date' });
  const kind = h('select', { id: 'ogi-notice-kind' }, ...NOTICE_LABELS.map(([k, label]) => h('option', { value: k }, label)));
  const date = (input: HTMLInputElement): CalendarDate | undefined => (isCalendarDate(input.value) ? input.value : undefined);
  return h(
    'div',
    {},
    h('h3', {}, '移交表'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-recipient' }, '接收单位'), recipient),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-from' }, '起始日期'), from),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-until' }, '截止日期'), until),
    h('p', { class: 'ogi-hint' }, '不填日期时列出所有尚未送交（无送交日期）的条目。'),
    h(
      'div',
      { class: 'ogi-actions' },
      button(
        '生成移交表 PDF',
        () => {
          void pane.forms.transferJobAll(recipient.value as Recipient, date(from), date(until)).then((job) => {
            if (job) void pane.jobs.deliverPdf(job);
          });
        },
        { id: 'ogi-transfer', primary: true, disabled: pane.state.busy },
      ),
      button(
        '写入工作表',
        () => {
          void pane.forms.transferJobAll(recipient.value as Recipient, date(from), date(until)).then((job) => {
            if (job) void pane.jobs.writeSheet(job);
          });
        },
        { id: 'ogi-transfer-sheet', disabled: pane.state.busy },
      ),
      button(
        '生成草稿',
        () => {
          void pane.forms.transferJobAll(recipient.value as Recipient, date(from), date(until), true).then((job) => {
            if (job) void pane.jobs.deliverPdf(job);
          });
        },
        { id: 'ogi-transfer-draft', disabled: pane.state.busy },
      ),
    ),
    h('h3', {}, '告知书'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-notice-kind' }, '文书类型'), kind),
    h('p', { class: 'ogi-hint' }, '先在已检查的依申请公开台账中选中申请所在的行。'),
    h(
      'div',
      { class: 'ogi-actions' },
      button(
        '为选中行生成 PDF',
        () =>
          void pane.forms.noticeJob(kind.value as NoticeKind | 'reply').then((job) => {
            if (job) void pane.jobs.deliverPdf(job);
          }),
        { id: 'ogi-notice', disabled: pane.state.busy },
      ),
      button(
        '写入工作表',
        () =>
          void pane.forms.noticeJob(kind.value as NoticeKind | 'reply').then((job) => {
            if (job) void pane.jobs.writeSheet(job);
          }),
        { id: 'ogi-notice-sheet', disabled: pane.state.busy },
      ),
      button(
        '生成草稿',
        () =>
          void pane.forms.noticeJob(kind.value as NoticeKind | 'reply', undefined, true).then((job) => {
            if (job) void pane.jobs.deliverPdf(job);
          }),
        { id: 'ogi-notice-draft', disabled: pane.state.busy },
      ),
    ),
  );
}

const OFFICE_FIELDS: ReadonlyArray<[keyof Settings['office'], string]> = [
  ['name', '机关全称'],
  ['code', '机构代码'],
  ['abbreviation', '机关代字'],
  ['address', '地址'],
  ['postcode', '邮政编码'],
  ['phone', '联系电话'],
  ['email', '电子邮箱'],
  ['sealText', '印章文字'],
  ['principal', '单位主要负责人'],
  ['reviewBody', '复议机关'],
  ['court', '管辖法院'],
  ['publicAccess', '主动公开获取途径'],
];

/** 设置 */
export function settingsView(pane: PaneController): HTMLElement {
  const s = pane.state.settings;
  const inputs = OFFICE_FIELDS.map(([key, label]) => {
    const input = h('input', { id: `ogi-set-${key}`, value: s.office[key] });
    return { key, input, row: h('div', { class: 'ogi-field' }, h('label', { for: `ogi-set-${key}` }, label), input) };
  });
  const presetLabel = (name: string) => {
    try {
      return `${loadPreset(name).label}（${name}）`;
    } catch {
      return name;
    }
  };
  const preset = h(
    'select',
    { id: 'ogi-set-preset' },
    ...presetNames().map((p) => h('option', { value: p, selected: p === s.preset }, presetLabel(p))),
  );
  const offDays = h('textarea', { id: 'ogi-set-off', rows: 2 }, s.calendar.offDays.join('，'));
  const workdays = h('textarea', { id: 'ogi-set-work', rows: 2 }, s.calendar.workdays.join('，'));
  const list = (t: HTMLTextAreaElement) => t.value.split(/[,，、;；\s]+/).filter(Boolean);
  const columns = Object.entries(s.columns).flatMap(([sheet, fields]) =>
    Object.entries(fields).map(([f, c]) => `${sheet}：${fieldLabel(f)} → ${c}`),
  );
  return h(
    'div',
    {},
    h('p', { class: 'ogi-hint' }, `运行环境：${pane.host.capabilities.label}`),
    ...pane.state.settingsFindings.map((f) => h('p', { class: 'ogi-error' }, f.message)),
    h('h3', {}, '机关信息'),
    ...inputs.map((i) => i.row),
    h('h3', {}, '规则'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-set-preset' }, '规则预设'), preset),
    h('h3', {}, '本单位日历调整'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-set-off' }, '额外休息日（YYYY-MM-DD，逗号分隔）'), offDays),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-set-work' }, '额外工作日'), workdays),
    ...noticeBox(pane),
    h('h3', {}, '列对应关系'),
    columns.length
      ? h('ul', { class: 'ogi-list' }, ...columns.map((c) => h('li', {}, c)))
      : h('p', { class: 'ogi-hint' }, '全部自动识别（在「检查」中可修改）。'),
    h(
      'div',
      { class: 'ogi-actions' },
      button(
        '保存到「设置」工作表',
        () => {
          const office = { ...s.office };
          for (const { key, input } of inputs) office[key] = input.value.trim();
          const bad = [...list(offDays), ...list(workdays)].filter((d) => !isCalendarDate(d));
          if (bad.length > 0) {
            pane.notify('error', `日期格式不正确：${bad.join('，')}（应为 YYYY-MM-DD）`);
            return;
          }
          void pane.settings.save({
            ...s,
            office,
            preset: preset.value,
            calendar: { ...s.calendar, offDays: list(offDays), workdays: list(workdays) },
          });
        },
        { id: 'ogi-save-settings', primary: true, disabled: pane.state.busy },
      ),
    ),
  );
}
