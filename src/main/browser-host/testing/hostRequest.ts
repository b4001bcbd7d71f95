/** A host under test on a stand-in renderer, and one HTTP request to it read back whole. */
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { ContractShape } from '../../../core/api/define';
import {
  startBrowserHost,
  type BrowserHostOptions,
  type EventSource,
  type RunningHost,
} from '../server';

export interface HostRequest {
  /** POST unless said. */
  readonly method?: string;
  readonly path: string;
  readonly body?: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface HostReply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export function sendToHost(port: number, request: HostRequest): Promise<HostReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method ?? 'POST',
        path: request.path,
        headers: request.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

/** A temp folder `dir` with a stand-in for the built renderer (`dir/renderer/index.html`). */
export async function rendererStandIn(
  scratch: { dir(): Promise<string> },
  title: string,
): Promise<{ readonly dir: string; readonly rendererDir: string }> {
  const dir = await scratch.dir();
  const rendererDir = path.join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), `<!doctype html><title>${title}</title>`);
  return { dir, rendererDir };
}

/** The events of a host whose contract has none. */
export const NO_EVENTS: EventSource = {
  subscribe: () => () => undefined,
  runAs: (_client, call) => call(),
};

type StandInOptions<C extends ContractShape> = Omit<
  BrowserHostOptions<C>,
  'rendererDir' | 'port' | 'events'
> & { readonly events?: EventSource };

/** A host on a free loopback port serving a stand-in renderer titled `title`. */
export async function startStandInHost<C extends ContractShape>(
  scratch: { dir(): Promise<string> },
  title: string,
  options: StandInOptions<C>,
): Promise<{ readonly host: RunningHost; readonly dir: string; readonly rendererDir: string }> {
  const { dir, rendererDir } = await rendererStandIn(scratch, title);
  const host = await startBrowserHost({ events: NO_EVENTS, ...options, rendererDir, port: 0 });
  return { host, dir, rendererDir };
}
