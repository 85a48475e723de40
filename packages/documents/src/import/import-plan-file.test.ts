import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPlanFile } from './import-plan-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'import-plan-file-'));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importPlanFile', () => {
  it('reads a .txt path (with a BOM) and a markdown upload given as bytes', async () => {
    const file = path.join(dir, 'plan.txt');
    writeFileSync(
      file,
      `\ufeff某县2022年政务公开工作要点\n一、政策公开\n1.公开规范性文件。\n县政府办公室\n2022年底前\n`,
    );
    const draft = await importPlanFile(file);
    expect(draft).toMatchObject({ title: '某县2022年政务公开工作要点', year: 2022 });
    expect(draft.items[0]?.units.responsible[0]?.text).toBe('县政府办公室');

    const md = utf8(
      '| 工作任务 | 具体措施 | 责任单位 | 完成时限 |\n|---|---|---|---|\n| 一、公开 | 1.公开目录 | 县政府办公室 | 长期 |\n',
    );
    const fromBytes = await importPlanFile(md, '要点.md', { year: 2023 });
    expect(fromBytes).toMatchObject({ title: '要点', year: 2023, layout: 'markdownTable' });
  });

  it('names the file when it cannot be read or its type is not supported', async () => {
    await expect(importPlanFile(path.join(dir, 'missing.txt'))).rejects.toMatchObject({
      reason: 'unreadable',
      file: 'missing.txt',
    });
    await expect(importPlanFile(utf8('x'), 'plan.pdf')).rejects.toMatchObject({ reason: 'unsupportedType' });
  });

  it('imports .docx and .xlsx through the document readers', async () => {
    const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../tests/fixtures/docx');
    const draft = await importPlanFile(path.join(fixture, 'huizhou-city-2022.libreoffice.docx'));
    expect(draft).toMatchObject({ title: '惠州市2022年政务公开重点工作任务分工方案', layout: 'markdownTable' });
    expect(draft.items).toHaveLength(53);
    await expect(importPlanFile(utf8('not a workbook'), '台账.xlsx')).rejects.toMatchObject({
      reason: 'unreadable',
      file: '台账.xlsx',
    });
  });
});
