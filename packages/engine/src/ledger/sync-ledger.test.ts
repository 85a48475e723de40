import { describe, expect, it } from 'vitest';
import type { LedgerRow } from './ledger-rows.ts';
import { type IssuedLedgerRow, syncLedger } from './sync-ledger.ts';

const row = (id: string, itemId: string, dueOn: string | null): LedgerRow => ({
  id,
  planId: 'p',
  itemId,
  orgId: id,
  orgPath: `/${id}/`,
  role: 'lead',
  periodKey: '',
  dueOn,
  templateVersion: 2,
  evidenceRequired: true,
  workflowVariant: 'standard',
  workflowVersion: 1,
  year: 2022,
});
const issued = (id: string, itemId: string, state: string, dueOn: string | null): IssuedLedgerRow => ({
  id,
  itemId,
  state,
  dueOn,
  light: 'red',
});

describe('a republish against the ledger rows its plan issued', () => {
  it('moves the due date of open rows and lights them from the new date, leaving finished rows be', () => {
    const sync = syncLedger(
      [issued('a', 't12', 'reported', '2022-08-31'), issued('b', 't12', 'verified', '2022-08-31')],
      [row('a', 't12', '2022-10-31'), row('b', 't12', '2022-10-31')],
      { version: 2, today: '2022-09-20' },
    );
    expect(sync.rescheduled).toEqual([{ id: 'a', from: '2022-08-31', to: '2022-10-31', light: 'green', version: 2 }]);
    expect(sync.added).toEqual([]);
    expect(sync.closed).toEqual([]);
  });

  it('adds rows for units newly named and closes open rows no longer named, saying why', () => {
    const sync = syncLedger(
      [
        issued('kept', 't1', 'assigned', null),
        issued('unit gone', 't1', 'reported', null),
        issued('task gone', 't2', 'assigned', null),
        issued('done long ago', 't2', 'closed', null),
      ],
      [row('kept', 't1', null), row('new unit', 't1', null)],
      { version: 3, today: '2022-09-20' },
    );
    expect(sync.added.map((r) => r.id)).toEqual(['new unit']);
    expect(sync.rescheduled).toEqual([]);
    expect(sync.closed).toEqual([
      { id: 'unit gone', reason: expect.stringContaining('第 3 版已不再将此项交由本单位承办') },
      { id: 'task gone', reason: expect.stringContaining('第 3 版已删除此项') },
    ]);
  });
});
