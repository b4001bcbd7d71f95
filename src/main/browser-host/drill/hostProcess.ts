/**
 * The real browser host in its own process, for drills: bundled once from its entry point, started
 * on a workspace, signed in through its printed one-time code, and stopped with a signal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { bundleForNode, ROOT } from '../../services/drill/bundleForNode';

/** Bundles the host into `<dir>/out/main/`, where it expects to live relative to its app root. */
export async function buildHost(dir: string): Promise<string> {
  const outfile = path.join(dir, 'out', 'main', 'browser-host.cjs');
  await mkdir(path.dirname(outfile), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ version: '0.0.0-drill' }));
  return bundleForNode('src/main/browser-host/main.ts', outfile);
}

export interface HostProcess {
  readonly child: ChildProcess;
  readonly port: number;
  /** The session cookie, as a request header. */
  readonly auth: Readonly<Record<string, string>>;
  /** What the host wrote to stderr. */
  stderr(): string;
  /** Sends SIGTERM and resolves when the process has exited. */
  stop(): Promise<void>;
}

export async function startHost(entry: string, workspace: string): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    [entry, '--workspace', workspace, '--cases', path.join(ROOT, 'data', 'cases'), '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Diptych running at (\S+)/.exec(out);
      if (match?.[1]) resolve(new URL(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}: ${err}`)));
  });
  const port = Number(url.port);
  const cookie = await signIn(port, url.search);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    port,
    auth: { cookie },
    stderr: () => err,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Opens the printed address as a browser would and keeps the cookie it is given. */
function signIn(port: number, search: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: `/${search}` }, (res) => {
        res.resume();
        const cookie = res.headers['set-cookie']?.[0]?.split(';')[0];
        if (res.statusCode === 303 && cookie) resolve(cookie);
        else reject(new Error(`signing in answered ${res.statusCode}`));
      })
      .on('error', reject);
  });
}
