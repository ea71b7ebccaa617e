import { RegisterKind } from '../../core/register/types';

/** Chinese texts of `ogi check`, kept together. */
export const checkMessages = {
  summary: '检查台账：识别表头、对应列、规范取值、逐格查错，可输出登记表',
  noFiles: '请至少给出一个台账文件（.xlsx 或 .csv）',
  badKind: (v: string) => `--kind 只能是 catalogue、applications、appeals 或 auto，收到“${v}”`,
  sheetNotFound: (file: string, sheet: string, sheets: string[]) =>
    `“${file}”中没有名为“${sheet}”的工作表（现有：${sheets.join('、') || '无'}）`,
  settingsSheet: '设置工作表：已按其中的设置检查本文件（--settings 优先）',
  noRegister: (file: string) => `“${file}”中没有可识别的台账（未找到含台账表头的工作表），无法检查。`,
  kindLabel: { catalogue: '主动公开目录', applications: '依申请公开登记台账', appeals: '复议诉讼台账' } as Record<RegisterKind, string>,
  file: (name: string) => `文件 ${name}`,
  sheetLine: (sheet: string, kindLabel: string, kind: string, headerRow: number, dataRows: number) =>
    `  工作表「${sheet}」：${kindLabel}（${kind}），表头在第 ${headerRow} 行，数据 ${dataRows} 行`,
  skipped: (sheet: string, reason: string) => `  工作表「${sheet}」：已跳过——${reason}`,
  mapping: (pairs: string) => `    列对应：${pairs}`,
  unmapped: (cols: string) => `    未对应的列（原样保留）：${cols}`,
  counts: (e: number, w: number, i: number) => `    错误 ${e}，警告 ${w}，提示 ${i}`,
  severity: { error: '错误', warning: '警告', info: '提示' },
  moreHints: (n: number) => `    ……另有 ${n} 条提示，见登记表的“检查结果”工作表或使用 --json`,
  checkDate: (today: string, given: boolean) =>
    `按 ${today} 检查${given ? '（--today 指定）' : '（今天，北京时间；可用 --today 指定另一天）'}`,
  overdueCount: (n: number) => `今日逾期 ${n} 件`,
  dueSoonCount: (n: number, today: number) => `即将到期 ${n} 件（3个工作日内${today > 0 ? `，其中今日到期 ${today} 件` : ''}）`,
  errorCount: (n: number) => `错误 ${n} 条`,
  warningCount: (n: number) => `警告 ${n} 条`,
  infoCount: (n: number) => `提示 ${n} 条`,
  overdueCase: (appNo: string, remaining: string, due: string, department: string) =>
    `逾期：${appNo}，法定期限 ${due}，${remaining}${department ? `，承办 ${department}` : ''}`,
  wrote: (file: string) => `  已写出登记表：${file}`,
  total: (e: number, w: number, i: number) => `合计：错误 ${e}，警告 ${w}，提示 ${i}`,
  progress: (file: string, rows: number) => `读取 ${file}：${rows} 行`,
} as const;

export const CHECK_USAGE = `ogi check FILE… [--sheet NAME] [--kind catalogue|applications|appeals|auto] [--preset NAME]
          [--settings FILE] [--today YYYY-MM-DD] [--out DIR] [--json]

检查台账文件（.xlsx 或 .csv，UTF-8 或 GBK）：找到表头（可在标题行之下、可为两行合并表头），
把各列对应到标准字段，规范日期和取值，按规则预设逐格查错（期限、必填、取值、重复、证件号码校验等）。
源文件只读，从不改写。

参数 Flags:
  --sheet NAME       只检查该工作表
  --kind KIND        台账类型：catalogue 主动公开目录 | applications 依申请公开 | appeals 复议诉讼 | auto（默认）
  --preset NAME      规则预设（默认取设置中的 preset，否则 national）
  --settings FILE    设置文件（JSON，与工作簿“设置”工作表同一格式）
  --today DATE       以该日计算“已逾期/即将到期”（默认今天，北京时间）
  --out DIR          写出 DIR/<文件名>.register.xlsx（登记表、检查结果）；几个输入同名时写成
                     DIR/<所在文件夹>_<文件名>.register.xlsx。输出会覆盖某个输入时什么也不写（退出码 2）
  --json             在标准输出只打印一个 JSON 文档

退出码 Exit codes: 0 无错误；1 发现错误；2 文件无法使用或参数有误`;
