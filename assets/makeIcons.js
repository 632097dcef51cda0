/* Draws the add-in's icons (three bars, green/amber/white, on the Fluent brand blue) as PNGs at the
 * sizes the manifest asks for. No dependencies: shapes in unit coordinates, 4×4 supersampling for
 * smooth edges, PNG written with zlib. Run: node assets/makeIcons.js */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BLUE = [0x0f, 0x6c, 0xbd];
const shapes = [
  // [left, top, right, bottom] in 0..1, colour
  { box: [0.19, 0.58, 0.36, 0.82], colour: [0x00, 0xb0, 0x50] },
  { box: [0.42, 0.4, 0.59, 0.82], colour: [0xff, 0xc0, 0x00] },
  { box: [0.65, 0.2, 0.82, 0.82], colour: [0xff, 0xff, 0xff] },
  { box: [0.14, 0.85, 0.86, 0.89], colour: [0xff, 0xff, 0xff] },
];

function insideRoundedSquare(x, y) {
  const margin = 0.03;
  const radius = 0.16;
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= margin && x <= 1 - margin && y >= margin && y <= 1 - margin;
}

function sample(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  const shape = shapes.find(({ box: [l, t, r, b] }) => x >= l && x <= r && y >= t && y <= b);
  return shape ? shape.colour : BLUE;
}

function draw(size) {
  const n = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const colour = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!colour) continue;
          hits++;
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
        }
      }
      const at = (py * size + px) * 4;
      if (hits > 0) for (let i = 0; i < 3; i++) rgba[at + i] = Math.round(sum[i] / hits);
      rgba[at + 3] = Math.round((255 * hits) / (n * n));
    }
  }
  return rgba;
}

const crcTable = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rgba = draw(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
}
