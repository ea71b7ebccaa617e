/** Chinese messages and usage of `ogi transfer`, `ogi confirm` and `ogi notice`. */
import { PROCEDURAL_KINDS, PROCEDURAL_LABELS } from '../../reports/documents/notices/kinds';

export const formsMessages = {
  noFiles: '请给出至少一个台账文件（.xlsx 或 .csv）。',
  templatesUnreadable: (file: string, reason: string) => `无法读取文书模板文件 ${file}：${reason}`,
  noRegister: (file: string, kind: string) => `${file} 中没有找到${kind}。`,
  badRecipient: (v: string) => `--to 应为 档案馆、图书馆 或 受理中心，收到“${v}”。`,
  missingRecipient: '请用 --to 指定接收单位：档案馆、图书馆 或 受理中心。',
  badAttribute: (v: string) => `--attribute 应为 主动公开、依申请公开 或 不予公开，收到“${v}”。`,
  badMedium: (v: string) => `--medium 应为 纸质、电子 或 纸质/电子，收到“${v}”。`,
  rangeReversed: (from: string, until: string) => `--from ${from} 晚于 --until ${until}。`,
  fileLine: (file: string, what: string) => `读取 ${file}：${what}`,
  wrote: (file: string) => `已写出 ${file}`,
  transferSummary: (n: number, receiver: string, parts: string) => `移交表：向${receiver}移交 ${n} 件${parts ? `（${parts}）` : ''}。`,
  portal: (delivered: number, published: number, ok: boolean) =>
    ok
      ? `确认单：主动公开 ${delivered} 件，与门户网站已发布 ${published} 件一致。`
      : `确认单：主动公开 ${delivered} 件，门户网站已发布 ${published} 件，不一致。`,
  finding: (where: string, message: string) => `  ${where}${message}`,
  missingType: '请用 --type 指定文书种类。',
  orType: '也可用 --type 指定答复书种类（如 予以公开、不予公开、不掌握）。',
  badType: (v: string, choices: string) => `--type “${v}”不是已知的文书种类。可用：${choices}`,
  missingIds: '请用 --id 指定申请编号（可多次），或用 --due-from/--due-until 选出期间内的全部文书。',
  idNotFound: (id: string) => `申请编号“${id}”在台账中找不到。`,
  idDuplicate: (id: string, n: number) => `申请编号“${id}”在台账中出现 ${n} 次，每条各出一份文书。`,
  skipped: (id: string, reason: string) => `跳过 ${id}：${reason}`,
  noneDue: (from: string, until: string) => `${from} 至 ${until} 期间没有需要出具的文书。`,
  noticeLine: (appNo: string, title: string, number: string) => `${appNo}  ${title}  ${number}`,
  officialFonts: (label: string) => `公文字体：${label}`,
  noOfficialFonts: '未找到公文字体（仿宋_GB2312、方正小标宋），文书用随附的 Noto Serif SC 字体。',
  blocked: (appNo: string) => `未出具 ${appNo}：不满足出具条件（可加 --draft 生成标有“草稿”的核对稿）：`,
  transferBlocked: (title: string) => `未出具${title}：不满足出具条件（可加 --draft 生成标有“草稿”的核对稿）：`,
} as const;

