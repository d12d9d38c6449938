// CPU time of a process and of one core, from /proc (Linux); NaN elsewhere.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;
const hz = (): number => {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
};

/** User + system CPU time a process has used so far, ms. */
export const processCpuMs = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm) ": state is field 3, utime field 14, stime field 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / hz();
  } catch {
    return NaN;
  }
};

/** Busy and total CPU time of one core so far, ms (the `cpuN` line of /proc/stat). */
export const coreCpuMs = (core: number): { busy: number; total: number } => {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith(`cpu${core} `)) ?? '';
    const n = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = n.reduce((a, b) => a + b, 0);
    const idle = (n[3] ?? 0) + (n[4] ?? 0);
    return { busy: ((total - idle) * 1000) / hz(), total: (total * 1000) / hz() };
  } catch {
    return { busy: NaN, total: NaN };
  }
};
