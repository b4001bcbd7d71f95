/**
 * Entry point of the browser host: `node out/main/browser-host.js [--workspace DIR] [--port N]`.
 * Prints `Diptych running at <url>`; the URL carries this launch's token.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { contract } from '../../core/api/contract';
import { parseHostArgs } from '../services/config';
import { createServices } from '../services/services';
import { startBrowserHost } from './server';
import { appVersion } from '../services/appVersion';

/** How long a stopping host waits for every open tab to save what it holds. */
const FLUSH_WAIT_MS = 5000;
/** How long the host keeps listening, once told to stop, for calls still on their way. */
const DRAIN_QUIET_MS = 250;

async function main(): Promise<void> {
  const appRoot = path.resolve(__dirname, '..', '..');
  const options = parseHostArgs(process.argv.slice(2), appRoot);
  const services = await createServices({
    workspaceDir: options.workspaceDir,
    casesDir: options.casesDir,
    host: 'browser',
    version: appVersion(appRoot),
  });
  const host = await startBrowserHost({
    contract,
    handlers: services.handlers,
    events: services.events,
    rendererDir: path.join(appRoot, 'out', 'renderer'),
    token: randomBytes(24).toString('base64url'),
    port: options.port,
    log: (line) => process.stderr.write(`${line}\n`),
    // Checked here, where it is made, as a boot call's answer would be: the page trusts the block.
    boot: async () => contract.methods.boot.result.parse(await services.handlers.boot()),
  });
  process.stdout.write(`Workspace: ${services.workspace.root}\n`);
  process.stdout.write(`Diptych running at ${host.url}\n`);

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    void services.flushRenderer
      .request('quit', FLUSH_WAIT_MS)
      .then(({ unconfirmed }) => {
        for (const { clientId, why } of unconfirmed) {
          const what = why === 'no-answer' ? 'did not answer in time' : 'could not save';
          process.stderr.write(
            `A tab (${clientId}) ${what}; its unsaved text stays in that tab.\n`,
          );
        }
      })
      // A save a closing tab sent as it went may still be on its way, or being written.
      .then(() => host.drain(DRAIN_QUIET_MS, FLUSH_WAIT_MS))
      .then(() => services.flush())
      .then(() => host.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`Diptych could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
