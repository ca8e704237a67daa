import { cpuPerThousandLine, parseProcStat, processTreeCpuSeconds } from './cpu-time';

describe('cpu time', () => {
  it('reads ppid and the four times from a /proc/<pid>/stat line', () => {
    const line = '4242 (postgres) S 4200 4242 4242 0 -1 4194560 900 0 0 0 1234 567 89 10 20 0 1 0 481048 3133440 389';
    expect(parseProcStat(line)).toEqual({ ppid: 4200, utime: 1234, stime: 567, cutime: 89, cstime: 10 });
  });

  it('finds the fields after a command name holding spaces and parentheses', () => {
    const line = '77 (node (worker) 2) R 1 77 77 0 -1 0 0 0 0 0 300 40 5 6 20 0 1 0 1 1 1';
    expect(parseProcStat(line)).toEqual({ ppid: 1, utime: 300, stime: 40, cutime: 5, cstime: 6 });
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => parseProcStat('no such process')).toThrow(/not a \/proc/);
    expect(() => parseProcStat('1 (x) S 0')).toThrow(/unreadable/);
  });

  it('counts the CPU a process tree burns', () => {
    const before = processTreeCpuSeconds(process.pid);
    // Spin until Node itself counts 200 ms of CPU, however busy the machine is.
    const start = process.cpuUsage();
    const used = () => process.cpuUsage(start);
    while (used().user + used().system < 200_000) Math.sqrt(Math.random());
    expect(processTreeCpuSeconds(process.pid) - before).toBeGreaterThanOrEqual(0.15);
  });

  it('prints each process per 1,000 complaints and their total', () => {
    expect(cpuPerThousandLine({ intake: 5, postgres: 3 }, 2000)).toBe(
      'CPU per 1,000 complaints (2000 complaints): intake 2.50 s, postgres 1.50 s, total 4.00 s',
    );
    expect(cpuPerThousandLine({ intake: 5 }, 0)).toMatch(/intake n\/a, total n\/a/);
  });
});
