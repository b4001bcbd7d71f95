/**
 * What the UI may ask the Node side to save as an export: a file name of a fixed shape, and its
 * bytes as base64, size-limited. Checked by the contract and again by the store.
 */
import { z } from 'zod';

/** `<case-id>-<measure-id>[-2x].<ext>`: no folder, no `..` at the start, one of four types. */
export const EXPORT_FILE_NAME = /^[a-z0-9][a-z0-9.-]{0,120}\.(png|svg|csv|json)$/;

/** The largest export accepted, decoded: well above a 3× PNG of a wide chart. */
export const MAX_EXPORT_BYTES = 10 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_EXPORT_BYTES / 3) * 4;

export const ExportFileName = z
  .string()
  .regex(
    EXPORT_FILE_NAME,
    'must be lower-case letters, digits, dots and dashes, ending .png, .svg, .csv or .json',
  );

export const ExportContent = z
  .string()
  .max(MAX_BASE64, `must be at most ${MAX_EXPORT_BYTES} bytes once decoded`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
  .refine((s) => s.length % 4 === 0, 'must be base64 (length a multiple of 4)');

export const SaveExportResult = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), path: z.string() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
export type SaveExportResult = z.infer<typeof SaveExportResult>;
