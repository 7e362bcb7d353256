/**
 * Opening hours and status, shared by the Worker and the web app (which evaluates offline).
 * No DOM or Node API here. french-holidays.ts is left out on purpose: it carries a holiday
 * database too heavy for the page, so the Worker imports it directly. dated-hours.ts is left out
 * too: its zod schemas serve the shopkeeper's forms, which import it directly; through this
 * index, bundlers would put it and zod in the chunk every page that reads hours loads.
 */
export * from './describe.ts';
export * from './evaluate.ts';
export * from './holidays.ts';
export * from './listing.ts';
export * from './local-time.ts';
export * from './messages.ts';
export * from './model.ts';
export * from './open-status.ts';
export * from './osm-parse.ts';
export * from './osm-serialize.ts';
export * from './public-holidays.ts';
export * from './summary.ts';
export * from './upcoming.ts';
export * from './validation.ts';
