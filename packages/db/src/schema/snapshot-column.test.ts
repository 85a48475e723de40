import { itemIdFor } from '@cascade/engine';
import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../plans/derive-child-plan.ts';
import { readSnapshot, storedSnapshot } from './snapshot-column.ts';

type Item = PlanSnapshot['items'][number];

const PLAN = 'plan-2022-441322104';
const item = (over: Partial<Item> & Pick<Item, 'path'>): Item => ({
  id: itemIdFor(PLAN, over.path),
  planId: PLAN,
  position: 0,
  parentItemId: null,
  kind: 'task',
  label: over.path.at(-1) ?? '',
  text: '规范使用全省政府信息依申请公开系统',
  units: { lead: [], cooperate: [], responsible: ['公庄镇党政综合办公室'] },
  deadline: { due: '2022-12-31', kind: 'yearEnd', text: '2022年底前' },
  rules: [],
  workflowVariant: 'standard',
  evidenceRequired: true,
  scoreWeight: null,
  provenance: { sourceItemId: 'plan-2022-441322#（二）4.', sourceVersion: 1 },
  derivationStatus: 'localized',
  overrides: null,
  trace: null,
  version: 1,
  ...over,
});

const snapshot = (items: Item[]): PlanSnapshot => ({
  title: '公庄镇2022年政务公开工作要点',
  docNumber: null,
  settings: {},
  items,
});
const throughJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('a published version as stored', () => {
  it('leaves out what every item repeats, and reads back the same items', () => {
    const published = snapshot([
      item({
        path: ['（一）'],
        kind: 'section',
        text: '',
        units: {},
        deadline: null,
        provenance: null,
        derivationStatus: null,
      }),
      item({ path: ['（一）', '1.'], position: 1 }),
    ]);
    const stored = storedSnapshot(published);
    expect(stored.planId).toBe(PLAN);
    expect(stored.items[1]).not.toHaveProperty('id');
    expect(stored.items[1]).not.toHaveProperty('planId');
    expect(stored.items[1]).not.toHaveProperty('overrides');
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(published).length * 0.7);
    expect(readSnapshot(throughJson(stored))).toEqual(published);
  });

  it('keeps what differs from the defaults: an id of its own, a designed workflow, a weight, an edited version', () => {
    const published = snapshot([
      item({ path: ['1.'], id: `${PLAN}#imported-7`, workflowVariant: 'designed:rectify', scoreWeight: '2.5' }),
      item({
        path: ['2.'],
        evidenceRequired: false,
        rules: [{ id: 'r' } as never],
        version: 3,
        overrides: {} as never,
      }),
    ]);
    const stored = storedSnapshot(published);
    expect(stored.items[0]).toMatchObject({ id: `${PLAN}#imported-7`, workflowVariant: 'designed:rectify' });
    expect(stored.items[1]).toMatchObject({ evidenceRequired: false, version: 3 });
    expect(readSnapshot(throughJson(stored))).toEqual(published);
  });

  it('reads a version stored whole, before items were stored short, as it is', () => {
    const whole = snapshot([item({ path: ['1.'] })]);
    expect(readSnapshot(throughJson(whole))).toEqual(whole);
  });

  it('stores items of more than one plan, or none, whole', () => {
    const mixed = snapshot([item({ path: ['1.'] }), item({ path: ['2.'], planId: 'plan-other' })]);
    expect(storedSnapshot(mixed)).toEqual(mixed);
    expect(readSnapshot(throughJson(storedSnapshot(snapshot([]))))).toEqual(snapshot([]));
  });
});
