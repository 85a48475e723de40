import type { Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { DOCX_PARTS, documentXml, docxBomb, docxZerosBomb, xlsxBomb, zipOf } from '@cascade/documents/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

/** Decompression bombs (issue #16): refused while unpacking, as problems naming the limit. */
describe('a document that unpacks to too much', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
    });

    const upload = async (bytes: Uint8Array, name: string, language = 'zh-CN') => {
      const form = new FormData();
      form.append('file', new File([bytes], name));
      const author = await world.as('bl-author');
      const res = await author.request('/api/plans/import', {
        method: 'POST',
        headers: { 'accept-language': language },
        body: form,
      });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      return { status: res.status, problem: (await res.json()) as Problem & { reason?: string } };
    };

    it('answers the issue’s .docx (80 MB of empty paragraphs) with a 413 naming the part and the limit', async () => {
      const { status, problem } = await upload(docxBomb(80), '方案.docx');
      expect(status).toBe(413);
      expect(problem.type).toBe('/problems/payload-too-large');
      expect(problem.reason).toBe('tooLarge');
      expect(problem.detail).toBe('文件过大：word/document.xml 解压后 80 MB，超过 16 MB 上限（方案.docx）');
      const en = await upload(docxBomb(80), 'plan.docx', 'en');
      expect(en.problem.detail).toBe(
        'the file is too large: word/document.xml unpacks to 80 MB, over the 16 MB limit (plan.docx)',
      );
    });

    it('answers 300 MB of zeros in a ~300 KB .docx and the .xlsx bomb with 413s', async () => {
      const zeros = await upload(docxZerosBomb(300), '图片.docx');
      expect(zeros.status).toBe(413);
      expect(zeros.problem.detail).toContain('word/media/image1.png 解压后 300 MB，超过 32 MB 上限');
      const sheet = await upload(xlsxBomb(80), '任务表.xlsx');
      expect(sheet.status).toBe(413);
      expect(sheet.problem.detail).toContain('xl/worksheets/sheet1.xml 解压后 80 MB，超过 16 MB 上限');
    });

    it('answers an entry larger than its directory declares with a 422 import-failed', async () => {
      const lying = { ...documentXml([['<w:p/>'.repeat(174_763), 100]]), declaredSize: 1024 };
      const { status, problem } = await upload(zipOf([...DOCX_PARTS, lying]), '篡改.docx');
      expect(status).toBe(422);
      expect(problem.type).toBe('/problems/import-failed');
      expect(problem.reason).toBe('unreadable');
      expect(problem.detail).toContain('word/document.xml 解压后超过其声明的 1 KB');
    });
  });
});
