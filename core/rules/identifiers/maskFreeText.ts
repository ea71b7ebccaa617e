import { maskIdNumber } from './mask';

// Numbers that identify a person or an organisation when they turn up in free text (申请内容, 备注,
// a finding message): 18- and 15-digit 身份证号码, 18-character 统一社会信用代码, 11-digit mobile numbers
// (with or without +86 and separators) and landlines written with their area code. Bounded on both
// sides so that longer runs (bank numbers, 索引号 parts) are judged whole, and dates (8 digits) never match.
const RESIDENT_18 = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const RESIDENT_15 = /(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g;
const CREDIT_CODE = /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![0-9])/g;
const MAYBE = /\d{6}|\d{3}[\s-]\d{4}/;
const LANDLINE = /(?<![0-9])0\d{2,3}[-－—\s]\d{7,8}(?![0-9])/g;

/** A phone number as printed: the first three and last four digits kept, separators dropped. */
function maskPhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  const local = digits.startsWith('86') && digits.length === 13 ? digits.slice(2) : digits;
  return local.length <= 7 ? '*'.repeat(local.length) : `${local.slice(0, 3)}${'*'.repeat(local.length - 7)}${local.slice(-4)}`;
}

/**
 * Free text with every ID-like and phone-like number masked as on receipts (身份证号码 and 统一社会信用代码
 * keep their first and last four characters; phone numbers their first three and last four digits).
 * Everything else — dates, amounts, 文号, 索引号 — is left as written.
 * @example maskFreeText('本人身份证310104198001010017，电话13800138000') //=> '本人身份证3101**********0017，电话138****8000'
 */
export function maskFreeText(text: string): string {
  // Every number masked below has six digits in a row, or a phone's 3 + 4 around a separator; dates do not.
  if (!MAYBE.test(text)) return text;
  return text
    .replace(RESIDENT_18, (m) => maskIdNumber(m))
    .replace(CREDIT_CODE, (m) => (/[A-Z]/i.test(m) ? maskIdNumber(m) : m))
    .replace(RESIDENT_15, (m) => maskIdNumber(m))
    .replace(MOBILE, maskPhone)
    .replace(LANDLINE, maskPhone);
}
