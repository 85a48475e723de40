import { constants, deflateRawSync } from 'node:zlib';

/** One file for `zipOf`: its bytes, or a deflate stream made elsewhere with the size it unpacks to. */
export type ZipFileSpec = {
  name: string;
  data?: Uint8Array | string;
  deflated?: { bytes: Uint8Array; size: number };
  /** What the directory says it unpacks to, when it should lie. */
  declaredSize?: number;
};

const encoder = new TextEncoder();
const bytesOf = (data: Uint8Array | string) => (typeof data === 'string' ? encoder.encode(data) : data);

/**
 * A deflate stream of `chunk` repeated `times` times, built from one compressed copy (a full flush
 * ends each copy on a byte boundary with a fresh dictionary, so copies can be laid end to end):
 * 300 MB of zeros in 300 KB without ever holding 300 MB.
 */
export function deflateRepeated(parts: [chunk: Uint8Array | string, times: number][]): {
  bytes: Uint8Array;
  size: number;
} {
  const pieces: Uint8Array[] = [];
  let size = 0;
  for (const [chunk, times] of parts) {
    const raw = bytesOf(chunk);
    const piece = deflateRawSync(raw, { finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < times; i++) pieces.push(piece);
    size += raw.length * times;
  }
  pieces.push(deflateRawSync(new Uint8Array(0)));
  return { bytes: Buffer.concat(pieces), size };
}

/**
 * A zip of the files, written by hand so it can be what no zip library writes: entries whose
 * directory lies about their size, 100,000 of them, or gigabytes unpacked. CRCs are left 0 (the
 * reader does not need them to refuse, and JSZip does not check them by default).
 */
export function zipOf(files: ZipFileSpec[]): Uint8Array<ArrayBuffer> {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const raw = file.data === undefined ? undefined : bytesOf(file.data);
    const compressed = file.deflated?.bytes ?? (raw ? deflateRawSync(raw) : new Uint8Array(0));
    const size = file.declaredSize ?? file.deflated?.size ?? raw?.length ?? 0;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, compressed);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(compressed.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  // More entries than the end record's 16 bits hold: a ZIP64 end record and its locator say how many.
  const zip64: Buffer[] = [];
  if (files.length > 0xffff) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(files.length), 24);
    record.writeBigUInt64LE(BigInt(files.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    zip64.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(files.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(files.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, ...zip64, end]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts a Word document needs besides its body. */
export const DOCX_PARTS: ZipFileSpec[] = [
  {
    name: '[Content_Types].xml',
    data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  },
  {
    name: '_rels/.rels',
    data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="word/document.xml"/></Relationships>`,
  },
];

/** document.xml around a body given as deflate parts: [start, ...body, end]. */
export function documentXml(body: [chunk: string, times: number][]): ZipFileSpec {
  return {
    name: 'word/document.xml',
    deflated: deflateRepeated([
      [`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`, 1],
      ...body,
      ['</w:body></w:document>', 1],
    ]),
  };
}

/** A Word document with the given paragraphs of text (what a real one looks like, in little). */
export const smallDocx = (paragraphs: string[]) =>
  zipOf([...DOCX_PARTS, documentXml(paragraphs.map((p) => [`<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`, 1]))]);

/** The issue's .docx: ~200 KB whose document.xml unpacks to 80 MB of empty paragraphs. */
export const docxBomb = (megabytes = 80) =>
  zipOf([...DOCX_PARTS, documentXml([['<w:p/>'.repeat(174_763), megabytes]])]);

/** A Word document carrying `megabytes` of zeros as an "image": 300 MB from a ~300 KB file. */
export const docxZerosBomb = (megabytes = 300) =>
  zipOf([
    ...DOCX_PARTS,
    documentXml([['<w:p><w:r><w:t>1.公开</w:t></w:r></w:p>', 1]]),
    { name: 'word/media/image1.png', deflated: deflateRepeated([[new Uint8Array(1024 * 1024), megabytes]]) },
  ]);

const XLSX_PARTS: ZipFileSpec[] = [
  {
    name: '[Content_Types].xml',
    data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  },
  {
    name: '_rels/.rels',
    data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  },
  {
    name: 'xl/workbook.xml',
    data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  },
];

/** sheet1.xml around rows given as deflate parts, and `after` (merges, validations) after them. */
export function sheetXml(rows: [chunk: string, times: number][], after = ''): ZipFileSpec {
  return {
    name: 'xl/worksheets/sheet1.xml',
    deflated: deflateRepeated([
      [
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
        1,
      ],
      ...rows,
      [`</sheetData>${after}</worksheet>`, 1],
    ]),
  };
}

const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A workbook whose one sheet holds the rows given as XML, and `after` them (merges, validations). */
export const xlsxOf = (rowsXml: string, after = '') => zipOf([...XLSX_PARTS, sheetXml([[rowsXml, 1]], after)]);

/** A workbook whose one sheet holds the rows of cells given (inline strings), and `after` them. */
export const smallXlsx = (rows: string[][], after = '') =>
  xlsxOf(
    rows
      .map(
        (cells, r) =>
          `<row r="${r + 1}">${cells.map((t, c) => inlineCell(`${String.fromCharCode(65 + c)}${r + 1}`, t)).join('')}</row>`,
      )
      .join(''),
    after,
  );

/** A workbook whose sheet unpacks to `megabytes` of one-cell rows: the .xlsx form of the issue's bomb. */
export const xlsxBomb = (megabytes = 80) => {
  const row = `<row>${inlineCell('A1', '1')}</row>`;
  return zipOf([...XLSX_PARTS, sheetXml([[row.repeat(Math.floor((1024 * 1024) / row.length)), megabytes]])]);
};
