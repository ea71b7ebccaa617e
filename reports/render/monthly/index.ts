export { monthlyPdf, monthlyPdfDocument } from './pdf';
export { MONTHLY_TABLE_TOP_ROW, monthlyXlsx } from './xlsx';
export { monthlyChart, monthlyChartSvg, niceAxisMax } from './chart';
export { monthlyGrid } from './table';
export { MONTHLY_TEXT } from './labels';
