/** One file in a zip as its central directory describes it; nothing is unpacked yet. */
export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated; others are refused by the unpacker. */
  method: number;
  isEncrypted: boolean;
  compressedSize: number;
  /** What the directory says it unpacks to: the unpacker never lets it unpack to more. */
  declaredSize: number;
  /** Where its local header starts. */
  localOffset: number;
};

/** A zip's directory, or why it cannot be read (`damaged`: the text says where). */
export type ZipDirectory =
  /** `entries()` walks the directory; undefined when an entry record is damaged. */
  | { ok: true; count: number; entries: () => ZipEntry[] | undefined }
  | { ok: false; damaged: string; damagedEn: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

const damaged = (zh: string, en: string): ZipDirectory => ({ ok: false, damaged: zh, damagedEn: en });

/**
 * Reads a zip's central directory: the same view JSZip (and so mammoth and exceljs) takes of the
 * file, so the entries the unpacker checks are the entries they would read. The entry count is
 * known before any entry is read (`count`), so 100,000 entries are refused without walking them.
 * ZIP64 records are understood; bytes before the zip (a self-extractor) are tolerated as JSZip does.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return damaged('找不到压缩包目录，文件可能不完整', 'no zip directory: the file may be truncated');
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  let directoryEnd = eocd;
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const at = Number(view.getBigUint64(locator + 8, true));
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD)
      return damaged('ZIP64 目录记录损坏', 'damaged ZIP64 directory record');
    count = Number(view.getBigUint64(at + 32, true));
    size = Number(view.getBigUint64(at + 40, true));
    offset = Number(view.getBigUint64(at + 48, true));
    directoryEnd = at;
  }
  // Bytes prepended to the zip shift every offset it states by the same amount.
  const shift = directoryEnd - size - offset;
  if (shift < 0 || offset + shift + size > bytes.length)
    return damaged('压缩包目录越界，文件可能不完整', 'the zip directory lies outside the file');
  return { ok: true, count, entries: () => readEntries(view, offset + shift, count, shift) };
}

/** Sizes and offset from the ZIP64 extra field, for the fields the directory set to 0xFFFFFFFF. */
function zip64Values(view: DataView, extraStart: number, extraEnd: number, wanted: number[]): number[] {
  for (let p = extraStart; p + 4 <= extraEnd; ) {
    const id = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      return wanted.map((value) => {
        if (value !== MAX32 || q + 8 > p + 4 + length) return value;
        const wide = Number(view.getBigUint64(q, true));
        q += 8;
        return wide;
      });
    }
    p += 4 + length;
  }
  return wanted;
}

function readEntries(view: DataView, start: number, count: number, shift: number): ZipEntry[] | undefined {
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) return undefined;
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const extraStart = p + 46 + nameLength;
    if (extraStart + extraLength + commentLength > view.byteLength) return undefined;
    const [declaredSize = 0, compressedSize = 0, localOffset = 0] = zip64Values(
      view,
      extraStart,
      extraStart + extraLength,
      [view.getUint32(p + 24, true), view.getUint32(p + 20, true), view.getUint32(p + 42, true)],
    );
    entries.push({
      name: decoder.decode(new Uint8Array(view.buffer, view.byteOffset + p + 46, nameLength)),
      method: view.getUint16(p + 10, true),
      isEncrypted: (flags & 1) === 1,
      compressedSize,
      declaredSize,
      localOffset: localOffset + shift,
    });
    p = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes start (after its local header), or -1 when the header is not there. */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return -1;
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}
