/**
 * Puts an exported file where the user wants it: in a browser, a download (<a download> with a
 * blob: URL); in the desktop app, the save dialog of the Node side (`saveExport`), which proposes
 * `<workspace>/exports/<name>`.
 */
import { getApi } from '../../api/getApi';

export type SaveOutcome =
  | { readonly status: 'downloaded'; readonly fileName: string }
  | { readonly status: 'saved'; readonly path: string }
  | { readonly status: 'cancelled' };

let host: Promise<'electron' | 'browser'> | undefined;

function currentHost(): Promise<'electron' | 'browser'> {
  host ??= getApi()
    .getAppInfo()
    .then((info) => info.host);
  return host;
}

export async function saveExportFile(
  caseId: string,
  fileName: string,
  blob: Blob,
): Promise<SaveOutcome> {
  if ((await currentHost()) === 'browser') {
    download(fileName, blob);
    return { status: 'downloaded', fileName };
  }
  return getApi().saveExport(caseId, fileName, await toBase64(blob));
}

/** Starts a download of `blob` as `fileName`. */
export function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy by the time this runs; the URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
