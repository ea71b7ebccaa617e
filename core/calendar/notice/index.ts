export { parseNotice } from './parseNotice';
export type { NoticeItem, NoticeParseOptions, NoticeParseResult, NoticeProblem, ParsedNotice } from './parseNotice';
export { noticeMessages } from './messages';
