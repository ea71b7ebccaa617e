import type {
  Content,
  ContentTable,
  CustomTableLayout,
  DynamicContent,
  Margins,
  PageOrientation,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { MAIN_FAMILY } from './fonts';
import { pdfMessages } from './messages';

/** Page margins in points (about 25 mm top/bottom, 20 mm left/right; room for the footer). */
export const A4_MARGINS: Margins = [57, 62, 57, 62];

/** Type sizes after GB/T 9704 (二号 22pt title, 三号 16pt, 小四 12pt body, 五号 10.5pt tables). */
export const OFFICIAL_STYLES: StyleDictionary = {
  title: { fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 14, alignment: 'center', margin: [0, 0, 0, 12] },
  heading: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
  body: { fontSize: 12, lineHeight: 1.4 },
  tableHeader: { fontSize: 9, bold: true, alignment: 'center' },
  tableCell: { fontSize: 9 },
  number: { fontSize: 9, alignment: 'center' },
  note: { fontSize: 9 },
  footer: { fontSize: 9, alignment: 'center' },
};

/** `第 X 页 共 Y 页`, centred at the foot of every page. */
export const pageFooter: DynamicContent = (currentPage, pageCount) => ({
  text: pdfMessages.pageFooter(currentPage, pageCount),
  style: 'footer',
  margin: [0, 24, 0, 0],
});

/** A table layout with thin black borders on every cell. */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** Options of {@link borderedTable}. */
export interface BorderedTableOptions {
  widths?: Array<number | '*' | 'auto'>;
  /** Rows repeated at the top of each page the table continues on. */
  headerRows?: number;
  /** Rows after the header kept on the header's page. */
  keepWithHeaderRows?: number;
}

/** A bordered table whose rows never split across pages and whose header rows repeat. */
export function borderedTable(body: TableCell[][], options: BorderedTableOptions = {}): ContentTable {
  return {
    table: {
      body,
      widths: options.widths ?? body[0]?.map(() => '*' as const) ?? [],
      headerRows: options.headerRows ?? 1,
      dontBreakRows: true,
      ...(options.keepWithHeaderRows !== undefined ? { keepWithHeaderRows: options.keepWithHeaderRows } : {}),
    },
    layout: GRID_LAYOUT,
  };
}

/** Options of {@link a4Document}. */
export interface A4DocumentOptions {
  orientation?: PageOrientation;
  margins?: Margins;
  /** Extra styles merged over {@link OFFICIAL_STYLES}. */
  styles?: StyleDictionary;
  /** Default false: forms such as notices may be a single page without a footer. */
  noFooter?: boolean;
}

/** An A4 document in the project's house style: CJK font, official styles, page-count footer. */
export function a4Document(content: Content, options: A4DocumentOptions = {}): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: options.orientation ?? 'portrait',
    pageMargins: options.margins ?? A4_MARGINS,
    content,
    styles: { ...OFFICIAL_STYLES, ...options.styles },
    defaultStyle: { font: MAIN_FAMILY, fontSize: 12 },
    ...(options.noFooter ? {} : { footer: pageFooter }),
  };
}
