export * from './span-graph';
export * from './initial-placement';
export * from './force-atlas';
export * from './layout-key';
export * from './positions-field';
export * from './fast-span';
