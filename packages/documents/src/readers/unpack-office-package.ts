import { inflateRawSync } from 'node:zlib';
import { ImportError, type ImportErrorDetails } from '../import/import-error.ts';
import { formatBytes, OFFICE_PACKAGE_LIMITS, type OfficePackageLimits } from './office-package-limits.ts';
import { entryDataStart, readZipDirectory } from './read-zip-directory.ts';

/** Parts the parsers read as XML, by name; a part that turns out to start with "<" counts as XML too. */
const XML_NAME = /\.(xml|rels|vml)$/i;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Unpacks a zip into its entries (name → bytes) under the limits, stopping as soon as one is
 * passed: the entry count and every declared size are checked from the directory before anything
 * is inflated; each entry is then inflated by zlib with `maxOutputLength` set to what it declared,
 * so one that lies stops there. Actual ≤ declared ≤ its limit, and the declared sizes add up to at
 * most the total, so nothing unpacks to more than the limits however the zip was made.
 *
 * @throws ImportError 'tooLarge' naming the limit passed; 'unreadable' for a damaged zip, an entry
 *   larger than it declares, or one encrypted or compressed in a way Office never uses
 */
export function unpackOfficePackage(
  bytes: Uint8Array,
  at: ImportErrorDetails = {},
  limits: OfficePackageLimits = OFFICE_PACKAGE_LIMITS,
): Map<string, Uint8Array> {
  const unreadable = (detail: string, detailEn: string) => new ImportError('unreadable', { ...at, detail, detailEn });
  const tooLarge = (detail: string, detailEn: string) => new ImportError('tooLarge', { ...at, detail, detailEn });
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw unreadable(`压缩包已损坏（${directory.damaged}）`, directory.damagedEn);
  if (directory.count > limits.entries)
    throw tooLarge(
      `压缩包中有 ${count(directory.count)} 个文件，超过 ${count(limits.entries)} 个上限`,
      `the zip holds ${count(directory.count)} entries, over the limit of ${count(limits.entries)}`,
    );
  const entries = directory.entries();
  if (!entries) throw unreadable('压缩包已损坏（目录记录不完整）', 'a zip directory record is damaged');

  let declaredTotal = 0;
  for (const entry of entries) {
    const limit = XML_NAME.test(entry.name) ? limits.xmlPartBytes : limits.entryBytes;
    if (entry.declaredSize > limit)
      throw tooLarge(
        `${entry.name} 解压后 ${formatBytes(entry.declaredSize)}，超过 ${formatBytes(limit)} 上限`,
        `${entry.name} unpacks to ${formatBytes(entry.declaredSize)}, over the ${formatBytes(limit)} limit`,
      );
    declaredTotal += entry.declaredSize;
  }
  if (declaredTotal > limits.totalBytes)
    throw tooLarge(
      `解压后共 ${formatBytes(declaredTotal)}，超过 ${formatBytes(limits.totalBytes)} 上限`,
      `unpacks to ${formatBytes(declaredTotal)} in all, over the ${formatBytes(limits.totalBytes)} limit`,
    );

  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (entry.isEncrypted) throw unreadable(`${entry.name} 已加密`, `${entry.name} is encrypted`);
    const start = entryDataStart(bytes, entry);
    if (start < 0 || start + entry.compressedSize > bytes.length)
      throw unreadable(`压缩包已损坏（${entry.name} 不完整）`, `${entry.name} is truncated`);
    const compressed = bytes.subarray(start, start + entry.compressedSize);
    let data: Uint8Array;
    if (entry.method === 0) {
      data = compressed;
    } else if (entry.method === 8) {
      try {
        // zlib inflates chunk by chunk and throws as soon as the output passes maxOutputLength.
        data = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.declaredSize), chunkSize: 64 * 1024 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          throw unreadable(
            `${entry.name} 解压后超过其声明的 ${formatBytes(entry.declaredSize)}，压缩包已损坏或被篡改`,
            `${entry.name} unpacks to more than the ${formatBytes(entry.declaredSize)} it declares`,
          );
        throw unreadable(`${entry.name} 无法解压（${(error as Error).message}）`, `${entry.name} cannot be inflated`);
      }
    } else {
      throw unreadable(
        `${entry.name} 的压缩方式（${entry.method}）不受支持`,
        `${entry.name} uses compression method ${entry.method}`,
      );
    }
    if (data.length !== entry.declaredSize)
      throw unreadable(
        `${entry.name} 解压后的大小与声明的 ${formatBytes(entry.declaredSize)} 不符，压缩包已损坏`,
        `${entry.name} does not unpack to the ${formatBytes(entry.declaredSize)} it declares`,
      );
    files.set(entry.name, data);
  }
  return files;
}

/** True for a part the parsers would read as XML: by its name, or because it starts with "<". */
export function isXmlPart(name: string, data: Uint8Array): boolean {
  if (XML_NAME.test(name)) return true;
  let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i++;
  return data[i] === 0x3c;
}
