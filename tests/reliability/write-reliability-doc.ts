import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIGURES_FILE, type FiguresFile, readFigures, type ScenarioFigures } from './support/figures.ts';

/**
 * `pnpm reliability:doc`: rewrites the scenario sections 1–4 (and 4b) of docs/RELIABILITY.md from the
 * figures the last `pnpm test:reliability` run wrote (.tmp/reliability-figures.json). Only the
 * text between the part-1 markers is replaced; other sections (5–7) are kept as they are, and so
 * are the figures of a scenario the figures file does not have.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOC = path.join(root, 'docs', 'RELIABILITY.md');
const START = '<!-- reliability:scenarios-1-4:start (pnpm reliability:doc rewrites this part) -->';
const END = '<!-- reliability:scenarios-1-4:end -->';

type Section = { key: string[]; title: string; asserted: string[]; command: string };

const SECTIONS: Section[] = [
  {
    key: ['concurrency'],
    title: '1. Concurrency: conflicting transitions from 32 clients',
    asserted: [
      'A server process on PostgreSQL; 32 clients signed in over HTTP (each from its own loopback address, half as 惠州市司法局 报送员 reporting, half as 惠州市 督查核验 returning or now and then verifying) send transitions at the same 100 ledger rows, each from what it last saw of the row, so most collide.',
      'Every answer is a 200 with the written row or a 409 `application/problem+json` (`/problems/conflict` for a stale version, `/problems/transition-not-allowed` for a step the state does not have); nothing else.',
      'Zero lost updates: the set of acknowledged (row, version) pairs equals the set of logged transition events, one for one.',
      'Each final state is explained by the log: replaying each row’s events through the workflow machine from `assigned` gives its state, versions run 2, 3, … without gap or repeat, and the row’s version is one more than its number of events.',
    ],
    command: 'RELIABILITY_FULL=1 pnpm test:reliability tests/reliability/concurrency.reliability.test.ts',
  },
  {
    key: ['crash'],
    title: '2. Server crash: kill -9 during a cascade and during a burst of transitions',
    asserted: [
      'Cascade: POST /api/plans/{id}/cascade queues a job; the server is killed with SIGKILL once about a third of the child plans are written, and started again. The job’s claim (lease, `JOB_LEASE_SECONDS`, 2 s here) runs out, the restarted server takes it over (claims = 2) and the resumable cascade finishes it.',
      'The tables `plans`, `plan_items`, `assignments` and `rollup_counts` then hold exactly what an uninterrupted cascade of the same plan wrote in a database of its own (row counts and a digest of every row without its timestamps; the imported root plan’s generated id is named alike in both); no plan is derived twice.',
      'Burst: 8 clients send transitions with idempotency keys; the server is killed halfway and restarted on the same port. Clients whose request was cut off send it again with the same key. Every transition a client was told about is logged exactly once, none is applied twice, and every row’s state is explained by its log.',
      'This test found a real deadlock (once in about three CI runs: eight 500s right after the restart, when the retried requests arrive at once): a transition took its count out of the roll-up rows of the org and its ancestors in one statement and into them in another, so two transitions moving counts between the same buckets in opposite directions locked the same rows in opposite orders. The roll-up move is now one upsert in (org, state, light) order (`rollupMove` in `packages/db/src/repositories/rollup.repository.ts`), a deadlock victim is retried, and `packages/db/src/repositories/assignments.repository.test.ts` (“without a deadlock”, which fails on the old statement) keeps it fixed.',
    ],
    command: 'RELIABILITY_FULL=1 pnpm test:reliability tests/reliability/server-crash.reliability.test.ts',
  },
  {
    key: ['outage', 'pglite-kill'],
    title: '3. Database outage, and kill -9 of a process writing to the embedded PGlite',
    asserted: [
      'PostgreSQL is stopped with `pg_ctl stop -m fast` under load (7 clients writing with idempotency keys, one reading the ledger) and started again after the outage.',
      'Meanwhile the API answers `503 /problems/database-unavailable` problem documents (zh/en titles, `Retry-After`), never a 500; it recovers by itself (no restart of the server) and loses nothing it acknowledged; every row’s state is explained by its log.',
      'This test found a real hang: postgres.js left a connection slot “connecting” for good when the custom socket factory rejected a refused connection, so after an outage every query waited forever. The factory now hands the socket over while it connects, and reconnect back-off is bounded (≤ 1 s, connect timeout 5 s); `packages/db/src/client-outage.test.ts` keeps it fixed.',
      'PGlite: a child process writes transactions of ten rows into a file-backed PGlite and prints each commit; it is killed with SIGKILL. Reopened, the database holds every acknowledged transaction, each whole, at most the one in flight beyond them, takes writes and answers through its indexes.',
    ],
    command: 'RELIABILITY_FULL=1 pnpm test:reliability tests/reliability/database-outage.reliability.test.ts',
  },
  {
    key: ['instances'],
    title: '4. Several instances on one PostgreSQL',
    asserted: [
      'Two server processes on one database. A session signed in on one is valid on the other (read on A, write on B, sign-out on A ends it on B).',
      'Background jobs are rows of the `jobs` table, claimed with `FOR UPDATE SKIP LOCKED` under a renewed lease, so either instance can answer GET /api/jobs/{id}. The periodic deadline scan is queued once per period under a dedupe key, whichever instance asks first: over the observed periods there is exactly one scan run per period, each claimed once, and every overdue row is reminded exactly once.',
      'A cascade started through the API on instance A is reported by instance B, runs once (one claim, one `job.succeeded`) and derives each child plan once.',
      'This test found a race (once in CI, the cascade job `failed`): the deadline scan on one instance and the end of a cascade on the other both recount the roll-up of the year, and two recounts at once deleted each other’s rows and then inserted the same keys (duplicate key). A recount now takes `LOCK TABLE rollup_counts IN SHARE ROW EXCLUSIVE MODE` first, so recounts run one at a time and no transition is counted in between; `packages/db/src/repositories/assignments.repository.test.ts` (“recounts the roll-up from two places at once”, which fails on the old code) keeps it fixed.',
    ],
    command: 'RELIABILITY_FULL=1 pnpm test:reliability tests/reliability/several-instances.reliability.test.ts',
  },
  {
    key: ['upload-bomb'],
    title: '4b. Decompression bombs uploaded to POST /api/plans/import',
    asserted: [
      'A server process on PostgreSQL; 惠州市 方案起草 uploads .docx and .xlsx files of 16 KB–1.5 MB generated by the test (`@cascade/documents/testing`): document.xml of 80 MB and of 1 GB of `<w:p/>` (the issue’s bomb killed the process at ~5 GB), 300 MB of zeros as an image, an entry declaring 1 KB that inflates to 300 MB, a sheet of 80 MB of rows, and 10 MB of `<w:p/>` (1.7 million elements, within the part size).',
      'Each is answered with an `application/problem+json` naming the limit it passed — 413 `/problems/payload-too-large` (“word/document.xml 解压后 80 MB，超过 16 MB 上限”), or 422 `/problems/import-failed` for the entry larger than it declares — then a real plan (.docx) still imports (201) and GET /api/health answers 200.',
      'The server’s resident memory (VmHWM from /proc/<pid>/status, and VmRSS sampled every 20 ms) stays below 1 GB. The limits are `OFFICE_PACKAGE_LIMITS` in `packages/documents/src/readers/office-package-limits.ts`, enforced while unpacking, before mammoth or exceljs parse anything.',
    ],
    command: 'pnpm test:reliability tests/reliability/upload-bomb.reliability.test.ts',
  },
];

function table(figures: ScenarioFigures): string {
  const rows = Object.entries(figures.figures).map(([k, v]) => `| ${k} | ${v} |`);
  const size = figures.full ? 'full size (`RELIABILITY_FULL=1`)' : 'CI size';
  return [
    `Run ${figures.ranAt.slice(0, 16).replace('T', ' ')} UTC, ${size}:`,
    '',
    '| figure | value |',
    '|---|---|',
    ...rows,
  ].join('\n');
}

/** The tables a section of the doc holds now (each from a "Run …" line to its last row). */
function tablesIn(doc: string, title: string): string[] {
  const start = doc.indexOf(`## ${title}`);
  if (start < 0) return [];
  const next = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(/^Run [^\n]*:\n\n\| figure \| value \|\n(?:\|[^\n]*\n?)+/gm)].map((m) => m[0].trimEnd());
}

