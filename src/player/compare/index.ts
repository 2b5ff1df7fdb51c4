/** The `protocol-compare` block's DOM: players side by side under one shared fault bar, with a verdict each. */
export { mountCompare } from './mount-compare';
export type { CompareHandle, CompareOptions, CompareSideSpec } from './compare-api';
