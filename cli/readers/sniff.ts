import * as fs from 'node:fs';

/** What a file is, judged from its bytes rather than its name. */
export type FileKind = 'empty' | 'xlsx' | 'zip-truncated' | 'ole2-xls' | 'ole2-encrypted' | 'ole2-other' | 'text' | 'unknown';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
// The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes of a zip.
const EOCD_WINDOW = 22 + 65_535;

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

function readSlice(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = fs.readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** Classifies a file by its leading bytes (and, for zips, whether the central directory is there). Read-only. */
export function sniffFile(path: string): FileKind {
  const size = fs.statSync(path).size;
  if (size === 0) return 'empty';
  const fd = fs.openSync(path, 'r');
  try {
    const head = readSlice(fd, 0, Math.min(size, 4096));
    if (startsWith(head, ZIP_MAGIC)) {
      const start = Math.max(0, size - EOCD_WINDOW);
      const tail = readSlice(fd, start, size - start);
      return tail.lastIndexOf(EOCD) >= 0 ? 'xlsx' : 'zip-truncated';
    }
    if (startsWith(head, OLE2_MAGIC)) {
      // Directory entries hold stream names in UTF-16LE: encrypted OOXML keeps its workbook in "EncryptedPackage".
      const whole = readSlice(fd, 0, Math.min(size, 64 * 1024 * 1024));
      if (whole.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return 'ole2-encrypted';
      if (whole.includes(Buffer.from('Workbook', 'utf16le')) || whole.includes(Buffer.from('Book', 'utf16le'))) return 'ole2-xls';
      return 'ole2-other';
    }
    return looksLikeText(head) ? 'text' : 'unknown';
  } finally {
    fs.closeSync(fd);
  }
}

/** Text files have no NUL bytes (except UTF-16, which starts with a BOM) and few control characters. */
function looksLikeText(head: Buffer): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  return control <= head.length * 0.01;
}
