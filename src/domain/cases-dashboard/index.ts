export * from './case-state';
export * from './case-order';
export * from './case-labels';
export * from './this-week';
