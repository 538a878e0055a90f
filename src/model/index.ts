export * from './types';
export * from './dates';
export * from './cameo';
export * from './schema';
export * from './validate';
export * from './dataset-index';
export * from './engine';
export * from './search';
