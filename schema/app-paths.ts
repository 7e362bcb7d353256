/** A listing's shared page, `/l/:id`: the map with that listing's card open. */
export const LISTING_PATH = /^\/l\/([0-9a-z]{1,32})\/?$/;

/** The pages of the resident and shopkeeper app besides the map; the console has its own. */
export const PAGE_PATHS = {
  register: '/inscription',
  manage: '/ma-fiche',
  statement: '/accessibilite',
  crisisAnswer: '/crise/reponse',
  alerts: '/alertes',
} as const;

export const isConsolePath = (pathname: string) => pathname === '/console' || pathname.startsWith('/console/');

const PAGES = new Set<string>(Object.values(PAGE_PATHS));

/**
 * Whether the web app has a page at this path. Any other path gets the "page not found" page
 * with a 404, so that a mistyped or outdated link never passes for the map.
 */
export function isAppPath(pathname: string): boolean {
  return pathname === '/' || PAGES.has(pathname) || isConsolePath(pathname) || LISTING_PATH.test(pathname);
}
