export { annualJson } from './json';
export { annualPdf, annualPdfDocument } from './pdf';
export { ANNUAL_SHEETS, TABLE_TOP_ROW, annualXlsx, annualXlsxAddresses } from './xlsx';
export { REPORT_TEXT, SECTION_HEADINGS, TABLE3_NOTE, TABLE3_OUTCOMES, TABLE3_TOP_ROWS } from './labels';
export { officesGrid, table2Grid, table3Grid, table4Grid } from './tables';
export type { CellRole, GridCell, TableGrid } from './tableGrid';
