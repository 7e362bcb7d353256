import Papa from 'papaparse';
import { isOsmExport, type OsmFeature } from '#schema/osm/features.ts';

/**
 * A file as a table: its column names and one record per row, every cell as text. An
 * OpenStreetMap export also keeps its features, which the OSM import reads tag by tag.
 */
export type SourceTable = { columns: string[]; rows: Array<Record<string, string>>; osmFeatures?: OsmFeature[] };

type GeoJsonFeature = OsmFeature;

function fromGeoJson(text: string): SourceTable {
  const collection = JSON.parse(text) as { features?: GeoJsonFeature[] };
  if (isOsmExport(collection)) return { columns: [], rows: [], osmFeatures: collection.features ?? [] };
  const rows = (collection.features ?? []).map((feature) => {
    const row: Record<string, string> = {};
    for (const [key, value] of Object.entries(feature.properties ?? {})) row[key] = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
    const coordinates = feature.geometry?.type === 'Point' && Array.isArray(feature.geometry.coordinates) ? feature.geometry.coordinates : null;
    if (coordinates) {
      row.longitude = String(coordinates[0]);
      row.latitude = String(coordinates[1]);
    }
    return row;
  });
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { columns, rows };
}

/** CSV (any delimiter, with or without BOM) or GeoJSON, told apart by the name or the first character. */
export async function readSourceFile(file: File): Promise<SourceTable> {
  const text = (await file.text()).replace(/^\uFEFF/, '');
  if (/\.(geo)?json$/i.test(file.name) || text.trimStart().startsWith('{')) return fromGeoJson(text);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}
