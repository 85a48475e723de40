import { type ApiClient, type HttpAnswer, isProblem } from './http-client.ts';

/** What the clients saw, summed over all of them. */
export type LoadResult = {
  requests: number;
  /** Transitions answered 200: `id@version` each produced, and the idempotency keys acknowledged. */
  acked: Set<string>;
  ackedKeys: Set<string>;
  /** 409 problems: stale version (conflict) and a step the state does not have (transition-not-allowed). */
  conflicts: number;
  notAllowed: number;
  /** 503 database-unavailable problems, and requests cut off (server killed), each retried with its key. */
  unavailable: number;
  cutOff: number;
  /** Anything else: status and body (none is expected). */
  unexpected: string[];
  ms: number;
};

type Belief = { state: string; version: number };

export type LoadOptions = {
  reporters: ApiClient[];
  supervisors: ApiClient[];
  ids: readonly string[];
  /** Stop sending new transitions when this says so (retries of unanswered ones still finish). */
  isDone: () => boolean;
  /** Where a client sends after its server went away (a restarted or another instance). */
  base?: () => string;
  /** A label that makes idempotency keys unique across runs. */
  run: string;
  /** Called at each acknowledged transition. */
  onAck?: () => void;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reporters report and supervisors return (now and then verify) the same rows at random, each
 * from what it last saw of the row, so most requests collide. Every transition carries an
 * idempotency key; one cut off or refused with 503 is sent again with the same key until it
 * gets an answer, as a careful client would.
 */
export async function runTransitionLoad(options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    requests: 0,
    acked: new Set(),
    ackedKeys: new Set(),
    conflicts: 0,
    notAllowed: 0,
    unavailable: 0,
    cutOff: 0,
    unexpected: [],
    ms: 0,
  };
  const started = performance.now();
  const clients = [
    ...options.reporters.map((c) => ({ c, role: 'reporter' as const })),
    ...options.supervisors.map((c) => ({ c, role: 'supervisor' as const })),
  ];
  await Promise.all(
    clients.map(async ({ c, role }, index) => {
      let client = c;
      const beliefs = new Map<string, Belief>();
      let seq = 0;
      while (!options.isDone()) {
        const id = options.ids[Math.floor(Math.random() * options.ids.length)] as string;
        const belief = beliefs.get(id) ?? { state: 'assigned', version: 1 };
        const key = `${options.run}-${index}-${seq++}`;
        const path = `/api/assignments/${encodeURIComponent(id)}`;
        const send = (): Promise<HttpAnswer> => {
          if (role === 'reporter') {
            const form = new FormData();
            form.set('expectedVersion', String(belief.version));
            form.set('text', '已按要求完成并公开');
            form.set('idempotencyKey', key);
            return client.send('POST', `${path}/report`, form);
          }
          return Math.random() < 0.03
            ? client.send('POST', `${path}/verify`, { expectedVersion: belief.version, idempotencyKey: key })
            : client.send('POST', `${path}/return`, {
                expectedVersion: belief.version,
                reason: '材料不全，请补充',
                idempotencyKey: key,
              });
        };
        let answer: HttpAnswer | undefined;
        while (!answer) {
          result.requests++;
          try {
            const a = await send();
            if (isProblem(a, 503)) {
              result.unavailable++;
              await sleep(200);
            } else answer = a;
          } catch {
            result.cutOff++;
            await sleep(200);
            if (options.base) client = client.withBase(options.base());
          }
        }
        if (answer.status === 200) {
          const row = answer.json() as { state: string; version: number };
          result.acked.add(`${id}@${row.version}`);
          result.ackedKeys.add(`${client.userId}:${key}`);
          options.onAck?.();
          beliefs.set(id, { state: row.state, version: row.version });
        } else if (isProblem(answer, 409)) {
          const problem = answer.json() as { type: string; currentVersion?: number; state?: string };
          if (problem.type === '/problems/conflict') {
            result.conflicts++;
            if (problem.currentVersion) beliefs.set(id, { ...belief, version: problem.currentVersion });
          } else if (problem.type === '/problems/transition-not-allowed') {
            result.notAllowed++;
            // Look at the row again, as a user would after "not possible in the current state".
            const detail = await client.send('GET', path).catch(() => undefined);
            result.requests++;
            if (detail?.status === 200) {
              const { assignment } = detail.json() as { assignment: Belief };
              beliefs.set(id, { state: assignment.state, version: assignment.version });
            }
          } else result.unexpected.push(`409 ${answer.text}`);
        } else result.unexpected.push(`${answer.status} ${answer.contentType} ${answer.text.slice(0, 300)}`);
      }
    }),
  );
  result.ms = performance.now() - started;
  return result;
}
