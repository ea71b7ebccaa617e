/** Chinese texts of `ogi report`, kept together. */
export const reportMessages = {
  summary: '统计报表：年度报告表二、三、四（annual）、月度报表（monthly）、核对表格勾稽关系（check）',
  noSub: '请指定 annual、monthly 或 check',
  badSub: (v: string) => `未知的报表类型“${v}”，应为 annual、monthly 或 check`,
  noFiles: '请至少给出一个台账文件（.xlsx 或 .csv）',
  noYear: '请用 --year YYYY 指定统计年度',
  badYear: (v: string) => `--year 应为四位年份，收到“${v}”`,
  noMonth: '请用 --month YYYY-MM 指定月份',
  oneFile: '请给出一个年度报告文件（.json 或 .xlsx）',
  inputsWithConsolidate: '--inputs 只用于单个单位；汇总（--consolidate）时各单位的补充数据请写在各自工作簿的“年报补充”工作表中',
  inputsUnreadable: (file: string, reason: string) => `--inputs 文件“${file}”无法读取：${reason}`,
  inputsInvalid: (file: string, reason: string) => `--inputs 文件“${file}”：${reason}`,
  noRegister: (file: string) => `“${file}”中没有可识别的台账（主动公开目录、依申请公开登记台账或复议诉讼台账），无法统计。`,
  reportUnreadable: (file: string, reason: string) => `年度报告文件“${file}”无法读取：${reason}`,
  reportNotJson: (file: string, reason: string) =>
    `“${file}”不是有效的 JSON（${reason}）。ogi report check 只接受本工具的年报 JSON（annual-YYYY.json）或 .xlsx 格式`,
  reportKind: (file: string) => `“${file}”应为本工具的年度报告 .json 或 .xlsx`,
  title: (office: string, year: number) => `${office} ${year} 年度政府信息公开工作年度报告（表二、三、四）`,
  monthlyTitle: (office: string, month: string) => `${office} ${month} 月度政务公开统计`,
  excluded: (n: number) => `有 ${n} 条记录无法统计，未计入（见下列问题）`,
  checksOk: '表格勾稽关系全部相符',
  incomplete: '报告状态：不完整（缺少台账或机关名称，相应表格为“未提供”，不能作为通过的报告）',
  checksOkGiven: '已提供的表格勾稽关系相符；缺少的部分见下：',
  checksFailed: (n: number) => `勾稽核对：${n} 处不相符`,
  warnings: (n: number) => `提示：${n} 处需注意`,
  wrote: (file: string) => `已写出：${file}`,
  fileLine: (file: string, sheets: string) => `读取 ${file}：${sheets}`,
  row: (label: string, cells: string) => `  ${label}：${cells}`,
  findingsHeader: (counts: string) => `台账中与统计有关的问题：${counts}`,
  moreHints: (n: number) => `  ……另有 ${n} 条提示，使用 --json 查看全部`,
} as const;

export const REPORT_USAGE = `ogi report annual --year YYYY FILE… [--office NAME] [--inputs FILE.json] [--consolidate]
                  [--preset NAME] [--settings FILE] [--out DIR] [--json]
ogi report monthly --month YYYY-MM FILE… [--office NAME] [--preset NAME] [--settings FILE] [--out DIR] [--json]
ogi report check FILE [--last-year FILE] [--json]

annual   从台账统计国家格式年度报告的表二、表三、表四（国办公开办函〔2021〕30号），并核对勾稽关系。
         多个文件视为同一单位的台账；加 --consolidate 时每个文件是一个单位，汇总并列出各单位明细。
         表二中台账没有的数字（行政许可、行政处罚、行政强制、收费万元）取自工作簿的“年报补充”工作表
         或 --inputs JSON 文件；未提供的保持空白，不会当作 0。
         --out DIR 写出 annual-YYYY.json、annual-YYYY.xlsx、annual-YYYY.pdf。
monthly  月度报表：按承办科室统计主动公开（生成、公开、按期率、平均用时）和依申请公开（收到、答复、
         未办结、已逾期、按期率、答复类型），另附全年 12 个月的收到与答复。--out DIR 写出 monthly-YYYY-MM.*。
check    核对一份年度报告（本工具的 .json 或 .xlsx 格式）的勾稽关系；--last-year 给出上年报告时，
         另核对“上年结转”与上年“结转下年度”、表二现行有效件数的接续（上年现行有效＋本年制发－本年废止）。

退出码 Exit codes: 0 相符；1 有记录无法统计或勾稽关系不成立；2 文件或参数无法使用。
--json 只在标准输出打印一个 JSON 文档。`;
