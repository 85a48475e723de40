import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportError, importPlanText } from '@cascade/documents';
import type { DeadlineKind, PlanDraft } from '@cascade/engine';
import { describe, expect, it } from 'vitest';

/**
 * Fragments of real published documents (tests/fixtures/import/realdocs, see its README) against
 * outlines written by hand before the importer was asked: what a clerk would say the measures,
 * their units by role and deadlines are, or that the fragment holds no measure at all.
 */
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/realdocs');

type ExpectedItem = {
  label: string;
  path: string[];
  textStartsWith: string;
  lead: string[];
  responsible: string[];
  cooperate: string[];
  deadline: { kind: DeadlineKind; due: string | null };
};

type Expected = {
  reading: string;
  year: number;
  refused: 'noMeasures' | null;
  items: ExpectedItem[];
  unplacedIncludes: string[];
};

const ROLES = ['lead', 'responsible', 'cooperate'] as const;

const fragments = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

const noSpace = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * A unit as the fixtures write it and as the importer may print it compare alike: no spaces,
 * full-width parentheses, and a list's closing 等…单位 dropped ("市税务局等市有关单位" is 市税务局, as the
 * seed fixtures read "国资委等单位").
 */
const unitKey = (s: string) =>
  noSpace(s)
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/等[^、，,；;（）]{0,8}(?:单位|部门|机构)$|等$/, '');

const unitSet = (units: string[]) => [...new Set(units.map(unitKey))].sort();
const show = (v: unknown) => JSON.stringify(v);

/** Every difference between the expected outline and the draft, first one first. */
function differences(expected: Expected, draft: PlanDraft): string[] {
  const out: string[] = [];
  const count = Math.max(expected.items.length, draft.items.length);
  for (let i = 0; i < count; i++) {
    const want = expected.items[i];
    const got = draft.items[i];
    const at = `item ${i + 1} (${want ? want.path.join('') : got?.path.join('')})`;
    if (!want) {
      out.push(`${at}: not expected, importer made ${show(got?.label)} “${got?.text.slice(0, 20)}”`);
      continue;
    }
    if (!got) {
      out.push(`${at}: missing, expected “${want.textStartsWith}…”`);
      continue;
    }
    if (got.label !== want.label) out.push(`${at} label: expected ${show(want.label)}, got ${show(got.label)}`);
    if (show(got.path) !== show(want.path)) out.push(`${at} path: expected ${show(want.path)}, got ${show(got.path)}`);
    if (!noSpace(got.text).startsWith(noSpace(want.textStartsWith))) {
      out.push(`${at} text: expected to start with “${want.textStartsWith}”, got “${got.text.slice(0, 30)}”`);
    }
    for (const role of ROLES) {
      const wantUnits = unitSet(want[role]);
      const gotUnits = unitSet(got.units[role].map((u) => u.text));
      if (show(wantUnits) !== show(gotUnits)) {
        out.push(`${at} ${role}: expected ${show(wantUnits)}, got ${show(gotUnits)}`);
      }
    }
    if (got.deadline.kind !== want.deadline.kind) {
      out.push(
        `${at} deadline.kind: expected ${want.deadline.kind}, got ${got.deadline.kind} (“${got.deadline.text}”)`,
      );
    }
    if (got.deadline.due !== want.deadline.due) {
      out.push(`${at} deadline.due: expected ${want.deadline.due}, got ${got.deadline.due}`);
    }
  }
  const unplaced = draft.unplaced.map((u) => noSpace(u.text));
  for (const s of expected.unplacedIncludes) {
    if (!unplaced.some((u) => u.includes(noSpace(s)))) out.push(`unplaced: nothing reported contains “${s}”`);
  }
  return out;
}

/**
 * Fragments the importer does not read as a clerk does yet, each with why. `it.fails` asserts they
 * still differ, so the day one is read right the test says so and it moves to the list above.
 */
const KNOWN_GAPS: Record<string, string> = {};

describe('importing fragments of real documents (tests/fixtures/import/realdocs)', () => {
  it('has a hand-written expectation for every fragment', () => {
    const expectations = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));
    expect(expectations.map((f) => f.replace(/\.expected\.json$/, '')).sort()).toEqual(fragments);
  });

  const known = fragments.filter((name) => name in KNOWN_GAPS);
  it.each(known.map((name) => [name, KNOWN_GAPS[name]] as const))('%s — known gap: %s', (name) => {
    expect(() => checkFragment(name)).toThrow();
  });

  it.each(fragments.filter((name) => !(name in KNOWN_GAPS)))('%s', (name) => checkFragment(name));
});

function checkFragment(name: string): void {
  const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as Expected;
  const options = { year: expected.year, fileName: `${name}.txt` };

  if (expected.refused) {
    let draft: PlanDraft | undefined;
    let error: unknown;
    try {
      draft = importPlanText(text, options);
    } catch (e) {
      error = e;
    }
    const got =
      error instanceof ImportError
        ? `ImportError ${error.reason}`
        : error
          ? `${String(error)}`
          : `${draft?.items.length} items, first ${show(draft?.items[0]?.path)} “${draft?.items[0]?.text.slice(0, 20)}”`;
    expect(got, `${name}: expected the import to be refused (${expected.refused}), got ${got}`).toBe(
      `ImportError ${expected.refused}`,
    );
    return;
  }

  let draft: PlanDraft;
  try {
    draft = importPlanText(text, options);
  } catch (e) {
    const why = e instanceof ImportError ? `ImportError ${e.reason}` : String(e);
    expect.fail(`${name}: expected ${expected.items.length} items, the import threw ${why}`);
  }
  const found = differences(expected, draft);
  const summary = `${name}: ${expected.items.length} items expected, ${draft.items.length} imported`;
  const message = found.length
    ? `${summary}; first difference — ${found[0]}${found.length > 1 ? ` (and ${found.length - 1} more)` : ''}`
    : summary;
  expect(found, message).toEqual([]);
}
