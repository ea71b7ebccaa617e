import { StringDecoder } from 'node:string_decoder';

const END_OF_DATA = '</sheetData>';
const MERGE = /<mergeCell\b[^>]*\bref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"/g;

/**
 * Wraps a worksheet XML chunk stream for exceljs's streaming reader:
 * - decodes UTF-8 with a stream decoder (exceljs decodes each chunk alone and garbles a character split
 *   across two chunks);
 * - passes on only the part up to `</sheetData>`, so the reader never walks the tail of the sheet
 *   (data validations over whole columns, conditional formats), and hands that tail to `onTail`, where
 *   the merged ranges are read.
 */
export async function* sheetDataOnly(
  source: AsyncIterable<Buffer | string>,
  onTail: (tail: string) => void,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let tail: string[] | null = null;
  for await (const raw of source) {
    const text = typeof raw === 'string' ? raw : decoder.write(raw);
    if (tail) {
      tail.push(text);
      continue;
    }
    const buf = carry + text;
    const at = buf.indexOf(END_OF_DATA);
    if (at >= 0) {
      const end = at + END_OF_DATA.length;
      yield keepErrorValues(buf.slice(0, end));
      tail = [buf.slice(end)];
      carry = '';
      continue;
    }
    // Pass on whole rows only, so a cell is never split between two pieces.
    const cut = buf.lastIndexOf('</row>');
    if (cut >= 0) {
      yield keepErrorValues(buf.slice(0, cut + 6));
      carry = buf.slice(cut + 6);
    } else {
      carry = buf;
    }
  }
  const rest = decoder.end();
  if (tail) {
    tail.push(rest);
    onTail(tail.join(''));
    yield '</worksheet>';
  } else if (carry + rest) {
    yield keepErrorValues(carry + rest);
  }
}

const FORMULA_WITH_ERROR = /<c\b([^>]*\bt="e"[^>]*)>\s*<f\b[^>]*?(?:\/>|>[^<]*<\/f>)/g;

/**
 * A formula cell whose cached result is an error (`t="e"`) loses the error text in exceljs (it parses
 * `#N/A` as a number); dropping the formula leaves a plain error cell, which exceljs reads as `{ error }`.
 */
function keepErrorValues(xml: string): string {
  return xml.includes('t="e"') ? xml.replace(FORMULA_WITH_ERROR, '<c$1>') : xml;
}

/** Merged ranges (`A1:C1`) listed in the tail of a worksheet's XML. */
export function mergesInTail(tail: string): string[] {
  const out: string[] = [];
  for (const m of tail.matchAll(MERGE)) out.push(m[1]);
  return out;
}
