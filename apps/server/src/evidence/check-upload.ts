import { describeEvidence, prepareEvidence } from '@cascade/db';
import { ProblemError } from '../http/problem.ts';

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;

/** What evidence may be: scans, photos, office documents, text — each told by its first bytes too. */
const KINDS: { ext: string[]; mediaType: string; magic: (b: Uint8Array) => boolean }[] = [
  { ext: ['pdf'], mediaType: 'application/pdf', magic: (b) => starts(b, [0x25, 0x50, 0x44, 0x46]) },
  { ext: ['png'], mediaType: 'image/png', magic: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47]) },
  { ext: ['jpg', 'jpeg'], mediaType: 'image/jpeg', magic: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  {
    ext: ['docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: (b) => starts(b, [0x50, 0x4b, 0x03, 0x04]),
  },
  {
    ext: ['xlsx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: (b) => starts(b, [0x50, 0x4b, 0x03, 0x04]),
  },
  { ext: ['doc', 'xls'], mediaType: 'application/octet-stream', magic: (b) => starts(b, [0xd0, 0xcf, 0x11, 0xe0]) },
  { ext: ['txt'], mediaType: 'text/plain; charset=utf-8', magic: isUtf8Text },
];

function starts(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A file name as the user sees it, and nothing a path could be built from: no folders, no
 * control characters, no leading dots, at most 120 characters.
 */
export function safeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f && !'<>:"|?*'.includes(ch))
    .join('')
    .replace(/^\.+/, '')
    .trim();
  return cleaned.slice(-120) || '未命名文件';
}

/** The upload's media type if it is an allowed kind whose content matches its extension; else a problem. */
export function checkEvidence(name: string, bytes: Uint8Array): { name: string; mediaType: string } {
  const safe = safeFileName(name);
  if (bytes.byteLength === 0)
    throw new ProblemError('validation', `“${safe}”是空文件`, [{ path: 'files', message: '空文件' }]);
  if (bytes.byteLength > MAX_EVIDENCE_BYTES)
    throw new ProblemError('payload-too-large', `“${safe}”超过 ${MAX_EVIDENCE_BYTES / 1048576} MB`);
  const ext = safe.includes('.') ? (safe.split('.').pop() ?? '').toLowerCase() : '';
  const kind = KINDS.find((k) => k.ext.includes(ext));
  if (!kind) {
    const allowed = KINDS.flatMap((k) => k.ext).join('、');
    throw new ProblemError('unsupported-media-type', `“${safe}”的类型不能作为佐证材料；可上传 ${allowed}`);
  }
  if (!kind.magic(bytes)) throw new ProblemError('unsupported-media-type', `“${safe}”的内容与扩展名 .${ext} 不符`);
  return { name: safe, mediaType: kind.mediaType };
}

/**
 * The evidence files of a multipart form (`files`, one or several), checked (count, size, kind)
 * before anything is written; stored only with the transition that carries them.
 */
export async function readEvidenceFiles(form: Record<string, unknown>) {
  const files = [form.files ?? []].flat().filter((f): f is File => f instanceof File);
  if (files.length > MAX_EVIDENCE_FILES)
    throw new ProblemError('validation', `最多上传 ${MAX_EVIDENCE_FILES} 个文件`, [
      { path: 'files', message: '文件过多' },
    ]);
  const uploads = await Promise.all(
    files.map(async (f) => ({ bytes: new Uint8Array(await f.arrayBuffer()), name: f.name })),
  );
  const prepared = uploads.map((u) => {
    const { name, mediaType } = checkEvidence(u.name, u.bytes);
    return prepareEvidence({ fileName: name, mediaType, content: u.bytes });
  });
  return { prepared, evidence: prepared.map(describeEvidence) };
}
