/** MIME types of the files the page hands out (the download itself is the pane's `downloadBytes`). */
export { PDF_MIME, XLSX_MIME } from '../pane/download';
