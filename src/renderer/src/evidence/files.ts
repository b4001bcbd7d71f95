/** Reading a file the analyst picked, after checking its size, for the bridge (as base64). */
import { MAX_FILE_BYTES } from '../../../core/api/sizeLimits';

export type FileRead<T> =
  | { readonly ok: true; readonly name: string; readonly content: T }
  | { readonly ok: false; readonly message: string };

function tooLarge(file: File): string | undefined {
  if (file.size <= MAX_FILE_BYTES) return undefined;
  const mb = (file.size / (1024 * 1024)).toFixed(1);
  return `“${file.name}” is ${mb} MB; Diptych reads files of up to ${MAX_FILE_BYTES / (1024 * 1024)} MB.`;
}

export async function readFileBase64(file: File): Promise<FileRead<string>> {
  const problem = tooLarge(file);
  if (problem) return { ok: false, message: problem };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('unknown error'));
      reader.readAsDataURL(file);
    });
    // A data URL is "data:<type>;base64,<content>"; an empty file has no content after the comma.
    return { ok: true, name: file.name, content: url.slice(url.indexOf(',') + 1) };
  } catch (error) {
    return { ok: false, message: `“${file.name}” could not be read: ${(error as Error).message}` };
  }
}

/** A picked file's bytes, and the same as base64 for the bridge. */
export async function readFileBytes(
  file: File,
): Promise<FileRead<{ readonly bytes: Uint8Array; readonly base64: string }>> {
  const read = await readFileBase64(file);
  if (!read.ok) return read;
  return {
    ok: true,
    name: read.name,
    content: {
      bytes: Uint8Array.from(atob(read.content), (c) => c.charCodeAt(0)),
      base64: read.content,
    },
  };
}

/** The message of anything a call threw, with the file it concerns when the host names one. */
export function errorText(error: unknown, fileName?: string): string {
  const e = error as { message?: string; file?: string };
  const message = e.message ?? String(error);
  const file = e.file ?? fileName;
  return file && !message.includes(file) ? `${file}: ${message}` : message;
}

/** A fresh id for a long operation, so its progress can be followed and it can be cancelled. */
export function newOperationId(): string {
  return `op-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
