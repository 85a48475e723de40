import { z } from 'zod';

const fieldChangeSchema = z.object({
  field: z.enum(['text', 'lead', 'responsible', 'cooperate', 'deadline']).meta({
    description: 'text 内容 · lead 牵头单位 · responsible 责任单位 · cooperate 配合单位 · deadline 完成时限',
  }),
  before: z.string(),
  after: z.string(),
});

export const taskChangeSchema = z
  .object({
    kind: z
      .enum(['added', 'removed', 'changed'])
      .meta({ description: 'added 新增 · removed 删除或标为不适用 · changed 修改' }),
    id: z.string(),
    label: z.string(),
    text: z.string(),
    fields: z.array(fieldChangeSchema).optional().meta({ description: '修改了哪些字段（仅 changed）' }),
  })
  .meta({ id: 'TaskChange' });

export const publishWarningCodeSchema = z.enum(['noUnits', 'noDeadline', 'unknownUnits', 'anotherPlace']).meta({
  id: 'PublishWarningCode',
  description:
    'noUnits 任务没有承办单位 · noDeadline 没有读到完成时限 · unknownUnits 单位在本单位组织机构中找不到 · anotherPlace 方案像是其他地方的文件',
});

export const publishPreviewSchema = z
  .object({
    version: z.number().int().meta({ description: '现在发布将成为第几版' }),
    sinceVersion: z.number().int().meta({ description: '与第几版比较（0 表示从未发布，所有任务均为新增）' }),
    changes: z.object({
      counts: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int() }),
      tasks: z.array(taskChangeSchema),
    }),
    ledger: z
      .object({
        issued: z.number().int().meta({ description: '新下达的台账行' }),
        redated: z.number().int().meta({ description: '完成时限变化、到期日随之调整的台账行' }),
        closed: z.number().int().meta({ description: '任务或单位已删除、将撤回（销号）的台账行' }),
        unchanged: z.number().int().meta({ description: '不变的台账行' }),
      })
      .meta({ description: '发布对台账的影响，与发布时同步台账的计算相同' }),
    warnings: z.array(
      z.object({
        code: publishWarningCodeSchema,
        message: z.string().meta({ description: '中文说明' }),
        labels: z.array(z.string()).meta({ description: '涉及的任务编号' }),
        units: z.array(z.string()).meta({ description: '涉及的单位用语' }),
        issuer: z.string().nullable().meta({ description: '写明其他地方的发文单位（anotherPlace）' }),
      }),
    ),
  })
  .meta({
    id: 'PublishPreview',
    example: {
      version: 2,
      sinceVersion: 1,
      changes: {
        counts: { added: 1, removed: 0, changed: 1 },
        tasks: [
          {
            kind: 'changed',
            id: 'plan-1#一、1.',
            label: '1.',
            text: '建设规章库专栏。',
            fields: [{ field: 'deadline', before: '2022年9月底前', after: '2022年10月底前' }],
          },
          { kind: 'added', id: 'plan-1#一、2.', label: '2.', text: '公开重大项目审批信息。' },
        ],
      },
      ledger: { issued: 1, redated: 7, closed: 0, unchanged: 0 },
      warnings: [
        {
          code: 'noDeadline',
          message: '1 项任务（2.）没有读到完成时限，台账中没有到期日，不会亮灯提醒。',
          labels: ['2.'],
          units: [],
          issuer: null,
        },
      ],
    },
  });
export type PublishPreview = z.infer<typeof publishPreviewSchema>;
