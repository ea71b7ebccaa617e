export { checkResidentId, convertResidentId15To18, residentIdCheckChar } from './residentId';
export type { IdentifierCheck } from './residentId';
export { checkCreditCode, creditCodeCheckChar } from './creditCode';
export { maskIdNumber } from './mask';
export { maskFreeText } from './maskFreeText';
export { normalizeDocNo } from './docNo';
export { DEFAULT_INDEX_NO_TEMPLATE, formatIndexNo, indexNoPattern, normalizeIndexNo, duplicateIndexNos, nextIndexNo } from './indexNo';
export type { IndexNoValues } from './indexNo';
export { identifierMessages } from './messages';
