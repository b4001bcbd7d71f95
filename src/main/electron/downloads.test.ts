import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDownloadsVia, type DownloadItemLike } from './downloads';

function item(name: string) {
  const seen: { savedTo?: string; cancelled: boolean } = { cancelled: false };
  const fake: DownloadItemLike = {
    getFilename: () => name,
    setSavePath: (file) => (seen.savedTo = file),
    cancel: () => (seen.cancelled = true),
  };
  return { fake, seen };
}

describe('downloads', () => {
  it('propose the exports folder and save where the analyst chose', () => {
    const asked: string[] = [];
    const listener = saveDownloadsVia((p) => (asked.push(p), '/chosen/chart.png'), '/ws/exports');
    const { fake, seen } = item('chart.png');
    listener({}, fake);
    expect(asked).toEqual([path.join('/ws/exports', 'chart.png')]);
    expect(seen).toEqual({ savedTo: '/chosen/chart.png', cancelled: false });
  });

  it('are cancelled when the dialog is', () => {
    const { fake, seen } = item('chart.png');
    saveDownloadsVia(() => undefined, '/ws/exports')({}, fake);
    expect(seen).toEqual({ cancelled: true });
  });

  it('never propose a path outside the exports folder', () => {
    const asked: string[] = [];
    const { fake } = item('../../etc/passwd');
    saveDownloadsVia((p) => (asked.push(p), undefined), '/ws/exports')({}, fake);
    expect(asked).toEqual([path.join('/ws/exports', 'passwd')]);
  });
});
