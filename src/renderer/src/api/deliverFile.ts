/**
 * Hands a file the analyst asked for to the host (`deliverFile`), which decides where it goes:
 * a save dialog, or bytes back for the page to download. The page never asks which host it is in.
 */
import { getApi } from './getApi';

export type DeliveryOutcome =
  | { readonly status: 'saved'; readonly path: string }
  | { readonly status: 'downloaded'; readonly fileName: string }
  | { readonly status: 'cancelled' };

/** Delivers `content` (a Blob, or base64 already) as `fileName` of the case `caseId`. */
export async function deliverFile(
  caseId: string,
  fileName: string,
  content: Blob | string,
): Promise<DeliveryOutcome> {
  const base64 = typeof content === 'string' ? content : await blobToBase64(content);
  const delivery = await getApi().deliverFile(caseId, fileName, base64);
  if (delivery.status !== 'download') return delivery;
  download(delivery.fileName, delivery.mime, delivery.contentBase64);
  return { status: 'downloaded', fileName: delivery.fileName };
}

/** Starts the browser's download of base64 bytes as `fileName`. */
function download(fileName: string, mime: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
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

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
