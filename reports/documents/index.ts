// The printable forms: models (pure), pdfmake definitions (pure) and print-ready worksheets.
export { buildTransferSheet, defaultBatchNo, transferRemark, DEFAULT_ATTRIBUTES, DEFAULT_COPIES, RECIPIENTS } from './transfer/model';
export type { Medium, Recipient, TransferOptions, TransferRow, TransferSheetModel } from './transfer/model';
export { transferSheetDefinition, paginateRows } from './transfer/definition';
export { buildConfirmationSlip } from './confirmation/model';
export type { ConfirmationOptions, ConfirmationSlipModel } from './confirmation/model';
export { confirmationSlipDefinition, portalStatement } from './confirmation/definition';
export { NOTICE_KINDS, PROCEDURAL_KINDS, REPLY_KINDS, noticeKindOf } from './notices/kinds';
export type { NoticeKind, ProceduralKind, ReplyKind } from './notices/kinds';
export { buildNotice, replyKindOf, registerDateOf, NoticeError } from './notices/model';
export type { NoticeContext, NoticeModel } from './notices/model';
export { noticeDefinition, noticeContent } from './notices/definition';
export { defaultNoticeTemplates, parseNoticeTemplates, withTemplateOverrides, NoticeTemplateError } from './notices/templates';
export { formatNoticeNumber, seqFromAppNo } from './notices/numbering';
export { confirmationSlipXlsx, noticesXlsx, transferSheetXlsx } from './xlsx';
export { FORM_TEXT } from './messages';
