/**
 * The deadline view's decision: which applications are still open (a status but no reply date) and
 * whether each is overdue, due soon or in progress, from the status the deadline engine computed
 * when the register was checked (so `today` is the check's today).
 */
import type { CalendarDate } from '../dates';
import type { AnyRegister, ApplicationRecord } from '../register/types';

/** One open application as the 期限 view lists it. */
export interface OpenApplication {
  sheet: string;
  row: number;
  appNo: string;
  applicant: string;
  received?: CalendarDate;
  due?: CalendarDate;
  status: string;
  workdaysLeft?: number;
  uncertain: boolean;
  steps: string[];
}

/** Open applications by group, each ordered by working days left (fewest first). */
export interface OpenApplicationGroups {
  overdue: OpenApplication[];
  dueSoon: OpenApplication[];
  inProgress: OpenApplication[];
}

/** Open applications of every applications register: 已逾期 → overdue, 即将到期 → due soon, any other status → in progress. */
export function openApplications(registers: readonly AnyRegister[]): OpenApplicationGroups {
  const groups: OpenApplicationGroups = { overdue: [], dueSoon: [], inProgress: [] };
  for (const reg of registers) {
    if (reg.kind !== 'applications') continue;
    for (const rec of reg.records) {
      const c = rec.computed;
      if (!c.status || rec.replyDate) continue;
      const item = openApplication(reg.sheet, rec);
      if (c.status === '已逾期') groups.overdue.push(item);
      else if (c.status === '即将到期') groups.dueSoon.push(item);
      else groups.inProgress.push(item);
    }
  }
  const byDue = (a: OpenApplication, b: OpenApplication) => (a.workdaysLeft ?? 0) - (b.workdaysLeft ?? 0);
  groups.overdue.sort(byDue);
  groups.dueSoon.sort(byDue);
  groups.inProgress.sort(byDue);
  return groups;
}

function openApplication(sheet: string, rec: ApplicationRecord): OpenApplication {
  return {
    sheet,
    row: rec.source.row,
    appNo: rec.appNo ?? '',
    applicant: rec.applicantType ?? '',
    received: rec.receivedDate,
    due: rec.computed.due,
    status: rec.computed.status ?? '',
    workdaysLeft: rec.computed.workdaysLeft,
    uncertain: rec.computed.uncertain ?? false,
    steps: rec.computed.steps ?? [],
  };
}
