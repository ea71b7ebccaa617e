/** Display width of text in Excel character units: CJK and full-width characters count double. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    w += code > 0x2e80 ? 2 : 1;
  }
  return w;
}

/** A sensible column width from the header and a sample of values, clamped to [min, max]. */
export function columnWidth(header: string, samples: Iterable<string>, min = 6, max = 50): number {
  let w = textWidth(header) + 2; // room for the filter button
  for (const s of samples) {
    const longestLine = s.split('\n').reduce((m, line) => Math.max(m, textWidth(line)), 0);
    if (longestLine > w) w = longestLine;
  }
  return Math.min(max, Math.max(min, w + 1));
}
