import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/security/csp';
import { resolveAppFile, serveAppRequest } from './appProtocol';

let top: string;
let renderer: string;

beforeAll(async () => {
  // <top>/renderer is the built app; <top>/secret.txt and <top>/workspace lie beside it.
  top = await mkdtemp(path.join(os.tmpdir(), 'diptych-scheme-'));
  renderer = path.join(top, 'renderer');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Diptych</title>');
  await writeFile(path.join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(renderer, 'assets', 'inter.woff2'), 'font');
  await writeFile(path.join(top, 'secret.txt'), 'not for the page');
  await mkdir(path.join(top, 'workspace'));
  await writeFile(path.join(top, 'workspace', 'evil.js'), 'alert(1)');
  await symlink(path.join(top, 'workspace'), path.join(renderer, 'assets', 'linked'));
  await mkdir(path.join(renderer, 'renderer-evil'));
});

afterAll(async () => {
  await rm(top, { recursive: true, force: true });
});

describe('the app:// scheme', () => {
  it('serves the built page and its assets with their types and the CSP', async () => {
    const page = await serveAppRequest('app://diptych/index.html', renderer);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Diptych</title>');
    const script = await serveAppRequest('app://diptych/assets/index-abc.js', renderer);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await resolveAppFile('app://diptych/', renderer)).ok).toBe(true);
    expect((await resolveAppFile('app://diptych/assets/inter.woff2?v=1', renderer)).ok).toBe(true);
  });

  it.each([
    'app://diptych/../secret.txt',
    'app://diptych/%2e%2e/secret.txt',
    'app://diptych/assets/%2e%2e/%2e%2e/secret.txt',
    'app://diptych/%2e%2e%2fsecret.txt',
    'app://diptych/..%2f..%2fsecret.txt',
    'app://diptych/assets/linked/evil.js',
  ])('refuses %s, which leads out of the renderer', async (url) => {
    const found = await resolveAppFile(url, renderer);
    expect(found.ok).toBe(false);
    expect((await serveAppRequest(url, renderer)).status).not.toBe(200);
  });

  it.each([
    ['app://diptych/%5c..%5csecret.txt', 400],
    ['app://diptych/index.html%00.png', 400],
    ['app://diptych/%E0%A4%A', 400],
    ['app://diptych/missing.js', 404],
    ['app://diptych/assets', 404],
    ['app://other/index.html', 404],
    ['file:///etc/passwd', 404],
  ] as const)('refuses %s with %i', async (url, status) => {
    expect(await resolveAppFile(url, renderer)).toMatchObject({ ok: false, status });
  });

  it('refuses a sibling folder whose name starts like the renderer', async () => {
    await writeFile(path.join(top, 'renderer-evil.js'), 'alert(1)');
    const found = await resolveAppFile('app://diptych/..%2frenderer-evil.js', renderer);
    expect(found).toMatchObject({ ok: false, status: 403 });
  });

  it('says nothing of what exists outside: a missing file there is refused like a present one', async () => {
    const present = await resolveAppFile('app://diptych/..%2fsecret.txt', renderer);
    const missing = await resolveAppFile('app://diptych/..%2fno-such-file.txt', renderer);
    expect(present).toMatchObject({ ok: false, status: 403 });
    expect(missing).toMatchObject({ ok: false, status: 403 });
  });
});
