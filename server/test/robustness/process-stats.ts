/** What the operating system says about a process the tests started (Linux /proc). */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

/** Resident memory of a process, in megabytes. */
export function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kilobytes)) throw new Error(`no VmRSS for process ${pid}`);
  return kilobytes / 1024;
}

/** True while the process exists (and is not a zombie). */
export function isAlive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** The socket inodes a process holds open. */
export function socketInodes(pid: number): string[] {
  const inodes: string[] = [];
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode) inodes.push(inode);
    } catch {
      // The descriptor closed while we looked.
    }
  }
  return inodes;
}

/**
 * The sockets of a process that reach a network: TCP, UDP or raw, over IPv4
 * or IPv6 (as /proc/net lists them for its network namespace). Unix sockets
 * — the pipes of stdio and VS Code's IPC — are not counted.
 */
export function networkSockets(pid: number): string[] {
  const mine = new Set(socketInodes(pid));
  const found: string[] = [];
  for (const table of ['tcp', 'tcp6', 'udp', 'udp6', 'raw', 'raw6']) {
    let lines: string[];
    try {
      lines = readFileSync(`/proc/${pid}/net/${table}`, 'utf8').trim().split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      if (mine.has(fields[9])) found.push(`${table} ${fields[1]} -> ${fields[2]}`);
    }
  }
  return found;
}
