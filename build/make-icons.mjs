// Rasterises the SVG icons in build/icons/ into what each platform's installer
// needs: PNGs (Linux, and the sources), .ico (Windows: PNG-compressed entries,
// which Windows Vista and later read) and .icns (macOS: PNG entries).
// Run after changing an SVG: node build/make-icons.mjs
// Rasterised with resvg's WebAssembly build, the same renderer as PNG export.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const folder = new URL('./icons/', import.meta.url).pathname;

export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/** ICO: a directory of images, each stored as a PNG. */
export function makeIco(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

/** ICNS: 'icns' + length, then typed chunks; these types hold PNG data. */
const ICNS_TYPES = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
export function makeIcns(pngs) {
  const chunks = pngs.map(({ size, png }) => {
    const head = Buffer.alloc(8);
    head.write(ICNS_TYPES[size], 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

function build(name, pngSizes) {
  const svg = readFileSync(join(folder, `${name}.svg`));
  const at = (sizes) => sizes.map((size) => ({ size, png: renderPng(svg, size) }));
  for (const size of pngSizes) writeFileSync(join(folder, `${name}-${size}.png`), renderPng(svg, size));
  writeFileSync(join(folder, `${name}.ico`), makeIco(at([16, 24, 32, 48, 64, 128, 256])));
  writeFileSync(join(folder, `${name}.icns`), makeIcns(at([16, 32, 64, 128, 256, 512, 1024])));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  build('icon', [256, 512, 1024]);
  build('document', [256, 512]);
  console.log('icons written to build/icons/');
}
