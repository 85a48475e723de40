import { readFileSync } from 'node:fs';
import { DOCX_PARTS, documentXml, docxBomb, docxZerosBomb, xlsxBomb, zipOf } from '@cascade/documents/testing';
import { TEST_PASSWORD } from '@cascade/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigures } from './support/figures.ts';
import { type ApiClient, type HttpAnswer, isProblem, signInClient } from './support/http-client.ts';
import { type ReliabilityWorld, startReliabilityWorld } from './support/reliability-world.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';
import { SIZES } from './support/sizes.ts';

const MB = 1024 * 1024;
const REAL_PLAN = new URL('../fixtures/docx/huizhou-city-2022.libreoffice.docx', import.meta.url);

/** A line of /proc/<pid>/status in MB: VmRSS (resident now) or VmHWM (the most it was resident). */
function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? Number.NaN) / 1024);
}

/**
 * Scenario 4b (issue #16): decompression bombs uploaded to POST /api/plans/import of a real
 * server process. Before, the 200 KB .docx (80 MB of empty paragraphs) took the process
 * to ~5 GB and killed it. Each bomb must be answered with a problem naming the limit, the server
 * must answer /api/health afterwards, and its resident memory must stay below 1 GB throughout.
 */
describe('decompression bombs uploaded to a real server', () => {
  let world: ReliabilityWorld;
  let server: ServerProcess;
  let author: ApiClient;
  const figures: Record<string, number | string> = {};

  beforeAll(async () => {
    world = await startReliabilityWorld();
    server = await startServerProcess(world.url, { DEADLINE_SCAN_EVERY_SECONDS: '0' });
    author = await signInClient(server.url, 'hz-author', TEST_PASSWORD, 60);
  });
  afterAll(async () => {
    recordFigures('upload-bomb', figures, SIZES.full);
    author?.close();
    await server?.stop();
    await world?.close();
  });

  it('refuses each bomb with a 413/422 problem naming the limit, stays up and under 1 GB', async () => {
    const bombs: { name: string; label: string; bytes: Uint8Array<ArrayBuffer>; status: number; names: string }[] = [
      {
        name: '方案.docx',
        label: '.docx, 80 MB of empty paragraphs',
        bytes: docxBomb(80),
        status: 413,
        names: 'word/document.xml 解压后 80 MB，超过 16 MB 上限',
      },
      {
        name: '方案大.docx',
        label: '.docx, 1 GB of empty paragraphs',
        bytes: docxBomb(1024),
        status: 413,
        names: 'word/document.xml 解压后 1024 MB，超过 16 MB 上限',
      },
      {
        name: '图片.docx',
        label: '.docx, 300 MB of zeros as an image',
        bytes: docxZerosBomb(300),
        status: 413,
        names: 'word/media/image1.png 解压后 300 MB，超过 32 MB 上限',
      },
      {
        name: '篡改.docx',
        label: '.docx, 300 MB declared as 1 KB',
        bytes: zipOf([...DOCX_PARTS, { ...documentXml([['<w:p/>'.repeat(174_763), 300]]), declaredSize: 1024 }]),
        status: 422,
        names: 'word/document.xml 解压后超过其声明的 1 KB',
      },
      {
        name: '任务表.xlsx',
        label: '.xlsx, 80 MB of rows',
        bytes: xlsxBomb(80),
        status: 413,
        names: 'xl/worksheets/sheet1.xml 解压后 80 MB，超过 16 MB 上限',
      },
      {
        name: '元素.docx',
        label: '.docx, 10 MB of empty paragraphs (1.7 million elements)',
        bytes: docxBomb(10),
        status: 413,
        names: 'XML 元素和属性超过 400,000 个上限',
      },
    ];
    const pid = server.pid;
    figures['server RSS before (MB)'] = memoryMb(pid, 'VmRSS');
    let sampledPeak = 0;
    const sampler = setInterval(() => {
      sampledPeak = Math.max(sampledPeak, memoryMb(pid, 'VmRSS'));
    }, 20);
    const answers: { label: string; answer: HttpAnswer; ms: number; size: number }[] = [];
    try {
      for (const bomb of bombs) {
        const form = new FormData();
        form.append('file', new File([bomb.bytes], bomb.name));
        const started = performance.now();
        const answer = await author.send('POST', '/api/plans/import', form);
        answers.push({ label: bomb.label, answer, ms: performance.now() - started, size: bomb.bytes.length });
      }
      // A real plan still imports after them.
      const form = new FormData();
      form.append('file', new File([readFileSync(REAL_PLAN)], '惠州市2022年政务公开工作要点.docx'));
      const real = await author.send('POST', '/api/plans/import', form);
      expect(real.status, real.text).toBe(201);
    } finally {
      clearInterval(sampler);
    }
    const health = await author.send('GET', '/api/health');
    const peak = memoryMb(pid, 'VmHWM');
    for (const { label, answer, ms, size } of answers)
      figures[`${label}: ${Math.round(size / 1024)} KB → ${answer.status} in`] = `${Math.round(ms)} ms`;
    Object.assign(figures, {
      'server RSS peak, sampled every 20 ms (MB)': sampledPeak,
      'server RSS high-water mark, VmHWM (MB)': peak,
      'health afterwards': health.status,
    });

    for (const [i, bomb] of bombs.entries()) {
      const { answer } = answers[i] ?? {};
      if (!answer) throw new Error(`no answer for ${bomb.label}`);
      expect(isProblem(answer, bomb.status), `${bomb.label}: ${answer.status} ${answer.text}`).toBe(true);
      expect((answer.json() as { detail?: string }).detail).toContain(bomb.names);
    }
    expect(health.status, server.output()).toBe(200);
    expect(peak).toBeLessThan(1024);
    // Each is far under the 10 MB upload limit: only unpacking can tell what it is.
    expect(Math.max(...bombs.map((b) => b.bytes.length))).toBeLessThan(2 * MB);
  });
});
