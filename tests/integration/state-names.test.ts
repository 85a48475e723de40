import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_ASSIGNMENT_STATES, categoryOf } from '@cascade/engine';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Where state names may be written: the variants that define them (and the categories, one of
 * which shares its word with a state), the plan's own lifecycle and
 * the supervision notice's (other machines with states of the same words), and the translations of
 * their labels (a message catalogue keyed by state).
 */
const DEFINITIONS = [
  'packages/engine/src/workflow/standard-variants.ts',
  'packages/engine/src/workflow/workflow-variant.ts',
  'packages/engine/src/workflow/plan-lifecycle.ts',
  'packages/engine/src/supervision/supervision-notice.ts',
  'apps/web/src/ui/messages/',
];

function sourceFiles(): string[] {
  const dirs = ['packages', 'apps'].flatMap((top) =>
    readdirSync(path.join(root, top)).map((name) => path.join(top, name, 'src')),
  );
  return dirs.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .map((f) => path.join(dir, f).split(path.sep).join('/'))
      .filter((f) => /\.tsx?$/.test(f) && !/\.(test|gen)\.tsx?$/.test(f) && !f.includes('/testing/'))
      .filter((f) => !DEFINITIONS.some((d) => f.startsWith(d))),
  );
}

/** Names only an assignment's lifecycle uses ('closed' and 'draft' are also a plan's and a notice's). */
const ASSIGNMENT_ONLY = BUILT_IN_ASSIGNMENT_STATES.filter((s) => s !== 'closed' && s !== 'draft');

/** A line that names an assignment state instead of asking what it means. */
function namesAState(line: string): boolean {
  if (/^\s*(\/\/|\*|\/\*)/.test(line) || /\bexample:/.test(line)) return false;
  const names = `${ASSIGNMENT_ONLY.join('|')}|review\\d+`;
  const literal = new RegExp(`['"\`](${names})['"\`]`);
  const sharedWord = /\bstate\s*(===|!==|=|:)\s*['"](closed|draft)['"]/;
  const sqlList = new RegExp(`state\\s+(NOT\\s+)?IN\\s*\\([^)]*'(closed|draft|${names})'`, 'i');
  return literal.test(line) || sharedWord.test(line) || sqlList.test(line);
}

describe('one source of state meaning', () => {
  it('finds the built-in states and their categories in the variants', () => {
    expect(ASSIGNMENT_ONLY.length).toBeGreaterThan(3);
    expect(BUILT_IN_ASSIGNMENT_STATES.every((s) => categoryOf(s) !== undefined)).toBe(true);
  });

  it('finds no list or test of state names outside the variant definitions', () => {
    const found = sourceFiles().flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (namesAState(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found, 'ask the engine (categoryOf, isFinished, rowActionsIn, FINISHED_STATES …) instead').toEqual([]);
  });

  it('would notice one', () => {
    expect(namesAState("  const open = row.state !== 'verified';")).toBe(true);
    expect(namesAState("WHERE a.state NOT IN ('verified', 'closed')")).toBe(true);
    expect(namesAState("WHERE n.state IN ('issued', 'signed')")).toBe(false);
    expect(namesAState("if (plan.status === 'closed')")).toBe(false);
  });
});
