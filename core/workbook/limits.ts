/**
 * Every hard limit of the workbook and CSV readers, in one place (listed in README.md). A file past a
 * limit is refused with a Chinese message (exit 2) or read with a finding; it never exhausts memory.
 */
export const READER_LIMITS = {
  /** Largest file handed to the reader at all (bytes). */
  maxFileBytes: 256 * 1024 * 1024,
  /** Largest inflated size of one zip entry (bytes). */
  maxEntryBytes: 512 * 1024 * 1024,
  /** Largest inflated size of all entries read from one workbook together (bytes). */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Inflated ÷ compressed bytes above which an entry is treated as a zip bomb… */
  maxCompressionRatio: 100,
  /** …once it has inflated past this many bytes (small, very compressible parts are normal). */
  ratioCheckAfterBytes: 4 * 1024 * 1024,
  /**
   * Longest run of XML text without markup (bytes). No cell holds more than 32,767 characters (≤ 128 KB of
   * UTF-8), so a run past this is no spreadsheet; it would otherwise sit whole in the XML parser's buffer.
   */
  maxTextRunBytes: 4 * 1024 * 1024,
  /** Excel's last row (1,048,576): cells below it are named in a finding, never allocated. */
  maxRows: 1_048_576,
  /** Excel's last column, XFD (16,384): cells right of it are named in a finding. */
  maxColumns: 16_384,
  /** Excel's limit on the characters of one cell; a longer value is truncated, with a finding. */
  maxCellChars: 32_767,
  /** Cells (blank ones inside a row included) one workbook may hold in memory altogether. */
  maxCells: 10_000_000,
  /** Characters of an over-long value kept in its finding. */
  previewChars: 40,
  /** Findings of one kind listed cell by cell per sheet before the rest are counted in one finding. */
  listedPerKind: 20,
} as const;

/** The limits a reader runs with (tests lower them to keep crafted files small). */
export type ReaderLimits = { readonly [K in keyof typeof READER_LIMITS]: number };
