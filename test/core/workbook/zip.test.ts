import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { READER_LIMITS, type ReaderLimits } from '../../../core/workbook/limits';
import { findEntry, hasCentralDirectory, inflateEntry, openZip, type ZipArchive } from '../../../core/workbook/zip';
import { UnreadableWorkbook } from '../../../core/workbook/errors';

const FFFF = 0xffff;
const FULL = 0xffffffff;

interface Part {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method?: number;
  /** The size the directory declares (a lying writer's), when not the real one. */
  declaredSize?: number;
}

/** A zip built byte by byte, optionally in its zip64 form (sizes, offsets and count in the zip64 records). */
function zip(parts: Part[], zip64 = false): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const method = p.method ?? 0;
    const body = method === 8 ? deflateRawSync(p.data) : Buffer.from(p.data);
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declaredSize ?? p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    // An unrelated extra field first (0x7875, Unix ids), then zip64's 0x0001 with size, compressed size, offset.
    const other = Buffer.from([0x75, 0x78, 2, 0, 0, 0]);
    const z64 = Buffer.alloc(4 + 24);
    z64.writeUInt16LE(1, 0);
    z64.writeUInt16LE(24, 2);
    z64.writeBigUInt64LE(BigInt(size), 4);
    z64.writeBigUInt64LE(BigInt(body.length), 12);
    z64.writeBigUInt64LE(BigInt(offset), 20);
    const extra = zip64 ? Buffer.concat([other, z64]) : Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(zip64 ? FULL : body.length, 20);
    central.writeUInt32LE(zip64 ? FULL : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(zip64 ? FULL : offset, 42);
    centrals.push(central, name, extra);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    tail.push(record, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64 ? FFFF : parts.length, 8);
  eocd.writeUInt16LE(zip64 ? FFFF : parts.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(zip64 ? FULL : offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, ...tail, eocd]));
}

const text = (s: string) => new TextEncoder().encode(s);

function read(archive: ZipArchive, name: string, limits: ReaderLimits = READER_LIMITS): string {
  const chunks: Uint8Array[] = [];
  inflateEntry(archive, findEntry(archive, name)!, 'book.xlsx', limits, (c) => chunks.push(c));
  return Buffer.concat(chunks).toString('utf8');
}

function errorOf(run: () => unknown): UnreadableWorkbook | 'read' {
  try {
    run();
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return e;
    throw e;
  }
  return 'read';
}

function codeOf(run: () => unknown): string {
  const e = errorOf(run);
  return e === 'read' ? e : e.code;
}

/** Node's inflater, as the CLI passes it. */
const native = (compressed: Uint8Array, maxBytes: number) => new Uint8Array(inflateRawSync(compressed, { maxOutputLength: maxBytes }));

describe('openZip', () => {
  it('reads a zip64 directory: count and offset from the zip64 record, sizes and offsets from extra field 0x0001', () => {
    const archive = openZip(
      zip(
        [
          { name: 'a.xml', data: text('甲乙') },
          { name: 'b.xml', data: text('丙'), method: 8 },
        ],
        true,
      ),
      'book.xlsx',
    );
    expect([...archive.entries.keys()]).toEqual(['a.xml', 'b.xml']);
    expect(archive.entries.get('a.xml')).toMatchObject({ size: 6, compressedSize: 6, localOffset: 0 });
    expect(read(archive, 'a.xml')).toBe('甲乙');
    expect(read(archive, 'b.xml')).toBe('丙');
  });

  it('says whether the bytes end in a central directory', () => {
    const bytes = zip([{ name: 'a.xml', data: text('x') }]);
    expect(hasCentralDirectory(bytes)).toBe(true);
    expect(hasCentralDirectory(bytes.subarray(0, bytes.length - 3))).toBe(false);
  });

  it('refuses a directory that points past its entries as truncated', () => {
    const bytes = zip([{ name: 'a.xml', data: text('x') }]);
    // The EOCD says two entries where the directory holds one.
    const two = bytes.slice();
    new DataView(two.buffer).setUint16(two.length - 12, 2, true);
    expect(codeOf(() => openZip(two, 'book.xlsx'))).toBe('zip.truncated');
  });

  it('finds a part whatever the case of its name, and nothing for a missing one', () => {
    const archive = openZip(zip([{ name: 'XL/Workbook.xml', data: text('w') }]), 'book.xlsx');
    expect(findEntry(archive, 'xl/workbook.xml')?.name).toBe('XL/Workbook.xml');
    expect(findEntry(archive, 'xl/styles.xml')).toBeUndefined();
  });
});

