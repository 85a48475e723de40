import type { ImportPreview, ImportResult, PlanDetail, PlanSummary, Problem } from '@cascade/contracts';
import { forEachDatabase } from '@cascade/db/testing';
import { smallDocx } from '@cascade/documents/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiSession } from '../http/in-process-session.ts';
import { createTestWorld, type TestWorld } from '../testing/test-world.ts';

/** A task table whose units column is headed with words the reader does not know (谁来办). */
const TABLE = [
  '博罗县某局2022年政务公开工作任务分工',
  '序号\t工作任务\t具体措施\t谁来办\t完成时限',
  '1\t（一）推进政策公开\t1.建设规章库专栏。\t县司法局\t2022年9月底前',
  '2\t\t2.公开行政规范性文件。\t县政府办公室、县司法局\t2022年6月底前',
  '3\t（二）优化平台\t3.优化政府网站。\t县政务服务数据管理局\t长期坚持',
].join('\n');

/** Prose with one measure without units and one naming a unit 博罗县 does not have. */
const PROSE = [
  '博罗县2022年政务公开工作要点',
  '一、推进政策公开',
  '1.建设规章库专栏。2022年9月底前完成。〔责任单位：县司法局〕',
  '2.公开行政规范性文件，2022年6月底前完成。',
  '3.优化网站。〔责任单位：县大数据中心；完成时限：2022年6月底前〕',
].join('\n');

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('the import review: read, set column roles, correct, then create the draft', () => {
  forEachDatabase((getDb) => {
    let world: TestWorld;
    beforeAll(async () => {
      world = await createTestWorld(getDb());
    });

    const preview = async (session: ApiSession, body: unknown) => {
      const res = await session.request('/api/plans/import/preview', json(body));
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as ImportPreview;
    };
    const plansOf = async (session: ApiSession) =>
      (await session.send<{ plans: PlanSummary[] }>('GET', '/api/plans?ownerOrgId=441322')).plans.length;

    it('reads a table without saving anything: the source, the columns as read, the items with their warnings', async () => {
      const author = await world.as('bl-author');
      const before = await plansOf(author);
      const answer = await preview(author, { text: TABLE.replace(/\n/g, '\r\n'), year: 2022 });
      expect(await plansOf(author)).toBe(before);
      expect(answer.source).toBe(TABLE);
      expect(answer.fileName).toBe('粘贴文本.txt');
      expect(answer.rememberedChoices).toBeNull();
      expect(answer.draft.layout).toBe('tabTable');
      expect(answer.draft.columns.map((c) => [c.key, c.role])).toEqual([
        ['序号', 'number'],
        ['工作任务', 'task'],
        ['具体措施', 'measure'],
        ['谁来办', 'other'],
        ['完成时限', 'deadline'],
      ]);
      expect(answer.draft.items).toHaveLength(3);
      expect(answer.draft.items[0]).toMatchObject({
        label: '1.',
        path: ['（一）', '1.'],
        headings: ['推进政策公开'],
        text: '建设规章库专栏。',
        responsible: [],
        deadline: { kind: 'month', due: '2022-09-30' },
        warnings: ['未识别到责任单位'],
        extras: [{ column: '谁来办', text: '县司法局' }],
        line: 3,
      });
      expect(answer.draft.summary).toEqual({ items: 3, itemsWithWarnings: 3, unplacedLines: 0 });
    });

    it('reads the units column once the author says what it holds', async () => {
      const author = await world.as('bl-author');
      const answer = await preview(author, { text: TABLE, year: 2022, columnChoices: { 谁来办: 'responsible' } });
      expect(answer.draft.columns.find((c) => c.key === '谁来办')?.role).toBe('responsible');
      expect(answer.draft.items.map((i) => i.responsible)).toEqual([
        ['县司法局'],
        ['县政府办公室', '县司法局'],
        ['县政务服务数据管理局'],
      ]);
      expect(answer.draft.summary.itemsWithWarnings).toBe(0);
    });

    it('warns, before any draft exists, of a measure without units and of a unit the office does not have', async () => {
      const author = await world.as('bl-author');
      const answer = await preview(author, { text: PROSE });
      expect(answer.draft.items.map((i) => i.warnings)).toEqual([
        [],
        ['未识别到责任单位'],
        ['单位“县大数据中心”不在本单位的组织机构中'],
      ]);
      expect(answer.draft.columns).toEqual([]);
    });

    it('reads an uploaded file into the text it shows, with column roles sent as JSON in the form', async () => {
      const author = await world.as('bl-author');
      const form = new FormData();
      form.append('file', new File([smallDocx(PROSE.split('\n'))], '要点.docx'));
      form.append('year', '2022');
      const res = await author.request('/api/plans/import/preview', { method: 'POST', body: form });
      expect(res.status).toBe(200);
      const answer = (await res.json()) as ImportPreview;
      expect(answer.fileName).toBe('要点.docx');
      expect(answer.source).toContain('1.建设规章库专栏。');
      expect(answer.draft.items).toHaveLength(3);

      const bad = new FormData();
      bad.append('file', new File([TABLE], '表.txt'));
      bad.append('columnChoices', '{"谁来办":"boss"}');
      const refused = await author.request('/api/plans/import/preview', { method: 'POST', body: bad });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as Problem).errors?.[0]?.path).toBe('form.columnChoices');
    });

    it('keeps the importer’s refusals: a text without measures is a 422, a bad role a 400', async () => {
      const author = await world.as('bl-author');
      const none = await author.request('/api/plans/import/preview', json({ text: '会议纪要\n请各单位认真落实。' }));
      expect(none.status).toBe(422);
      const badRole = await author.request(
        '/api/plans/import/preview',
        json({ text: TABLE, columnChoices: { 谁来办: 'boss' } }),
      );
      expect(badRole.status).toBe(400);
      expect(((await badRole.json()) as Problem).errors?.[0]?.path).toMatch(/^json\.columnChoices/);
    });

    it('is refused to a reporter, like the import', async () => {
      const reporter = await world.as('bl-reporter');
      const res = await reporter.request('/api/plans/import/preview', json({ text: PROSE }));
      expect(res.status).toBe(403);
    });

    it('creates the draft with the roles and corrections of the review, and remembers the roles with an event', async () => {
      const author = await world.as('bl-author');
      const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
        text: TABLE,
        year: 2022,
        columnChoices: { 谁来办: 'responsible' },
        edits: [
          { index: 0, lead: '县政府办公室', deadline: '2022年10月底前' },
          { index: 2, responsible: '县财政局牵头，县审计局配合' },
        ],
      });
      expect(imported.items).toBe(3);
      const { items } = await author.send<PlanDetail>('GET', `/api/plans/${encodeURIComponent(imported.plan.id)}`);
      const tasks = items.filter((i) => i.kind === 'task');
      expect(tasks.map((t) => t.units)).toEqual([
        { lead: ['县政府办公室'], responsible: ['县司法局'], cooperate: [] },
        { lead: [], responsible: ['县政府办公室', '县司法局'], cooperate: [] },
        { lead: ['县财政局'], responsible: [], cooperate: ['县审计局'] },
      ]);
      expect(tasks[0]?.deadline).toMatchObject({ text: '2022年10月底前', due: '2022-10-31' });
      expect(tasks[1]?.deadline).toMatchObject({ due: '2022-06-30' });

      const logged = await world.deps.database.query<Record<string, unknown>>(
        "SELECT actor, subject_type, subject_id, payload FROM events WHERE type = 'import.columnChoicesRemembered'",
      );
      expect(logged).toEqual([
        {
          actor: author.account.id,
          subject_type: 'org',
          subject_id: '441322',
          payload: { issuer: '博罗县某局', choices: { 谁来办: 'responsible' }, planId: imported.plan.id },
        },
      ]);
    });

    it('offers the roles again for the same issuer’s next document, and reads it with them', async () => {
      const author = await world.as('bl-author');
      const next = TABLE.replace('2022年政务公开工作任务分工', '2023年政务公开工作任务分工').replace(
        '县司法局\t2022年9月底前',
        '县财政局\t2023年9月底前',
      );
      const answer = await preview(author, { text: next });
      expect(answer.rememberedChoices).toEqual({ 谁来办: 'responsible' });
      expect(answer.draft.columns.find((c) => c.key === '谁来办')?.role).toBe('responsible');
      expect(answer.draft.items[0]?.responsible).toEqual(['县财政局']);
      // Roles the author sends win over the remembered ones.
      const chosen = await preview(author, { text: next, columnChoices: { 谁来办: 'cooperate' } });
      expect(chosen.draft.items[0]?.cooperate).toEqual(['县财政局']);
      // Another issuer's document is read as it is.
      const other = await preview(author, { text: next.replace('博罗县某局', '博罗县另一局') });
      expect(other.rememberedChoices).toBeNull();
      expect(other.draft.items[0]?.responsible).toEqual([]);
    });

    it('keeps one office’s roles from another office', async () => {
      const answer = await preview(await world.as('hy-author'), { text: TABLE });
      expect(answer.rememberedChoices).toBeNull();
      expect(answer.draft.columns.find((c) => c.key === '谁来办')?.role).toBe('other');
      expect(answer.draft.items[0]?.responsible).toEqual([]);
    });

    it('refuses an edit of an item that is not there, or a date that cannot be, naming the field, and creates nothing', async () => {
      const author = await world.as('bl-author');
      const before = await plansOf(author);
      const attempt = async (edits: unknown) => {
        const res = await author.request('/api/plans/import', json({ text: TABLE, year: 2022, edits }));
        expect(res.status).toBe(400);
        return (await res.json()) as Problem;
      };
      const outside = await attempt([
        { index: 0, lead: '县政府办公室' },
        { index: 3, lead: '县政府办公室' },
      ]);
      expect(outside.errors).toEqual([{ path: 'json.edits[1].index', message: '没有第 4 项（共 3 项）' }]);
      const negative = await attempt([{ index: -1 }]);
      expect(negative.errors?.[0]?.path).toBe('json.edits.0.index');
      const date = await attempt([{ index: 1, deadline: '2022年2月30日前' }]);
      expect(date.errors?.[0]?.path).toBe('json.edits[0].deadline');
      expect(date.detail).toContain('2022年2月没有30日');
      const long = await attempt([{ index: 1, responsible: '单'.repeat(2001) }]);
      expect(long.errors?.[0]?.path).toBe('json.edits.0.responsible');
      expect(await plansOf(author)).toBe(before);
    });
  });
});
