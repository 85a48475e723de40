import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { assignmentEvidence, evidenceFiles } from '../schema/evidence.schema.ts';

/** What a report keeps of a file (in the event and the row's last report): name, hash, size and type. */
export type StoredEvidence = { name: string; hash: string; size: number; mediaType: string };

/** A checked upload with its hash, ready to be stored with the report that carries it. */
export type EvidenceUpload = StoredEvidence & { content: Uint8Array };

/** Hashes an upload (SHA-256, the name it is stored and downloaded by); stores nothing. */
export function prepareEvidence(input: { fileName: string; mediaType: string; content: Uint8Array }): EvidenceUpload {
  return {
    name: input.fileName,
    hash: createHash('sha256').update(input.content).digest('hex'),
    size: input.content.byteLength,
    mediaType: input.mediaType,
    content: input.content,
  };
}

/** The part of an upload a report records: everything but the bytes. */
export const describeEvidence = ({ content: _, ...stored }: EvidenceUpload): StoredEvidence => stored;

/**
 * Stores evidence files once per content hash and links them to the assignment they were reported
 * with. Meant for the transaction of that report (`transitionAssignment` calls it), so a refused or
 * lost report leaves no file behind and nothing becomes downloadable before the report commits.
 * Files go in hash order, so two reports sharing files wait for each other instead of deadlocking.
 */
export async function storeEvidence(
  db: Db,
  input: { assignmentId: string; uploadedBy: string; files: readonly EvidenceUpload[] },
): Promise<void> {
  const files = [...input.files].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  for (const file of files) {
    await db
      .insert(evidenceFiles)
      .values({ sha256: file.hash, size: file.size, mediaType: file.mediaType, content: file.content })
      .onConflictDoNothing();
    await db
      .insert(assignmentEvidence)
      .values({
        assignmentId: input.assignmentId,
        sha256: file.hash,
        fileName: file.name,
        uploadedBy: input.uploadedBy,
      })
      .onConflictDoNothing();
  }
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
