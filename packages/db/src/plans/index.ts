export * from './derive-child-plan.ts';
export * from './parent-binding.ts';
export * from './plan-edits.ts';
export * from './plan-items.ts';
export * from './plan-store.ts';
export * from './preview-derivation.ts';
export * from './publish-plan.ts';
export * from './upstream.ts';
