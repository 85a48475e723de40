import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error.ts';
import { importPlanText } from './import-plan-text.ts';

const seed = readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../../tests/fixtures/import/seed/huizhou-city-2022.txt',
  ),
  'utf8',
);

describe('input the importer refuses, with a reason and a bilingual message', () => {
  it('an empty file or only blank lines', () => {
    expect(() => importPlanText('')).toThrow(expect.objectContaining({ reason: 'empty' }));
    expect(() => importPlanText('   \n\n\t')).toThrow(/文件为空.*the file is empty/);
  });

  it('binary junk, naming the line where it starts', () => {
    const junk = `正常的第一行\n${String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))}`;
    const error = (() => {
      try {
        importPlanText(junk, { fileName: 'plan.txt' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ reason: 'binary', line: 2, file: 'plan.txt' });
    expect(String((error as Error).message)).toMatch(/文件不是文本.*（plan.txt，第 2 行）.*not text/);
  });

  it('a NUL byte anywhere in the sample', () => {
    expect(() => importPlanText(`一、标题\n1.措施\u0000`)).toThrow(expect.objectContaining({ reason: 'binary' }));
  });

  it('text without any numbered measure, instead of returning an empty plan', () => {
    expect(() => importPlanText('这是一段普通的说明文字。\n没有编号。', { fileName: 'note.txt' })).toThrow(
      expect.objectContaining({ reason: 'noMeasures', file: 'note.txt' }),
    );
  });

  it('a paste larger than the limit', () => {
    expect(() => importPlanText('一'.repeat(9 * 1024 * 1024))).toThrow(expect.objectContaining({ reason: 'tooLarge' }));
  });
});

describe('large and hostile pastes', () => {
  it('a 2 MB paste of plans and stray text finishes quickly and reports the stray text', () => {
    const block = `${seed}\n随手粘贴的无关文字，没有编号。\n`;
    const big = block.repeat(Math.ceil((2 * 1024 * 1024) / block.length));
    const start = performance.now();
    const draft = importPlanText(big, { year: 2022 });
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(draft.items.length).toBeGreaterThan(53 * 10);
    expect(draft.unplaced.some((u) => u.text.includes('无关文字'))).toBe(true);
  });

  it('2 MB in a single line with many brackets and numbers does not backtrack catastrophically', () => {
    const line = `1.${'（牵头单位：〔（2022年〕'.repeat(40_000)}${'1.'.repeat(200_000)}`;
    const start = performance.now();
    importPlanText(line, { year: 2022 });
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
