import type { ActionKind, CounterId } from './model';

/** Chinese texts of the 工作台, kept together (every face shows the same words). */
export const workbenchMessages = {
  title: '工作台',
  counters: {
    overdue: '已逾期',
    dueToday: '今日到期',
    dueSoon: '3个工作日内到期',
    inProgress: '办理中',
    correction: '补正中',
    consulting: '征求意见中',
    fee: '待缴费',
  } satisfies Record<CounterId, string>,
  actions: {
    reply: '答复书',
    extension: '延期告知',
    correction: '补正告知',
    consult: '征求意见书',
  } satisfies Record<ActionKind, string>,
  left: (n: number) => `剩余 ${n} 个工作日`,
  dueToday: '今日到期',
  overdue: (n: number) => (n > 0 ? `逾期 ${n} 个工作日` : '已过法定期限'),
  waiting: {
    补正中: '等待申请人补正',
    待缴费: '等待申请人缴费',
    逾期不补正: '视为放弃：逾期不补正',
    逾期未缴费: '视为放弃：逾期未缴费',
  },
  checkDate: (today: string) => `按 ${today} 检查`,
  noOpenCases: (today: string) => `截至 ${today} 没有未办结的申请。`,
} as const;
