/** Names for the sheets a host adds to the user's workbook. */

/** A name not yet used in `taken`: `base`, `base (2)`, … (31 characters at most, Excel's and WPS's limit). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const clean = base.replace(/[\\/?*[\]:]/g, '_').slice(0, 31);
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const name = `${clean.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
