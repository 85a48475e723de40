import type { Db } from '../client.ts';
import { events } from '../schema/events.schema.ts';

export type NewEvent = {
  actor: string;
  type: string;
  subjectType: 'org' | 'plan' | 'item' | 'assignment' | 'user' | 'session' | 'workflowVariant';
  subjectId: string;
  payload?: Record<string, unknown>;
  idempotencyKey?: string | null;
};

/** Appends one event to the log, in the caller's transaction when it passes one. */
export async function logEvent(db: Db, event: NewEvent): Promise<number> {
  const [row] = await db
    .insert(events)
    .values({ ...event, payload: event.payload ?? {}, idempotencyKey: event.idempotencyKey ?? null })
    .returning({ id: events.id });
  return row?.id ?? 0;
}
