import type { Permission } from '#schema/console/auth.ts';

/** The console's screens, in menu order, each with the permission it needs. */
export const SECTIONS = [
  { id: 'moderation', permission: 'moderate' },
  { id: 'listings', permission: 'listings' },
  { id: 'stats', permission: 'stats' },
  { id: 'settings', permission: 'settings' },
  { id: 'crisis', permission: 'settings' },
  { id: 'import', permission: 'import' },
  { id: 'embed', permission: 'stats' },
  { id: 'staff', permission: 'staff' },
  { id: 'network', permission: 'network' },
] as const satisfies ReadonlyArray<{ id: string; permission: Permission }>;

export type SectionId = (typeof SECTIONS)[number]['id'];

export function sectionFromPath(pathname: string): SectionId | null {
  const id = pathname.split('/')[2] ?? '';
  return SECTIONS.find((section) => section.id === id)?.id ?? null;
}
