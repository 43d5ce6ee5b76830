/**
 * Draws the toolbar icon (public/icon/*.png) from shapes, so it can be rebuilt
 * without an image editor: `npx tsx scripts/make-icons.ts`. A rounded square with
 * a vertical timeline and three attributed "lines" beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
type Shape = (x: number, y: number) => boolean; // unit coordinates 0..1

const BG: RGBA = [28, 61, 122, 255];
const FG: RGBA = [255, 255, 255, 255];
const ACCENT: RGBA = [255, 196, 61, 255];

const roundRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const layers: [Shape, RGBA][] = [
  [roundRect(0.02, 0.02, 0.98, 0.98, 0.2), BG],
  [roundRect(0.26, 0.2, 0.31, 0.8, 0.025), FG],
  [circle(0.285, 0.3, 0.075), ACCENT],
  [circle(0.285, 0.5, 0.075), FG],
  [circle(0.285, 0.7, 0.075), FG],
  [roundRect(0.42, 0.265, 0.8, 0.335, 0.035), ACCENT],
  [roundRect(0.42, 0.465, 0.74, 0.535, 0.035), FG],
  [roundRect(0.42, 0.665, 0.68, 0.735, 0.035), FG],
];

function render(size: number): Buffer {
  const ss = 4; // supersampling for anti-aliased edges
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let c: RGBA = [0, 0, 0, 0];
          for (const [shape, colour] of layers) if (shape(x, y)) c = colour;
          const a = c[3] / 255;
          acc[0]! += c[0] * a;
          acc[1]! += c[1] * a;
          acc[2]! += c[2] * a;
          acc[3]! += a;
        }
      }
      const n = ss * ss;
      const alpha = acc[3]! / n;
      const o = 1 + px * 4;
      row[o] = alpha ? Math.round(acc[0]! / acc[3]!) : 0;
      row[o + 1] = alpha ? Math.round(acc[1]! / acc[3]!) : 0;
      row[o + 2] = alpha ? Math.round(acc[2]! / acc[3]!) : 0;
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(w: number, h: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, render(size));
console.log('wrote public/icon/{16,32,48,96,128}.png');
