// Pins processes to a core with `taskset` (util-linux), raises their scheduling group, and finds the
// PostgreSQL backends that serve a server process, so its database work stays on its core too. Linux only.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { NICE } from './settings';

/** Every descendant process of `pid` (tsx or a database driver may start helpers). */
const descendants = (pid: number): number[] => {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // The process is gone.
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
};

/** `pid`, every thread of it (`-a`) and its descendants: only `core` from now on; returns the pids pinned. */
export const pinTree = (pid: number, core: number): number[] => {
  const pids = [pid, ...descendants(pid)];
  for (const p of pids) pin(p, core);
  return pids;
};

export const pin = (pid: number, core: number) =>
  execFileSync('taskset', ['-a', '-p', '-c', String(core), String(pid)], { stdio: 'ignore' });

/**
 * Raises the scheduling group of `pid`, which must lead its own session (spawned `detached`): with the
 * kernel's autogroup scheduling (on here) each session is one group, shared fairly with every other
 * session's group, and a process's own nice value counts only inside its group. Returns whether it took.
 */
export const prioritise = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const session = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]);
    if (session !== pid) return false;
    writeFileSync(`/proc/${pid}/autogroup`, String(NICE));
    return true;
  } catch {
    return false; // no autogroup scheduling, or not permitted
  }
};

/** The local ports of the TCP connections of `pids` to `remotePort` (from /proc/net/tcp*). */
const localPortsTo = (pids: number[], remotePort: number): number[] => {
  const inodes = new Set<string>();
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m?.[1]) inodes.add(m[1]);
      }
    } catch {
      // The process is gone, or a descriptor closed while reading.
    }
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      const [local, remote, inode] = [f[1], f[2], f[9]];
      if (!local || !remote || !inode || !inodes.has(inode)) continue;
      if (parseInt(remote.split(':')[1] ?? '', 16) === remotePort) ports.push(parseInt(local.split(':')[1] ?? '', 16));
    }
  }
  return ports;
};

/** The PostgreSQL backend pids serving the connections that `pids` hold to the database at `url`. */
export const databaseBackends = async (pids: number[], url: string): Promise<number[]> => {
  const ports = localPortsTo(pids, Number(new URL(url).port || 5432));
  if (ports.length === 0) return [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where client_port = any($1::int[])',
      [ports],
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
};
