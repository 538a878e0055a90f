export * from './chapters';
export * from './time-animation';
