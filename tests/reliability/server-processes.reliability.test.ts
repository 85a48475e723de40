import { readdirSync } from 'node:fs';
import { TEST_PASSWORD } from '@cascade/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childPids } from '../support/process-cpu.ts';
import { type ApiClient, signInClient } from './support/http-client.ts';
import { type ReliabilityWorld, seedAssignments, startReliabilityWorld, UNIT } from './support/reliability-world.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SERVER_PROCESSES (issue #19): one server, its requests answered by several worker processes on
 * one port. A worker that dies is replaced while the others go on answering, and a stop ends them all.
 */
describe('a server in several processes', () => {
  let world: ReliabilityWorld;
  let server: ServerProcess;
  let client: ApiClient;

  beforeAll(async () => {
    world = await startReliabilityWorld();
    await seedAssignments(world.handle, 4);
    server = await startServerProcess(world.url, { SERVER_PROCESSES: '2' });
    client = await signInClient(server.url, UNIT.reporter, TEST_PASSWORD, 7);
  });
  afterAll(async () => {
    client?.close();
    await server?.stop();
    await world?.close();
  });

  it('starts the asked number of workers and serves a signed-in write', async () => {
    expect(server.output()).toContain('2 个服务进程');
    expect(childPids(server.pid)).toHaveLength(2);
    const form = new FormData();
    form.set('expectedVersion', '1');
    form.set('text', '多进程报送');
    expect((await client.send('POST', '/api/assignments/rel-0/report', form)).status).toBe(200);
  });

  it('goes on answering while a crashed worker is replaced', async () => {
    const [victim] = childPids(server.pid);
    process.kill(victim as number, 'SIGKILL');
    // Once the server has seen the worker go, new connections (a browser opens one when its old
    // one was cut) are all answered by the live workers.
    for (let waited = 0; !server.output().includes(`服务进程 ${victim} 退出`) && waited < 10_000; waited += 50)
      await sleep(50);
    client.close();
    client = await signInClient(server.url, UNIT.reporter, TEST_PASSWORD, 8);
    const answers: number[] = [];
    for (let i = 0; i < 20; i++) {
      answers.push((await client.send('GET', '/api/auth/session')).status);
      await sleep(100);
    }
    expect(server.output()).toContain(`服务进程 ${victim} 退出`);
    expect(answers.every((s) => s === 200)).toBe(true);
    for (let waited = 0; childPids(server.pid).length < 2 && waited < 30_000; waited += 250) await sleep(250);
    const workers = childPids(server.pid);
    expect(workers).toHaveLength(2);
    expect(workers).not.toContain(victim);
  });

  it('stops every worker with the server', async () => {
    const workers = childPids(server.pid);
    await server.stop();
    await sleep(500);
    const alive = new Set(readdirSync('/proc'));
    expect(workers.filter((pid) => alive.has(String(pid)))).toEqual([]);
  });
});
