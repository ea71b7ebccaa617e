import { CatalogueRecord } from '../../core/register/types';
import { toHalfWidth } from '../../core/text/halfWidth';

/** The two document classes table 二 block A counts. */
export type DocClass = 'rules' | 'normativeDocs';

/**
 * Recognises 规章 and 行政规范性文件 in the catalogue. The register has no dedicated field, so:
 * 1. the 体裁 (`genre`) decides when it names the class (规章 / 政府规章 / 部门规章; 规范性文件 /
 *    行政规范性文件);
 * 2. otherwise the 文号: 规章 are promulgated by an order (`…政府令第 12 号`, `第 3 号令`), and
 *    行政规范性文件 carry a 规 in their registered number (`沪府规〔2023〕5号`, `淮政规〔2024〕1号`);
 * Titles are not used: "关于开展规范性文件清理的通知" talks about them without being one.
 * Anything else is neither and is not counted.
 */
export function docClass(record: CatalogueRecord): DocClass | undefined {
  const genre = norm(record.genre);
  if (genre) {
    if (/规范性文件/.test(genre)) return 'normativeDocs';
    if (/规章/.test(genre)) return 'rules';
  }
  const docNo = norm(record.docNo);
  if (docNo) {
    if (/令第?\d+号|第\d+号令/.test(docNo)) return 'rules';
    if (/规[〔[(（]\d{4}[〕\])）]/.test(docNo)) return 'normativeDocs';
  }
  return undefined;
}

/** True when the 有效性 text says the document is no longer in force. */
export function saysAbolished(validity: string | undefined): boolean {
  return /废止|失效|作废|撤销/.test(norm(validity));
}

function norm(text: string | undefined): string {
  return text ? toHalfWidth(text).replace(/\s+/g, '') : '';
}
