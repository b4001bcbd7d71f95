/**
 * Real folders for tests and drills: temp folders, and small tmpfs mounts where a full disk has
 * to be real (Linux, as root). Everything made is removed by `cleanup()`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const isRoot = process.getuid?.() === 0;

/** Mounts a tmpfs of `size` on `dir`; false where this process may not (not Linux, not root). */
export function mountTmpfs(dir: string, size = '1m'): boolean {
  if (process.platform !== 'linux' || !isRoot) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function unmount(dir: string): void {
  execFileSync('umount', [dir], { stdio: 'ignore' });
}

export class Scratch {
  private readonly dirs: string[] = [];
  private readonly mounts: string[] = [];

  constructor(private readonly prefix: string) {}

  async dir(): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), this.prefix));
    this.dirs.push(dir);
    return dir;
  }

  /** A small tmpfs, or undefined where this process may not mount one. */
  async tmpfs(size = '1m'): Promise<string | undefined> {
    const dir = await this.dir();
    if (!mountTmpfs(dir, size)) return undefined;
    this.mounts.push(dir);
    return dir;
  }

  async cleanup(): Promise<void> {
    for (const dir of this.mounts.splice(0)) unmount(dir);
    for (const dir of this.dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  }
}

/** Remounts a tmpfs made by `Scratch.tmpfs` read-only, or writable again. */
export function remount(dir: string, mode: 'ro' | 'rw'): void {
  execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'ignore' });
}
