export * from './distance.ts';
export * from './hilbert.ts';
export * from './ranges.ts';
export * from './cells.ts';
