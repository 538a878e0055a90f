export * from './span-graph';
export * from './initial-placement';
// force-atlas (graphology) is imported by path, from the layout worker and Node scripts only.
export * from './layout-key';
export * from './positions-field';
export * from './fast-span';