/**
 * The sections from the figures of the scenarios that ran; a scenario that did not run this time
 * keeps the figures the doc already states (one scenario re-measured does not erase the others).
 */
export function renderScenarios(all: FiguresFile, current = ''): string {
  const parts = SECTIONS.map((s) => {
    const ran = s.key.map((k) => all[k]).filter((f): f is ScenarioFigures => f !== undefined);
    const measured = ran.length ? ran.map(table) : tablesIn(current, s.title);
    return [
      `## ${s.title}`,
      '',
      'Asserted:',
      ...s.asserted.map((a) => `- ${a}`),
      '',
      ...(measured.length ? measured.flatMap((m) => [m, '']) : ['(not run yet)', '']),
      `Command: \`${s.command}\``,
      '',
    ].join('\n');
  });
  return [START, '', ...parts, END].join('\n');
}

function main() {
  const all = readFigures();
  if (!Object.keys(all).length) throw new Error(`no figures in ${FIGURES_FILE}; run pnpm test:reliability first`);
  const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
  const rendered = renderScenarios(all, current);
  const next =
    current.includes(START) && current.includes(END)
      ? `${current.slice(0, current.indexOf(START))}${rendered}${current.slice(current.indexOf(END) + END.length)}`
      : `${current.trimEnd()}\n\n${rendered}\n`;
  writeFileSync(DOC, next);
  console.log(`wrote ${path.relative(root, DOC)} from ${path.relative(root, FIGURES_FILE)}`);
}

main();
