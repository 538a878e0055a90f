export * from './chapters';
export * from './time-animation';
export * from './claims';
