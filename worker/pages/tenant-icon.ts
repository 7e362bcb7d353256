import { concatBytes } from '../bytes.ts';

/**
 * The tenant's app icon: a white map pin on its brand colour, drawn as a PNG in the Worker so
 * that every CCI has installable icons (browsers want PNG for install prompts and previews)
 * without uploading any image.
 */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

async function deflate(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** Inside the pin: a disc whose lower half narrows to a point, with a hole in the middle. */
function inPin(x: number, y: number): boolean {
  const cx = 0.5;
  const cy = 0.42;
  const radius = 0.2;
  const d = Math.hypot(x - cx, y - cy);
  if (d < 0.075) return false;
  if (d <= radius) return true;
  const tip = 0.8;
  if (y < cy || y > tip) return false;
  const halfWidth = radius * ((tip - y) / (tip - cy)) * 0.92;
  return Math.abs(x - cx) <= halfWidth;
}

export async function tenantIconPng(size: number, background: string): Promise<Uint8Array<ArrayBuffer>> {
  const [r, g, b] = hexToRgb(background);
  const rowLength = 1 + size * 3;
  const raw = new Uint8Array(rowLength * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const white = inPin((x + 0.5) / size, (y + 0.5) / size);
      raw.set(white ? [255, 255, 255] : [r, g, b], y * rowLength + 1 + x * 3);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 2, 0, 0, 0], 8);
  return concatBytes(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', await deflate(raw)), chunk('IEND', new Uint8Array()));
}
