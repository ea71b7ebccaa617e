export { transferSheetXlsx, TRANSFER_HEADER_ROW } from './transfer';
export { confirmationSlipXlsx } from './confirmation';
export { noticesXlsx } from './notice';