describe('inflateEntry', () => {
  it('counts the bytes it really inflates, not the size a writer declared', () => {
    const data = text('x'.repeat(5000));
    const archive = openZip(zip([{ name: 'a.xml', data, method: 8, declaredSize: 10 }]), 'book.xlsx');
    expect(codeOf(() => read(archive, 'a.xml', { ...READER_LIMITS, maxEntryBytes: 1000 }))).toBe('zip.entry.tooLarge');
  });

  it('calls bad deflate data corrupt (fflate), with the part named', () => {
    const bytes = zip([{ name: 'a.xml', data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), method: 8 }]);
    // Replace the deflated body by bytes that are no deflate stream (block type 3 is reserved).
    const body = 30 + 'a.xml'.length;
    bytes.fill(0xff, body, body + 4);
    const error = errorOf(() => read(openZip(bytes, 'book.xlsx'), 'a.xml'));
    expect(error === 'read' ? error : [error.code, error.message.includes('a.xml')]).toEqual(['zip.corrupt', true]);
    expect(codeOf(() => read(openZip(bytes, 'book.xlsx', native), 'a.xml'))).toBe('zip.corrupt');
  });
});

describe('inflateEntry with a native inflater', () => {
  const limits: ReaderLimits = { ...READER_LIMITS, ratioCheckAfterBytes: 1000, maxCompressionRatio: 10 };

  it('inflates whole entries, and an empty one to nothing', () => {
    const archive = openZip(
      zip([
        { name: 'a.xml', data: text('公开'), method: 8 },
        { name: 'e.xml', data: new Uint8Array(0), method: 8 },
      ]),
      'b.xlsx',
      native,
    );
    expect(read(archive, 'a.xml', limits)).toBe('公开');
    // An empty deflated body (no bytes at all) is an empty part.
    const empty = { ...archive.entries.get('e.xml')!, compressedSize: 0 };
    const chunks: Uint8Array[] = [];
    inflateEntry(archive, empty, 'b.xlsx', limits, (c) => chunks.push(c));
    expect(chunks).toEqual([]);
  });

  it('stops at the tightest limit before inflating past it: the ratio, the entry size, the workbook total', () => {
    const bomb = zip([{ name: 'a.xml', data: text('0'.repeat(200_000)), method: 8 }]);
    expect(codeOf(() => read(openZip(bomb, 'b.xlsx', native), 'a.xml', limits))).toBe('zip.bomb');
    const loose = { ...limits, maxCompressionRatio: 100_000 };
    expect(codeOf(() => read(openZip(bomb, 'b.xlsx', native), 'a.xml', { ...loose, maxEntryBytes: 50_000 }))).toBe('zip.entry.tooLarge');
    expect(codeOf(() => read(openZip(bomb, 'b.xlsx', native), 'a.xml', { ...loose, maxTotalBytes: 60_000 }))).toBe('zip.total.tooLarge');
    expect(read(openZip(bomb, 'b.xlsx', native), 'a.xml', loose)).toHaveLength(200_000);
  });

  it('counts what an inflater hands back even when it ignores the cap', () => {
    const careless = (compressed: Uint8Array) => new Uint8Array(inflateRawSync(compressed));
    const bomb = zip([{ name: 'a.xml', data: text('0'.repeat(200_000)), method: 8 }]);
    expect(codeOf(() => read(openZip(bomb, 'b.xlsx', careless), 'a.xml', limits))).toBe('zip.bomb');
  });
});
