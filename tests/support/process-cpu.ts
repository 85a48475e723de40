import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (ms, user + system) that processes have used, read from Linux's /proc: where a
 * benchmark's time goes between the API server, the database's backends and the clients. Zero
 * where /proc is not there.
 */
const TICK_MS = 10; // USER_HZ is 100 on Linux

function statOf(pid: number): { state: string; ppid: number; cpuMs: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      state: fields[0] ?? '',
      ppid: Number(fields[1]),
      cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
    };
  } catch {
    return null;
  }
}

function allPids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [];
  }
}

/** CPU of one process. */
export function processCpuMs(pid: number): number {
  return statOf(pid)?.cpuMs ?? 0;
}

/** The live processes started by `pid` (a server's workers, a postmaster's backends). */
export function childPids(pid: number): number[] {
  return allPids().filter((child) => {
    const stat = statOf(child);
    return stat?.ppid === pid && stat.state !== 'Z'; // an exited child not yet reaped is not live
  });
}

/** CPU of a PostgreSQL server: its postmaster (found by its data directory) and every backend under it. */
export function postgresCpuMs(dataDir: string): number {
  const postmaster = allPids().find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(dataDir);
    } catch {
      return false;
    }
  });
  if (postmaster === undefined) return 0;
  return childPids(postmaster).reduce((total, pid) => total + processCpuMs(pid), processCpuMs(postmaster));
}

/** The machine's busy CPU time (ms, all cores) from /proc/stat. */
export function machineBusyMs(): number {
  try {
    const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
    const ticks = (cpu ?? '').split(/\s+/).slice(1).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return (ticks.reduce((a, b) => a + b, 0) - idle) * TICK_MS;
  } catch {
    return 0;
  }
}
