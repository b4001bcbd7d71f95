/** What a case bundle may hold: checked from the archive's directory before anything is unpacked. */

const MiB = 1024 * 1024;

/** The archive itself, as imported (the same limit as any file the user brings in). */
export const MAX_BUNDLE_BYTES = 50 * MiB;
export const MAX_BUNDLE_ENTRIES = 5000;
/** One entry, unpacked. */
export const MAX_ENTRY_BYTES = 50 * MiB;
/** All entries together, unpacked. */
export const MAX_TOTAL_BYTES = 256 * MiB;
/** manifest.json, unpacked. */
export const MAX_MANIFEST_BYTES = 1 * MiB;
/**
 * Unpacked ÷ packed size above which an entry is refused as a likely zip bomb. Real text packs
 * to a fifth or a tenth of its size, highly repetitive text to a few hundredth; deflate's
 * ceiling is about 1,032. The bundle writer stores such entries unpacked, so Diptych never
 * writes a bundle it would refuse.
 */
export const MAX_RATIO = 400;
/** Entries smaller than this are not held to the ratio: small files can pack very well. */
export const RATIO_FLOOR_BYTES = 1 * MiB;
export const MAX_NAME_LENGTH = 200;
