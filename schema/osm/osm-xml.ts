import { XMLParser } from 'fast-xml-parser';
import type { OsmFeature } from './features.ts';

/**
 * OSM XML (`.osm`, as the API, JOSM or Overpass write it) as the features of an Overpass Turbo
 * GeoJSON export, so that one conversion (features.ts) serves both: a node is a point, a way the
 * points of its nodes (features.ts takes their mean), each with its tags and its id (`node/1`).
 * A relation has no position of its own here: it is left out as such, and counted.
 */

type XmlTag = { k?: string; v?: string };
type XmlElement = { id?: string; lat?: string; lon?: string; tag?: XmlTag[]; nd?: Array<{ ref?: string }> };
type XmlDocument = { osm?: { node?: XmlElement[]; way?: XmlElement[]; relation?: XmlElement[] } };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Repeated children are arrays even when an element has one.
  isArray: (name) => ['node', 'way', 'relation', 'tag', 'nd', 'member'].includes(name),
  processEntities: true,
});

const tagsOf = (element: XmlElement): Record<string, string> =>
  Object.fromEntries((element.tag ?? []).flatMap((tag) => (tag.k === undefined ? [] : [[tag.k, tag.v ?? '']])));

export function osmXmlFeatures(xml: string): OsmFeature[] {
  const { osm } = parser.parse(xml) as XmlDocument;
  if (!osm) throw new Error('not an OSM XML document (no <osm> root)');
  const nodes = osm.node ?? [];
  const positions = new Map(nodes.map((node) => [node.id, [Number(node.lon), Number(node.lat)]]));
  const tagged = (kind: string, element: XmlElement, geometry: OsmFeature['geometry']): OsmFeature => {
    const id = `${kind}/${element.id ?? ''}`;
    return { id, properties: { '@id': id, ...tagsOf(element) }, geometry };
  };
  return [
    ...nodes.filter((node) => (node.tag ?? []).length > 0).map((node) => tagged('node', node, { type: 'Point', coordinates: [Number(node.lon), Number(node.lat)] })),
    ...(osm.way ?? []).map((way) => tagged('way', way, { type: 'LineString', coordinates: (way.nd ?? []).flatMap((nd) => { const at = positions.get(nd.ref); return at ? [at] : []; }) })),
    ...(osm.relation ?? []).map((relation) => tagged('relation', relation, null)),
  ];
}
