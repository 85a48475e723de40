import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanDraft } from '@cascade/engine';
import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPlanXlsx } from '../export/export-plan-xlsx.ts';
import { ImportError } from './import-error.ts';
import { importPlanFile } from './import-plan-file.ts';
import { importPlanText } from './import-plan-text.ts';

/**
 * Whatever a user uploads or pastes, the importer answers with a draft (what it could not place
 * is `unplaced`, with its line) or an ImportError with a reason and a Chinese message — never
 * another exception, never a hang.
 */
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../tests/fixtures');
const DOCX = new Uint8Array(readFileSync(path.join(fixtures, 'docx/huizhou-city-2022.libreoffice.docx')));
const SEED = readFileSync(path.join(fixtures, 'import/seed/huizhou-city-2022.txt'), 'utf8');
let XLSX: Uint8Array;

beforeAll(async () => {
  XLSX = await exportPlanXlsx(importPlanText(SEED));
});

type Outcome = { draft: PlanDraft } | { error: ImportError };

async function outcomeOf(run: () => PlanDraft | Promise<PlanDraft>): Promise<Outcome> {
  try {
    return { draft: await run() };
  } catch (error) {
    // Anything but an ImportError fails the property, with the input fast-check shrank to.
    if (!(error instanceof ImportError)) throw error;
    return { error };
  }
}

/** A draft is well-formed: every item and every unplaced line points at a line of the input. */
function expectWellFormed(outcome: Outcome): void {
  if ('error' in outcome) {
    expect(outcome.error.reason).toMatch(/^(empty|binary|tooLarge|noMeasures|unsupportedType|unreadable)$/);
    expect(outcome.error.message).toMatch(/[\u4e00-\u9fff]/);
    return;
  }
  const { draft } = outcome;
  expect(typeof draft.title).toBe('string');
  expect(Number.isInteger(draft.year)).toBe(true);
  for (const u of draft.unplaced) {
    expect(Number.isInteger(u.line) && u.line >= 1).toBe(true);
    expect(typeof u.text).toBe('string');
  }
}

/** Plan-like text: outline labels, unit annotations, deadlines, table pipes and tabs, mixed with noise. */
const piece = fc.constantFrom(
  '一、',
  '（一）',
  '1.',
  '12.',
  '〔牵头单位：市政府办公室；责任单位：各县（区）人民政府〕',
  '（市司法局牵头，市直各单位配合）',
  '2022年底前',
  '每季度',
  '长期坚持',
  '| ',
  ' | ',
  '|---|---|',
  '\t',
  '\n',
  '\r\n',
  '。',
  '**',
  '# ',
  '&nbsp;',
  '\u200b',
  '<script>window.__xss=1</script>',
  "'; DROP TABLE plans;--",
  '（',
  '）',
  '〔',
  '2022年13月40日',
);
const planLike = fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((p) => p.join(''));
const anyText = fc.oneof(planLike, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }));

function corruptZip(bytes: Uint8Array) {
  return fc.oneof(
    // Cut off anywhere: a download that stopped.
    fc.integer({ min: 0, max: bytes.length - 1 }).map((n) => bytes.slice(0, n)),
    // Bytes flipped in place.
    fc
      .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), {
        minLength: 1,
        maxLength: 20,
      })
      .map((flips) => {
        const copy = bytes.slice();
        for (const [at, xor] of flips) copy[at] = (copy[at] ?? 0) ^ xor;
        return copy;
      }),
  );
}

/** A sound zip whose parts are broken: one part truncated, replaced by noise or removed. */
async function brokenPart(bytes: Uint8Array, part: number, how: 'truncate' | 'noise' | 'remove', seed: number) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  const name = names[part % names.length] as string;
  const content = await zip.file(name)!.async('uint8array');
  if (how === 'remove') zip.remove(name);
  else if (how === 'truncate') zip.file(name, content.slice(0, seed % Math.max(content.length, 1)));
  else zip.file(name, `<?xml version="1.0"?><w:document>${'<'.repeat(seed % 7)}&bogus;${seed}`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('importer under bad input', () => {
  it('property: any pasted text is a draft or an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        expectWellFormed(await outcomeOf(() => importPlanText(text, { thisYear: 2022 })));
      }),
      { numRuns: 1_500 },
    );
  });

  it('property: any bytes under any supported name are a draft or an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2_000 }),
          anyText.map((t) => new TextEncoder().encode(t)),
        ),
        fc.constantFrom('a.txt', 'a.md', 'a.docx', 'a.xlsx', 'noext', 'a.DOCX', 'a.pdf', '../../etc/passwd'),
        async (bytes, name) => {
          expectWellFormed(await outcomeOf(() => importPlanFile(bytes, name, { thisYear: 2022 })));
        },
      ),
      { numRuns: 1_500 },
    );
  });

  it('property: truncated and byte-flipped .docx and .xlsx files are refused as unreadable or read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          corruptZip(DOCX).map((b) => ({ bytes: b, name: '方案.docx' })),
          corruptZip(XLSX).map((b) => ({ bytes: b, name: '方案.xlsx' })),
        ),
        async ({ bytes, name }) => {
          expectWellFormed(await outcomeOf(() => importPlanFile(bytes, name, { thisYear: 2022 })));
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('property: a sound zip with a truncated, garbled or missing part is refused or read, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('docx', 'xlsx'),
        fc.nat(),
        fc.constantFrom('truncate', 'noise', 'remove') as fc.Arbitrary<'truncate' | 'noise' | 'remove'>,
        fc.nat(),
        async (kind, part, how, seed) => {
          const bytes = await brokenPart(kind === 'docx' ? DOCX : XLSX, part, how, seed);
          expectWellFormed(await outcomeOf(() => importPlanFile(bytes, `方案.${kind}`, { thisYear: 2022 })));
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('reads huge lines in linear time and refuses a paste past the limit', async () => {
    const hugeLines = [
      `1.${'公开'.repeat(500_000)}`,
      `（${'（'.repeat(200_000)}`,
      `| ${'a | '.repeat(100_000)}`,
      `〔牵头单位：${'市政府办公室、'.repeat(100_000)}〕`,
      '1.'.repeat(300_000),
      `一、总体要求\n${Array.from({ length: 20_000 }, (_, i) => `${i + 1}.措施${i}。〔责任单位：县政府办公室〕`).join('\n')}`,
      // Past 9999. the lines continue the last measure's text: joined line by line, never rescanned.
      `一、总体要求\n${Array.from({ length: 40_000 }, (_, i) => `${i + 1}.开展第${i}项工作`).join('\n')}`,
    ];
    for (const text of hugeLines) {
      const started = performance.now();
      expectWellFormed(await outcomeOf(() => importPlanText(text, { thisYear: 2022 })));
      // A smoke bound on a shared 2-core machine; a backtracking regex would take minutes.
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(10_000);
    }
    const tooLarge = await outcomeOf(() => importPlanText('x'.repeat(9 * 1024 * 1024), { thisYear: 2022 }));
    expect(tooLarge).toMatchObject({ error: { reason: 'tooLarge' } });
  }, 120_000);
});
