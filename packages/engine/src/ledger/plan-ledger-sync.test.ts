import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../deadlines/parse-deadline.ts';
import { createOrgDirectory } from '../derivation/org-directory.ts';
import type { Org } from '../orgs/org.ts';
import type { PublishedItem } from './ledger-rows.ts';
import { planLedgerSync } from './plan-ledger-sync.ts';

const base = {
  parentId: null,
  regionCode: null,
  divisionType: null,
  function: null,
  hasVillages: false,
  hasCommunities: false,
  villageCount: 0,
  communityCount: 0,
  tags: [] as string[],
};
const city: Org = {
  ...base,
  id: '441300',
  path: '/441300/',
  depth: 0,
  name: '惠州市',
  fullName: '惠州市',
  level: 'city',
  kind: 'government',
  divisionType: '市',
};
const dept = (fn: string, name: string): Org => ({
  ...base,
  id: `441300-${fn}`,
  parentId: '441300',
  path: `/441300/441300-${fn}/`,
  depth: 1,
  name,
  fullName: `惠州市${name}`,
  level: 'city',
  kind: 'department',
  function: fn,
});
const directory = createOrgDirectory([city, dept('justice', '市司法局'), dept('finance', '市财政局')]);
const plan = { id: 'p', year: 2022 };
const item = (id: string, lead: string[], deadline: string): PublishedItem => ({
  id,
  kind: 'task',
  units: { lead },
  deadline: parseDeadline(deadline, { year: 2022 }),
  derivationStatus: null,
});

describe('the one plan of what a publish does to the ledger', () => {
  it('counts rows issued, re-dated, closed and left as they are, from the rows version 1 issued', () => {
    const v1 = planLedgerSync({
      plan,
      version: 1,
      items: [
        item('a', ['市司法局'], '2022年9月底前'),
        item('b', ['市财政局'], '2022年9月底前'),
        item('c', ['市司法局'], '年底前'),
      ],
      owner: city,
      directory,
      issued: [],
      today: '2022-06-01',
    });
    expect(v1.effect).toEqual({ issued: 3, redated: 0, closed: 0, unchanged: 0 });
    const issued = v1.rows.map((r) => ({
      id: r.id,
      itemId: r.itemId,
      state: 'assigned',
      dueOn: r.dueOn,
      light: 'green' as const,
    }));
    // Version 2: a's deadline moves, b is gone, c stays, d is new.
    const v2 = planLedgerSync({
      plan,
      version: 2,
      items: [
        item('a', ['市司法局'], '2022年10月底前'),
        item('c', ['市司法局'], '年底前'),
        item('d', ['市财政局'], '年底前'),
      ],
      owner: city,
      directory,
      issued,
      today: '2022-06-01',
    });
    expect(v2.effect).toEqual({ issued: 1, redated: 1, closed: 1, unchanged: 1 });
    expect(v2.sync.rescheduled[0]).toMatchObject({ from: '2022-09-30', to: '2022-10-31' });
    expect(v2.sync.closed[0]?.reason).toContain('第 2 版已删除此项');
  });
});
