import { fixZipTimes } from '../../../reports/render/xlsx/xlsxBytes';
import { annualXlsx } from '../../../reports/render/annual/xlsx';
import { huaianModel } from './annual/fixtures';

/** A minimal stored zip with one entry, its times set to `time`/`date`. */
function tinyZip(name: string, data: string, time: number, date: number): Uint8Array {
  const n = Buffer.from(name);
  const d = Buffer.from(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(time, 10);
  local.writeUInt16LE(date, 12);
  local.writeUInt32LE(d.length, 18);
  local.writeUInt32LE(d.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(time, 12);
  central.writeUInt16LE(date, 14);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = 30 + n.length + d.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + n.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return new Uint8Array(Buffer.concat([local, n, d, central, n, eocd]));
}

describe('fixZipTimes', () => {
  it('sets the local and central times of every entry, and nothing else', () => {
    const a = tinyZip('a.xml', '<x/>', 0x6b3c, 0x5b7a);
    const b = tinyZip('a.xml', '<x/>', 0x1234, 0x5b7b);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(fixZipTimes(a)).equals(Buffer.from(fixZipTimes(b)))).toBe(true);
    const view = Buffer.from(a);
    expect(view.readUInt16LE(12)).toBe(0x21); // local header date = 1980-01-01
    expect(view.toString('utf8', 35, 39)).toBe('<x/>');
  });

  it('leaves bytes that are not a zip untouched', () => {
    const junk = new Uint8Array([1, 2, 3, 4, 5]);
    expect(Array.from(fixZipTimes(junk))).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('workbooks we write are reproducible', () => {
  it('gives the annual report .xlsx the same bytes a second later', async () => {
    const first = await annualXlsx(huaianModel());
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await annualXlsx(huaianModel());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
