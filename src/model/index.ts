export * from './place.js';
export * from './state.js';
export * from './plan.js';
export * from './provider.js';
export * from './errors.js';
export * from './hooks.js';
