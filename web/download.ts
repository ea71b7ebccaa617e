/** MIME types of the files the page hands out (the download itself is the pane's `downloadBytes`). */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_MIME = 'application/pdf';
