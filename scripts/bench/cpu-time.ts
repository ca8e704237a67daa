import { readdirSync, readFileSync } from 'node:fs';
import { Client } from 'pg';

/** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ) in /proc, whatever the kernel's own tick. */
const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat the benchmarks use; times in clock ticks. */
export interface ProcStat {
  ppid: number;
  /** The process's own user and system time. */
  utime: number;
  stime: number;
  /** Time of its children that have exited and been waited for (Postgres backends that closed, for instance). */
  cutime: number;
  cstime: number;
}

/** Parses one /proc/<pid>/stat line. The command name, in parentheses, may hold spaces and parentheses itself. */
export function parseProcStat(line: string): ProcStat {
  const close = line.lastIndexOf(')');
  if (close < 0) throw new Error(`not a /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  // After the name: state (field 3), ppid (4) ... utime (14), stime (15), cutime (16), cstime (17).
  const fields = line
    .slice(close + 2)
    .split(' ')
    .map(Number);
  const [ppid, utime, stime, cutime, cstime] = [fields[1], fields[11], fields[12], fields[13], fields[14]];
  if ([ppid, utime, stime, cutime, cstime].some((value) => !Number.isFinite(value)))
    throw new Error(`unreadable /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  return { ppid, utime, stime, cutime, cstime };
}

/**
 * CPU seconds used so far by a process and everything under it: its own time, its exited children's (counted by
 * the kernel once waited for) and its live descendants'. Read before and after a window, the difference is what the
 * tree used in it, including short-lived children that came and went. 0 for a process that is gone.
 */
export function processTreeCpuSeconds(pid: number): number {
  const stats = readAllStats();
  const treeTicks = (root: number): number => {
    const own = stats.get(root);
    if (!own) return 0;
    let ticks = own.utime + own.stime + own.cutime + own.cstime;
    for (const [child, stat] of stats) if (stat.ppid === root && child !== root) ticks += treeTicks(child);
    return ticks;
  };
  return treeTicks(pid) / TICKS_PER_SECOND;
}

function readAllStats(): Map<number, ProcStat> {
  const stats = new Map<number, ProcStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      stats.set(Number(entry), parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8')));
    } catch {
      // The process ended while the directory was listed.
    }
  }
  return stats;
}

/**
 * The Postgres server's (postmaster's) pid: the parent of the backend serving a connection. Works for the embedded
 * server whatever folder its data was placed in, and for a local DATABASE_URL server; not for a remote one.
 */
export async function postgresServerPid(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return parseProcStat(readFileSync(`/proc/${rows[0].pid}/stat`, 'utf8')).ppid;
  } catch (error) {
    throw new Error(`cannot find the Postgres server's process (is it on this machine?): ${(error as Error).message}`);
  } finally {
    await client.end();
  }
}

/** CPU seconds each named process tree used between start and `stop()`. */
export function startCpuMeter(pids: Record<string, number | undefined>): { stop(): Record<string, number> } {
  const read = () =>
    Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, pid ? processTreeCpuSeconds(pid) : 0]));
  const before = read();
  return {
    stop: () => {
      const after = read();
      return Object.fromEntries(Object.keys(pids).map((name) => [name, after[name] - before[name]]));
    },
  };
}

/**
 * "CPU per 1,000 complaints: intake 2.61 s, ..., total 9.80 s": one figure per process and their sum, comparable
 * across commits at the same load.
 */
export function cpuPerThousandLine(cpuSeconds: Record<string, number>, complaints: number): string {
  const perThousand = (seconds: number) => (complaints > 0 ? `${((seconds * 1000) / complaints).toFixed(2)} s` : 'n/a');
  const total = Object.values(cpuSeconds).reduce((sum, seconds) => sum + seconds, 0);
  const parts = Object.entries(cpuSeconds).map(([name, seconds]) => `${name} ${perThousand(seconds)}`);
  return `CPU per 1,000 complaints (${complaints} complaints): ${parts.join(', ')}, total ${perThousand(total)}`;
}