export const TRANSFER_USAGE = `ogi transfer — 政府信息移交表（送交受理中心、档案馆、图书馆）

用法 Usage:
  ogi transfer FILE… --to 档案馆|图书馆|受理中心 [--from YYYY-MM-DD] [--until YYYY-MM-DD]
               [--department 科室]… [--attribute 主动公开|依申请公开|不予公开]… [--include-transferred]
               [--date YYYY-MM-DD] [--batch 批次号] [--receiver 接收单位全称] [--medium 纸质|电子|纸质/电子]
               [--confirm] [--portal-count N] [--xlsx] [--settings FILE] [--out DIR] [--json]

  不给 --from/--until 时，列出该接收单位全部尚未移交（无送交日期）的信息，不论日期。
  --from/--until       按生成日期筛选（含两端）
  --to                 档案馆、图书馆默认只收主动公开信息；受理中心另收依申请公开、不予公开目录
  --include-transferred 已有送交日期的信息也列入
  --date               移交日期（默认今天）
  --confirm            同时出具政府信息公开确认单（主动公开件数与门户网站发布数核对）
  --portal-count       门户网站上实际发布的主动公开件数（不给则按公开日期统计）
  --xlsx               另写出可在 Excel 中直接打印的工作表
  --draft              生成草稿：每页标有“草稿”，缺少单位信息时也照样生成，供核对
  --out                输出目录（默认当前目录）
出具条件：设置中须有机关名称（移交单位）；缺少时不生成，说明到哪里填写，退出码 1。
退出码：0 成功；1 不满足出具条件、确认单件数不一致或有字符无法显示；2 参数或文件无法使用。
`;

export const CONFIRM_USAGE = `ogi confirm — 政府信息公开确认单

用法 Usage:
  ogi confirm FILE… --to 档案馆|图书馆|受理中心 [与 ogi transfer 相同的参数]

只出具确认单（不出移交表）。件数不一致时退出码为 1。
`;

/** The procedural notices of `--type`, from the one list of kinds, three to a line. */
function proceduralKindLines(): string {
  const items = PROCEDURAL_KINDS.map((k) => `${k} ${PROCEDURAL_LABELS[k]}`);
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += 3) lines.push(`${items.slice(i, i + 3).join(' | ')} |`);
  return lines.join('\n           ');
}

export const NOTICE_USAGE = `ogi notice — 依申请公开告知书、答复书

用法 Usage:
  ogi notice FILE… --id 申请编号 [--id 申请编号]… --type 种类 [--out DIR] [--xlsx] [--json]
  ogi notice FILE… --due-from YYYY-MM-DD --due-until YYYY-MM-DD --type 种类 [--out DIR]

  --type   ${proceduralKindLines()}
           reply 答复书（按台账的答复类型自动选择）| granted 予以公开 | partial 部分公开 | denied 不予公开 |
           notheld 不掌握 | create 需另行制作 | unclear 补正后仍不明确 |
           petition 信访举报投诉 | repeat 重复申请 | publication 公开出版物 | mass 大量反复申请 | confirm 确认或重新出具 |
           nocorrect 逾期不补正 | nofee 逾期未缴费 | other 其他处理
  --due-from/--due-until  期间内的全部文书：台账中该文书日期在期间内的，以及尚未答复、法定期限落在期间内的申请
  --today         没有文书日期时的落款日期（默认今天）
  --third-party   征求意见书的第三方名称
  --seq           文号序号（默认取申请编号末尾的数字）
  --templates     本单位调整过的文书模板 JSON（只写要改的部分）
  --settings      设置 JSON（机关名称、地址、电话、印章文字、复议机关、法院、文号格式）
  --xlsx          另写出可在 Excel 中直接打印的工作表
  --draft         生成草稿：每页标有“草稿”，缺少单位信息或不满足出具条件时也照样生成，供核对
  --font-dir      公文字体所在文件夹（仿宋_GB2312、方正小标宋）；也可设环境变量 OGI_DOCUMENT_FONTS。
                  未给出时在本机字体文件夹中查找；找不到时用随附的 Noto Serif SC
出具条件（不满足时不生成文书，说明缺什么、到哪里填写，退出码 1）：文书印出的单位信息（机关名称、文号中的机关代字、
  地址、邮编、电话、复议机关、管辖法院）齐全；延期答复告知书只能在原答复期限内出具且新期限未过；
  不予公开、部分公开答复书须写明条例规定的不予公开情形；补正告知超过7个工作日照常出具并提示。
退出码：0 成功；1 有申请无法出具、不满足出具条件或有字符无法显示；2 参数或文件无法使用。
`;
