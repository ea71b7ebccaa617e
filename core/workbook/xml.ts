import { SaxesParser } from 'saxes';
import { UnreadableWorkbook } from './errors';
import { workbookMessages as M } from './messages';
import { findEntry, inflateEntry, type ZipArchive, type ZipEntry } from './zip';
import type { ReaderLimits } from './limits';

/** What a part reader is told while its XML streams past; element names without their namespace prefix. */
export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Text and CDATA between tags, exactly as written (entities resolved; no whitespace trimmed). */
  text(text: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Streams one zip entry through saxes: inflated piece by piece, decoded as UTF-8 across piece boundaries,
 * parsed without ever holding the whole part. A DTD is refused (saxes never expands its entities, and a
 * spreadsheet part never has one); malformed XML is an UnreadableWorkbook naming the part.
 */
export function streamXml(zip: ZipArchive, entry: ZipEntry, file: string, limits: ReaderLimits, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on('doctype', () => {
    throw new UnreadableWorkbook('xml.doctype', M.doctype(file, entry.name));
  });
  parser.on('error', (e) => {
    throw new UnreadableWorkbook('xml.corrupt', M.corrupt(file, entry.name, `XML 格式错误（${e.message}）`));
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  const decoder = new TextDecoder('utf-8');
  // Bytes since the last '<': bounds what saxes may have to buffer as one text node.
  let run = 0;
  inflateEntry(zip, entry, file, limits, (chunk) => {
    const first = chunk.indexOf(0x3c);
    const before = first < 0 ? run + chunk.length : run + first;
    run = first < 0 ? before : chunk.length - chunk.lastIndexOf(0x3c) - 1;
    if (before > limits.maxTextRunBytes || run > limits.maxTextRunBytes) {
      throw new UnreadableWorkbook('xml.textTooLong', M.textRunTooLong(file, entry.name, Math.round(limits.maxTextRunBytes / 1024 / 1024)));
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') parser.write(text);
  });
  const rest = decoder.decode();
  if (rest !== '') parser.write(rest);
  parser.close();
}

/** streamXml over the part at `path`; false when the zip has no such entry. */
export function streamPart(zip: ZipArchive, path: string, file: string, limits: ReaderLimits, handlers: XmlHandlers): boolean {
  const entry = findEntry(zip, path);
  if (!entry) return false;
  streamXml(zip, entry, file, limits, handlers);
  return true;
}
