import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../services/config';
import { builtInCasesDir, bundlePathsIn, OpenRequests, userDataDirIn } from './launchArgs';

describe('the built-in cases folder', () => {
  it('is the resources folder of an installed app', () => {
    const facts = { isPackaged: true, resourcesPath: '/opt/Diptych/resources', appRoot: '/x' };
    expect(builtInCasesDir(facts)).toBe(path.join('/opt/Diptych/resources', 'cases'));
  });

  it('is data/cases of the checkout when run from source', () => {
    const facts = { isPackaged: false, resourcesPath: '/electron/resources', appRoot: '/src/app' };
    expect(builtInCasesDir(facts)).toBe(path.join('/src/app', 'data', 'cases'));
  });

  it('gives way to --cases on the command line', () => {
    const given = parseHostArgs(['--cases=/opt/Diptych/resources/cases', '--cases', '/mine'], '/x');
    expect(given.casesDir).toBe(path.resolve('/mine'));
    const none = parseHostArgs(['--cases=/opt/Diptych/resources/cases', '.'], '/x');
    expect(none.casesDir).toBe(path.resolve('/opt/Diptych/resources/cases'));
  });
});

describe('files on the command line', () => {
  it('takes the bundles, resolved against the working folder', () => {
    expect(bundlePathsIn(['.', 'work/a.diptych', '/abs/B.DIPTYCH', 'old.zip'], '/home/me')).toEqual(
      [
        path.resolve('/home/me/work/a.diptych'),
        path.resolve('/abs/B.DIPTYCH'),
        path.resolve('/home/me/old.zip'),
      ],
    );
  });

  it('skips switches and the values of our options', () => {
    const argv = [
      '--workspace',
      'w.zip',
      '--allow-file-access',
      '--cases=c.zip',
      'notes.md',
      'x.diptych',
    ];
    expect(bundlePathsIn(argv, '/h')).toEqual([path.resolve('/h/x.diptych')]);
  });

  it('reads the profile folder in both spellings', () => {
    expect(userDataDirIn(['--user-data-dir', 'p'], '/h')).toBe(path.resolve('/h/p'));
    expect(userDataDirIn(['--user-data-dir=/tmp/p'], '/h')).toBe(path.resolve('/tmp/p'));
    expect(userDataDirIn(['--workspace', 'w'], '/h')).toBeUndefined();
  });
});

describe('files the OS asks to open', () => {
  it('holds those that come before there is a sink, then passes them on in order', () => {
    const requests = new OpenRequests();
    requests.add('/a.diptych');
    requests.add('/b.diptych');
    const got: string[] = [];
    requests.deliverTo((f) => got.push(f));
    expect(got).toEqual(['/a.diptych', '/b.diptych']);
    requests.add('/c.diptych');
    expect(got).toEqual(['/a.diptych', '/b.diptych', '/c.diptych']);
  });
});
