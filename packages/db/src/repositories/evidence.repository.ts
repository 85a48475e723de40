import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { assignmentEvidence, evidenceFiles } from '../schema/evidence.schema.ts';

export type StoredEvidence = { name: string; hash: string; size: number; mediaType: string };

/**
 * Stores an evidence file once per content hash and links it to the assignment it was reported
 * with. Returns what the report keeps: name, hash, size and type.
 */
export async function storeEvidence(
  db: Db,
  input: { assignmentId: string; fileName: string; mediaType: string; content: Uint8Array; uploadedBy: string },
): Promise<StoredEvidence> {
  const hash = createHash('sha256').update(input.content).digest('hex');
  await db
    .insert(evidenceFiles)
    .values({ sha256: hash, size: input.content.byteLength, mediaType: input.mediaType, content: input.content })
    .onConflictDoNothing();
  await db
    .insert(assignmentEvidence)
    .values({ assignmentId: input.assignmentId, sha256: hash, fileName: input.fileName, uploadedBy: input.uploadedBy })
    .onConflictDoNothing();
  return { name: input.fileName, hash, size: input.content.byteLength, mediaType: input.mediaType };
}

/** A file as linked to one assignment; undefined when it was never reported with it. */
export async function readEvidence(db: Db, assignmentId: string, hash: string) {
  const [row] = await db
    .select({
      fileName: assignmentEvidence.fileName,
      mediaType: evidenceFiles.mediaType,
      size: evidenceFiles.size,
      content: evidenceFiles.content,
    })
    .from(assignmentEvidence)
    .innerJoin(evidenceFiles, eq(evidenceFiles.sha256, assignmentEvidence.sha256))
    .where(and(eq(assignmentEvidence.assignmentId, assignmentId), eq(assignmentEvidence.sha256, hash)));
  return row;
}
