/**
 * The "粘贴国务院节假日安排通知" box of the settings view, without the DOM: the pasted text → a
 * preview of the days → the settings to save (the host then writes the 设置 sheet or the settings
 * copy). Nothing is saved from a notice that has a line it cannot read.
 */
import { parseNotice, type NoticeItem } from '../core/calendar';
import { monthDay, weekdayZh, type CalendarDate } from '../core/dates';
import type { Settings } from '../core/settings/schema';
import { knownNoticeDays, withImportedNotice } from '../core/settings/noticeRows';

export const noticeImportMessages = {
  title: '粘贴国务院节假日安排通知',
  hint: '把《国务院办公厅关于YYYY年部分节假日安排的通知》全文粘贴到下面，先预览，核对无误再保存；保存后该年即视为已收录。',
  yearLabel: '年份（通知没有标题时填写）',
  preview: '预览',
  save: '保存到设置',
  empty: '请先粘贴通知全文。',
  problems: (count: number) => `通知中有 ${count} 处无法读取，未保存任何日期：`,
  problem: (line: number, message: string) => `第 ${line} 行：${message}`,
  heading: (year: number, off: number, work: number) => `${year} 年：放假 ${off} 天（含周末），调休上班 ${work} 天。`,
  item: (holiday: string, off: string, work: string) => `${holiday || '安排'}：放假 ${off || '无'}${work ? `；上班 ${work}` : ''}`,
  imported: (year: number, source: string, days: number) => `已导入 ${year} 年：${source || '（未注明来源）'}，${days} 天。`,
} as const;

const M = noticeImportMessages;

/** The preview of a pasted notice: what will be saved, or why nothing can be. */
export type NoticePreview =
  { ok: true; year: number; heading: string; lines: string[]; settings: Settings } | { ok: false; lines: string[] };

/** `02-15至02-23`, `02-14（周六）、02-28（周六）`: consecutive days as ranges. */
function days(list: readonly CalendarDate[]): string {
  const sorted = [...list].sort();
  const runs: CalendarDate[][] = [];
  for (const d of sorted) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && Date.parse(`${d}T00:00:00Z`) - Date.parse(`${prev}T00:00:00Z`) === 86_400_000) run.push(d);
    else runs.push([d]);
  }
  return runs
    .map((r) =>
      r.length === 1 ? `${monthDay(r[0])}（${weekdayZh(r[0])}）` : `${monthDay(r[0])}至${monthDay(r[r.length - 1])}（${r.length}天）`,
    )
    .join('、');
}

function itemLine(item: NoticeItem): string {
  return M.item(item.holiday, days(item.offDays), days(item.workdays));
}

/**
 * Reads the pasted text as a State Council notice and says what saving would add to the settings.
 * @example previewNotice(text2026, settings).lines[0] //=> '元旦：放假 01-01至01-03（3天）；上班 01-04（周日）'
 */
export function previewNotice(text: string, settings: Settings, yearText = ''): NoticePreview {
  if (text.trim() === '') return { ok: false, lines: [M.empty] };
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined;
  const known = knownNoticeDays(settings);
  const result = parseNotice(text, { year, known });
  if (!result.ok)
    return { ok: false, lines: [M.problems(result.problems.length), ...result.problems.map((p) => M.problem(p.line, p.message))] };
  const n = result.notice;
  const imported = {
    year: n.year,
    source: n.title || `${n.year}年节假日安排（粘贴）`,
    days: n.days.map((d) => ({ date: d.date, off: d.off, holiday: d.holiday ?? '' })),
  };
  return {
    ok: true,
    year: n.year,
    heading: M.heading(n.year, imported.days.filter((d) => d.off).length, imported.days.filter((d) => !d.off).length),
    lines: n.items.map(itemLine),
    settings: withImportedNotice(settings, imported),
  };
}
