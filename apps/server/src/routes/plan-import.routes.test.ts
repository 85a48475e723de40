import type { Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

describe('a document that cannot be imported', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
    });

    const importText = async (language: string) => {
      const author = await world.as('bl-author');
      const res = await author.request('/api/plans/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ text: '会议纪要\n请各单位认真落实。', fileName: '纪要.txt', year: 2022 }),
      });
      expect(res.status).toBe(422);
      return (await res.json()) as Problem & { reason?: string };
    };

    it('is refused in the language the reader asked for, naming the file, with nothing of the other', async () => {
      const zh = await importText('zh-CN');
      expect(zh.reason).toBe('noMeasures');
      expect(zh.detail).toBe('没有识别到任何编号的工作任务（如“1.”“（一）”）（纪要.txt）');
      const en = await importText('en');
      expect(en.detail).toBe('no numbered measure (such as "1." or "（一）") was found (纪要.txt)');
    });
  });
});
