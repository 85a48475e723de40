/**
 * `@cascade/engine/testing`: what tests and benchmarks need and the product does not.
 *
 * json-rules-engine is the reference semantics the compiled rule evaluator is checked against
 * (differential test, `pnpm bench rules`). Nothing the product runs calls it, so it lives behind
 * this entry and stays out of the web bundle.
 */
export { createReferenceRuleSet, type ReferenceRuleSet } from '../rules/reference-engine.ts';
