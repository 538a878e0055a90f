export * from './detect';
export * from './group-view';
export * from './placement';
export * from './summary';
