export * from './actors.js';
export * from './amounts.js';
export * from './fuzzyDate.js';
export * from './ids.js';
export * from './kinds.js';
export * from './recorded.js';
export * from './sources.js';
export * from './upcast.js';
