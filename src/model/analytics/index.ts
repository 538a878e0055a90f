export * from './types';
export * from './signed-graph';
export * from './balance';
export * from './frustration';
export * from './exact';
export * from './metrics';
export * from './diff';
export * from './series';
