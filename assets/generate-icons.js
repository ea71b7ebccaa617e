/**
 * Draws the add-in's icons (a blue sheet with ledger lines and a check mark) as PNGs at 16, 32,
 * 64 and 80 px, with zlib from Node only. Run: node assets/generate-icons.js
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

/** Distance from point p to segment a-b. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function pixel(x, y, size) {
  const u = x / size,
    v = y / size;
  const r = 0.16; // corner radius (fraction)
  const inset = 0.06;
  const cx = Math.min(Math.max(u, inset + r), 1 - inset - r);
  const cy = Math.min(Math.max(v, inset + r), 1 - inset - r);
  if (Math.hypot(u - cx, v - cy) > r) return CLEAR;
  // check mark in the lower right
  const w = Math.max(0.07, 1.6 / size);
  if (segDist(u, v, 0.5, 0.68, 0.62, 0.8) < w || segDist(u, v, 0.62, 0.8, 0.84, 0.52) < w) return WHITE;
  // ledger lines on the left
  const lineH = Math.max(0.06, 1.2 / size);
  for (const ly of [0.28, 0.44, 0.6]) {
    if (Math.abs(v - ly) < lineH / 2 && u > 0.2 && u < (ly > 0.5 ? 0.44 : 0.8)) return WHITE;
  }
  return BLUE;
}

const out = __dirname;
for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, pixel));
}
console.log('icons written to', out);
