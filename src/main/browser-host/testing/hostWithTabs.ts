/**
 * The real services behind a browser host on a temp workspace, with tabs opened against it; for
 * the tests of what several tabs see. Each test gets a fresh host; its tabs are closed after.
 */
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { contract } from '../../../core/api/contract';
import { CASES_DIR, DEFAULT_CASE, openServices } from '../../services/drill/drillServices';
import type { Services } from '../../services/services';
import { Scratch } from '../../services/testing/scratch';
import { startBrowserHost, type RunningHost } from '../server';
import { openTab, type Tab, type TabOptions } from './tabClient';

export interface HostWithTabs {
  readonly workspace: string;
  readonly services: Services;
  readonly host: RunningHost;
  /** The token header every tab sends. */
  readonly auth: Readonly<Record<string, string>>;
  /** Opens a tab on the default case and waits until its event stream is open. */
  tab(options: Omit<TabOptions, 'port' | 'auth' | 'caseId'>): Promise<Tab>;
}

/** Registers the set-up and clean-up; read the fields inside a test, once the host is up. */
export function hostWithTabs(prefix: string): HostWithTabs {
  const token = `${prefix}token-0123456789`;
  const auth = { 'X-Diptych-Token': token };
  const scratch = new Scratch(prefix);
  let state: { workspace: string; services: Services; host: RunningHost } | undefined;
  let tabs: Tab[] = [];
  const current = (): NonNullable<typeof state> => {
    if (!state) throw new Error('the host is started before each test; read it inside one');
    return state;
  };

  beforeEach(async () => {
    const workspace = await scratch.dir();
    const services = await openServices(workspace, CASES_DIR);
    const host = await startBrowserHost({
      contract,
      handlers: services.handlers,
      events: services.events,
      rendererDir: path.join(workspace, 'no-renderer'),
      token,
      port: 0,
    });
    state = { workspace, services, host };
    tabs = [];
  });

  afterEach(async () => {
    for (const tab of tabs) tab.close();
    await state?.host.close();
    state = undefined;
    await scratch.cleanup();
  });

  return {
    get workspace() {
      return current().workspace;
    },
    get services() {
      return current().services;
    },
    get host() {
      return current().host;
    },
    auth,
    async tab(options) {
      const opened = openTab({ port: current().host.port, auth, caseId: DEFAULT_CASE, ...options });
      tabs.push(opened);
      await opened.ready;
      return opened;
    },
  };
}
