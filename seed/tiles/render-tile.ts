import type GeoJSONVT from 'geojson-vt';
import sharp from 'sharp';
import type { PlacedLabel } from './labels.ts';
import { TILE_SIZE } from './web-mercator.ts';

/** Colours of the fixture: pale land on a blue sea, France a shade lighter than its neighbours. */
const STYLE = {
  sea: '#aed1e6',
  land: '#e9e5dc',
  france: '#f8f5ee',
  border: '#9b8f99',
  dot: '#4a4a4a',
  text: '#2b2b2b',
  halo: '#ffffff',
};

const EXTENT = 4096;
const scale = TILE_SIZE / EXTENT;
const round = (value: number) => Math.round(value * scale * 10) / 10;

function pathOf(rings: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, close: boolean): string {
  return rings.map((ring) => `M${ring.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}${close ? 'Z' : ''}`).join('');
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** One 256 px PNG tile: shapes from the sliced GeoJSON, then the names placed for this zoom. */
export async function renderTile(shapes: GeoJSONVT, labels: readonly PlacedLabel[], z: number, x: number, y: number): Promise<Uint8Array> {
  const layers: Record<string, string[]> = { land: [], france: [], border: [] };
  for (const feature of shapes.getTile(z, x, y)?.features ?? []) {
    const kind = String(feature.tags?.['kind']);
    if (feature.type === 1) continue;
    layers[kind]?.push(pathOf(feature.geometry, feature.type === 3));
  }
  const originX = x * TILE_SIZE;
  const originY = y * TILE_SIZE;
  const names = labels
    .filter((l) => l.right > originX && l.left < originX + TILE_SIZE && l.bottom > originY && l.top < originY + TILE_SIZE)
    .map((l) => {
      const px = Math.round((l.x - originX) * 10) / 10;
      const py = Math.round((l.y - originY) * 10) / 10;
      return `<circle cx="${px}" cy="${py}" r="2.5" fill="${STYLE.dot}"/><text x="${px + 5}" y="${py + l.fontSize * 0.35}" font-size="${l.fontSize}">${escapeXml(l.name)}</text>`;
    });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${TILE_SIZE}" height="${TILE_SIZE}" viewBox="0 0 ${TILE_SIZE} ${TILE_SIZE}">
<rect width="${TILE_SIZE}" height="${TILE_SIZE}" fill="${STYLE.sea}"/>
<path fill="${STYLE.land}" fill-rule="evenodd" d="${layers['land']?.join('') ?? ''}"/>
<path fill="${STYLE.france}" fill-rule="evenodd" d="${layers['france']?.join('') ?? ''}"/>
<path fill="none" stroke="${STYLE.border}" stroke-width="1.2" stroke-dasharray="4 2" d="${layers['border']?.join('') ?? ''}"/>
<g font-family="DejaVu Sans, Liberation Sans, sans-serif" fill="${STYLE.text}" stroke="${STYLE.halo}" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${names.join('')}</g>
</svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png({ palette: true, colors: 64, compressionLevel: 9 }).toBuffer());
}
