import type { Problem } from '@cascade/contracts';
import {
  BackupError,
  DerivationRefusedError,
  ItemNotFoundError,
  LookBackNotFoundError,
  NoticeInputError,
  NoticeNotFoundError,
  NoticeStateError,
  OrgEditRefusedError,
  OrgInUseError,
  OrgNotFoundError,
  OutlineRefusedError,
  PlanNotFoundError,
  PlanStatusRefusedError,
  PublishRefusedError,
  RestoreRefusedError,
  StaleVersionError,
  VariantMigrationRefusedError,
} from '@cascade/db';
import { AccountSheetError, ImportError } from '@cascade/documents';
import { DerivationError, DOMAIN_ERROR_CODES, DomainError, type DomainErrorCode } from '@cascade/engine';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { DOMAIN_PROBLEMS } from './domain-problems.ts';
import { handleError } from './error-handler.ts';
import { PROBLEM_TYPES } from './problem-types.ts';

/** A route that throws the error, answered by the server's one error handler. */
async function answer(error: Error, language = 'zh-CN'): Promise<{ status: number; body: Problem }> {
  const app = new Hono()
    .get('/throws', () => {
      throw error;
    })
    .onError(handleError);
  const res = await app.request('/throws', { headers: { 'accept-language': language } });
  return { status: res.status, body: (await res.json()) as Problem };
}

describe('domain errors become problems through one table', () => {
  it('gives every domain code a problem the client can act on (none is a 500)', () => {
    for (const code of DOMAIN_ERROR_CODES) {
      const type = DOMAIN_PROBLEMS[code];
      expect(type, `no problem for ${code}`).toBeDefined();
      expect(PROBLEM_TYPES[type].status, `${code} → ${type}`).toBeLessThan(500);
    }
    expect(Object.keys(DOMAIN_PROBLEMS).sort()).toEqual([...DOMAIN_ERROR_CODES].sort());
  });

  it('answers each refusal the repositories, readers and engine throw with the problem it always had', async () => {
    const cases: [Error, number, string, Record<string, unknown>?][] = [
      [new OrgNotFoundError('o1'), 404, 'org-not-found'],
      [new OrgEditRefusedError('名称重复'), 422, 'org-edit-refused'],
      [new OrgInUseError('仍有台账'), 409, 'org-in-use'],
      [new PlanNotFoundError('p1'), 404, 'plan-not-found'],
      [new ItemNotFoundError('i1'), 404, 'item-not-found'],
      [new OutlineRefusedError('第一项不能上移'), 422, 'outline-refused'],
      [new RestoreRefusedError('原位置已不存在'), 409, 'conflict'],
      [new StaleVersionError('方案', 4), 409, 'conflict', { currentVersion: 4 }],
      [
        new PublishRefusedError(['缺少牵头单位', '缺少完成时限']),
        422,
        'publish-refused',
        {
          errors: [
            { path: 'plan', message: '缺少牵头单位' },
            { path: 'plan', message: '缺少完成时限' },
          ],
        },
      ],
      [new DerivationRefusedError('方案尚未发布'), 422, 'derivation-refused'],
      [new DerivationRefusedError('已经分解过', 'p9'), 409, 'already-derived', { planId: 'p9' }],
      [
        new DerivationError({ reason: 'invalidRule', ruleId: 'r1', field: 'rules[0].event', message: '规则无效' }),
        422,
        'derivation-refused',
        { reason: 'invalidRule', ruleId: 'r1', errors: [{ path: 'rules[0].event', message: '规则无效' }] },
      ],
      [
        new VariantMigrationRefusedError([{ path: 'mapping.审核中', message: '目标状态不存在' }]),
        400,
        'validation',
        { errors: [{ path: 'mapping.审核中', message: '目标状态不存在' }] },
      ],
      [new NoticeNotFoundError('n1'), 404, 'not-found'],
      [new NoticeStateError('已签收'), 409, 'transition-not-allowed'],
      [new NoticeInputError('请写明退回的理由'), 422, 'transition-refused'],
      [
        new PlanStatusRefusedError(
          { reason: 'notAllowed', from: 'draft' },
          '方案处于“草稿”状态，不能年度收官（CLOSE）',
        ),
        409,
        'transition-not-allowed',
        { planStatus: 'draft' },
      ],
      [
        new PlanStatusRefusedError(
          { reason: 'guard', from: 'executing', guard: '任务均已办结' },
          '还有 2 条任务未办结',
          {
            count: 2,
            named: [],
          },
        ),
        422,
        'transition-refused',
        { planStatus: 'executing', rule: '任务均已办结', openAssignments: 2 },
      ],
      [new LookBackNotFoundError('l1'), 404, 'not-found'],
      [new BackupError('notEmpty', '表 plans 已有数据'), 422, 'refused', { reason: 'notEmpty' }],
      [new ImportError('noMeasures', { line: 3 }), 422, 'import-failed', { reason: 'noMeasures', line: 3 }],
      [new ImportError('tooLarge', { detail: '12 MB' }), 413, 'payload-too-large', { reason: 'tooLarge' }],
      [new AccountSheetError('noRows', '没有账号行', 'no account rows'), 422, 'import-failed', { reason: 'noRows' }],
    ];
    for (const [error, status, type, more] of cases) {
      const { status: got, body } = await answer(error);
      expect(got, error.name).toBe(status);
      expect(body, error.name).toMatchObject({ type: `/problems/${type}`, status, ...more });
    }
  });

  it('says a document’s or sheet’s fault in the reader’s language, Chinese by default', async () => {
    const error = new AccountSheetError('noHeader', '找不到表头', 'no header row');
    expect((await answer(error)).body.detail).toBe('找不到表头');
    expect((await answer(error, 'en-US')).body.detail).toBe('no header row');
    expect((await answer(new BackupError('notEmpty'))).body.detail).toBe(
      '目标数据库不是空的：只能恢复到新建的空数据库',
    );
  });

  it('answers a refusal whose code this server has no row for with 422 refused, not a 500', async () => {
    class NewerRefusal extends DomainError {
      constructor() {
        super('ledger.somethingNew' as DomainErrorCode, '这一步现在不能做');
      }
    }
    const { status, body } = await answer(new NewerRefusal());
    expect(status).toBe(422);
    expect(body).toMatchObject({ type: '/problems/refused', detail: '这一步现在不能做' });
  });

  it('answers a new domain error class by its code, with no mapping of its own', async () => {
    class LedgerRowGone extends DomainError {
      constructor() {
        super('plan.itemNotFound', '台账行已删除');
      }
    }
    const { status, body } = await answer(new LedgerRowGone());
    expect(status).toBe(404);
    expect(body).toMatchObject({ type: '/problems/item-not-found', detail: '台账行已删除' });
  });
});
