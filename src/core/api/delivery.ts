/**
 * Delivering a file the analyst asked for (a chart, its data, the case's sources, a bundle): what
 * the UI sends, and what the host answers. The host decides how: the desktop app asks where to
 * save, proposing `<workspace>/exports/<name>`; a browser gets the bytes back to download.
 */
import { z } from 'zod';
import { MAX_FILE_BYTES } from './limits';

/** Every type of file Diptych hands out, by extension. */
export const DELIVERED_TYPES = {
  png: { mime: 'image/png', label: 'PNG image' },
  svg: { mime: 'image/svg+xml', label: 'SVG image' },
  pdf: { mime: 'application/pdf', label: 'PDF document' },
  csv: { mime: 'text/csv', label: 'CSV table' },
  json: { mime: 'application/json', label: 'JSON data' },
  bib: { mime: 'application/x-bibtex', label: 'BibTeX bibliography' },
  ris: { mime: 'application/x-research-info-systems', label: 'RIS bibliography' },
  zip: { mime: 'application/zip', label: 'ZIP archive' },
  html: { mime: 'text/html', label: 'HTML document' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word document',
  },
  diptych: { mime: 'application/vnd.diptych.bundle+zip', label: 'Diptych case bundle' },
} as const;
export type DeliveredExtension = keyof typeof DELIVERED_TYPES;

const EXTENSIONS = Object.keys(DELIVERED_TYPES) as DeliveredExtension[];

/** `<case-id>-<what>.<ext>`: no folder, no leading dot, one of the delivered types. */
export const DELIVERY_FILE_NAME = new RegExp(
  `^[a-z0-9][a-z0-9.-]{0,120}\\.(${EXTENSIONS.join('|')})$`,
);

/** The largest file delivered, decoded: as large as a file the analyst may bring in. */
export const MAX_DELIVERY_BYTES = MAX_FILE_BYTES;

export const DeliveryFileName = z
  .string()
  .regex(
    DELIVERY_FILE_NAME,
    `must be lower-case letters, digits, dots and dashes, ending ${EXTENSIONS.map((e) => `.${e}`).join(', ')}`,
  );

/** The extension of a name that passed `DeliveryFileName`. */
export function deliveredExtension(fileName: string): DeliveredExtension {
  return fileName.slice(fileName.lastIndexOf('.') + 1) as DeliveredExtension;
}

export const Delivery = z.discriminatedUnion('status', [
  /** Written where the analyst chose (or where proposed). */
  z.strictObject({ status: z.literal('saved'), path: z.string() }),
  /** The analyst closed the save dialog: nothing was written. */
  z.strictObject({ status: z.literal('cancelled') }),
  /** The host has no save dialog: the page hands these bytes to the browser as a download. */
  z.strictObject({
    status: z.literal('download'),
    fileName: DeliveryFileName,
    mime: z.string(),
    contentBase64: z.string(),
  }),
]);
export type Delivery = z.infer<typeof Delivery>;

/** A document printed to PDF by the host, or why not: the browser host cannot, a browser's own print can. */
export const PrintedPdf = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('printed'), contentBase64: z.string() }),
  z.strictObject({ status: z.literal('unsupported') }),
]);
export type PrintedPdf = z.infer<typeof PrintedPdf>;
