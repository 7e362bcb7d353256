import L from 'leaflet';
import type { ListingStatus } from '#schema/status.ts';
import { STATUS_SYMBOL } from '../listings/StatusBadge.tsx';
import type { StatusCounts } from './clusters.ts';

const listingIcons = new Map<string, L.DivIcon>();

/** Each status has its own shape and symbol as well as its colour (see styles.css). */
export function listingIcon(status: ListingStatus, selected: boolean): L.DivIcon {
  const key = `${status}:${selected}`;
  let icon = listingIcons.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: `listing-marker status-${status}${selected ? ' is-selected' : ''}`,
      html: `<span aria-hidden="true">${STATUS_SYMBOL[status]}</span>`,
      iconSize: [26, 26],
      iconAnchor: [13, 13],
    });
    listingIcons.set(key, icon);
  }
  return icon;
}

/** A ring split by status share around the count; the count and the title carry the meaning. */
export function clusterIcon(count: number, counts: StatusCounts): L.DivIcon {
  const total = Math.max(1, counts.open + counts.adapted + counts.temporarily_closed + counts.permanently_closed);
  const open = (counts.open / total) * 100;
  const adapted = open + (counts.adapted / total) * 100;
  const closed = adapted + (counts.temporarily_closed / total) * 100;
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 48 : 56;
  const ring = `conic-gradient(var(--open) 0 ${open}%, var(--adapted) 0 ${adapted}%, var(--closed) 0 ${closed}%, var(--gone) 0 100%)`;
  return L.divIcon({
    className: 'cluster-marker',
    html: `<span class="cluster-ring" style="background:${ring}"></span><span class="cluster-count" aria-hidden="true">${count}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
