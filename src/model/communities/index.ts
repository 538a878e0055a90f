export * from './detect';
export * from './group-view';
export * from './group-frame';
export * from './placement';
export * from './summary';
