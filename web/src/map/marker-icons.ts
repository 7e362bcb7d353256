import * as L from 'leaflet';
import type { StatusTone } from '#schema/hours/open-status.ts';
import { TONE_SYMBOL } from '../listings/StatusBadge.tsx';
import type { OpenCounts } from './clusters.ts';

const listingIcons = new Map<string, L.DivIcon>();

/** Pixels across a listing's marker: above the 24 px a target needs. */
export const LISTING_ICON_SIZE = 26;

/** Pixels across a cluster's ring, growing with its count. */
export function clusterIconSize(count: number): number {
  return count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 48 : 56;
}

/** Each tone has its own shape and symbol as well as its colour (see styles.css). */
export function listingIcon(tone: StatusTone, selected: boolean): L.DivIcon {
  const key = `${tone}:${selected}`;
  let icon = listingIcons.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: `listing-marker marker-shape tone-${tone}${selected ? ' is-selected' : ''}`,
      html: `<span aria-hidden="true">${TONE_SYMBOL[tone]}</span>`,
      iconSize: [LISTING_ICON_SIZE, LISTING_ICON_SIZE],
      iconAnchor: [LISTING_ICON_SIZE / 2, LISTING_ICON_SIZE / 2],
    });
    listingIcons.set(key, icon);
  }
  return icon;
}

/**
 * A ring split between open now, closed now and not known for sure, around the count; the count
 * and the title carry the meaning. Counts per cell from the API say nothing of the hours: a plain ring.
 */
export function clusterIcon(count: number, counts: OpenCounts | null): L.DivIcon {
  const size = clusterIconSize(count);
  let ring = 'var(--unsure)';
  if (counts) {
    const total = Math.max(1, counts.open + counts.closed + counts.unsure);
    const open = (counts.open / total) * 100;
    const closed = open + (counts.closed / total) * 100;
    ring = `conic-gradient(var(--open) 0 ${open}%, var(--closed) 0 ${closed}%, var(--unsure) 0 100%)`;
  }
  return L.divIcon({
    className: 'cluster-marker',
    html: `<span class="cluster-ring" style="background:${ring}"></span><span class="cluster-count" aria-hidden="true">${count}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
