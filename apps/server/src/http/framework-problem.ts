import type { HTTPException } from 'hono/http-exception';
import { ProblemError } from './problem.ts';
import type { ProblemType } from './problem-types.ts';

/**
 * Hono's own refusals (its validator, body reader and zod-openapi's media-type check) carry an
 * English message meant for developers. Each becomes the problem it is, with a detail in the
 * reader's language that says what to send instead.
 */
export function frameworkProblem(error: HTTPException, english: boolean): ProblemError {
  const say = (zh: string, en: string) => (english ? en : zh);
  if (error.status === 413)
    return new ProblemError('payload-too-large', say('请求体过大', 'The request body is too large'));
  if (error.status === 401) return new ProblemError('unauthenticated');
  if (error.status === 415)
    return new ProblemError(
      'unsupported-media-type',
      say(
        '请求体的 Content-Type 不受支持：请以 application/json 提交（上传文件用 multipart/form-data）',
        'Unsupported Content-Type: send application/json (multipart/form-data for file uploads)',
      ),
      [{ path: 'header.content-type', message: say('不支持的内容类型', 'unsupported content type') }],
    );
  const type: ProblemType = 'bad-request';
  if (/json/i.test(error.message))
    return new ProblemError(type, say('请求体不是有效的 JSON', 'The request body is not valid JSON'), [
      { path: 'json', message: say('JSON 格式有误', 'malformed JSON') },
    ]);
  if (/formdata|form data/i.test(error.message))
    return new ProblemError(type, say('表单数据格式有误', 'The form data is malformed'), [
      { path: 'form', message: say('表单格式有误', 'malformed form data') },
    ]);
  return new ProblemError(type, say('请求格式有误', 'The request is malformed'));
}
