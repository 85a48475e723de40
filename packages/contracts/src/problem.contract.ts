import { z } from 'zod';

/** RFC 9457 problem details: every error the API returns has this shape. */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    /** Field paths of a validation error, e.g. ["q"]. */
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 问题详情；可另带扩展字段（如 currentVersion、retryAfter）' });
export type Problem = z.infer<typeof problemSchema>;
