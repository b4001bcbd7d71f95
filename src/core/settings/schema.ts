/**
 * The workbench layout a workspace remembers (`<workspace>/settings.json`): the periods compared in
 * each case, the pane sizes, which side panels are collapsed and the theme override.
 *
 * Unknown keys are kept (loose objects), so a file written by a newer Diptych that knows more
 * settings is read, and written back, without losing what it added.
 */
import { z } from 'zod';
import { Id } from '../case/schema';
import { CitationLocale, CitationStyle } from '../citation/citationStyles';
import { DENSITIES, THEME_CHOICES } from './choices';

export const SETTINGS_SCHEMA_VERSION = 1;

export { THEME_LABELS } from './choices';

export const ThemeChoice = z.enum(THEME_CHOICES);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** What the workbench remembers per case. */
export const CaseLayout = z.looseObject({
  /** The periods in the panes, in pane order. */
  panes: z.array(Id).min(2).max(3).optional(),
  /** Pane widths in percent, in pane order; ignored when their count differs from `panes`. */
  paneSizes: z.array(z.number().min(0).max(100)).min(2).max(3).optional(),
  /** The issue area open last. */
  issue: Id.optional(),
});
export type CaseLayout = z.infer<typeof CaseLayout>;

export const Density = z.enum(DENSITIES);
export type Density = z.infer<typeof Density>;

/**
 * Window widths, in CSS pixels, below which a side panel collapses by itself. With the sidebar
 * (248) and the notes (360) both open, two panes and the verdict column leave a quote under
 * 200 px up to about 1300 px wide; so the notes give way below 1400 and the sidebar below 1100.
 */
export const DEFAULT_AUTO_COLLAPSE = { sidebarBelow: 1100, notesBelow: 1400 } as const;
export const AutoCollapse = z.looseObject({
  sidebarBelow: z.number().int().min(0).max(10000).default(DEFAULT_AUTO_COLLAPSE.sidebarBelow),
  notesBelow: z.number().int().min(0).max(10000).default(DEFAULT_AUTO_COLLAPSE.notesBelow),
});
export type AutoCollapse = z.infer<typeof AutoCollapse>;

export const Settings = z.looseObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  theme: ThemeChoice.default('system'),
  notesCollapsed: z.boolean().default(false),
  chartsCollapsed: z.boolean().default(false),
  sidebarCollapsed: z.boolean().default(false),
  /** Compact claim cards show the statement and modality, the quote on focus or hover. */
  density: Density.default('comfortable'),
  autoCollapse: AutoCollapse.default(DEFAULT_AUTO_COLLAPSE),
  /** Height of the charts strip, in percent of the comparison column. */
  chartsSize: z.number().min(5).max(95).optional(),
  /** The case open last. */
  lastCase: Id.optional(),
  cases: z.record(Id, CaseLayout).default({}),
  /** The style and language citations are formatted in (absent: Chicago author-date, en-US). */
  citationStyle: CitationStyle.optional(),
  citationLocale: CitationLocale.optional(),
  /** The analyst's name, printed in the title block of a brief. */
  analystName: z.string().max(200, 'must be at most 200 characters').optional(),
});
export type Settings = z.infer<typeof Settings>;

export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    theme: 'system',
    notesCollapsed: false,
    chartsCollapsed: false,
    sidebarCollapsed: false,
    density: 'comfortable',
    autoCollapse: { ...DEFAULT_AUTO_COLLAPSE },
    cases: {},
  };
}

/** What reading the settings file gives: the settings in force, and why not the file's, if so. */
export const SettingsRead = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('ok'), settings: Settings }),
  /**
   * The file exists but cannot be used: defaults are in force and the file is left alone until
   * the user changes a setting; it is then kept aside (renamed), never overwritten.
   */
  z.strictObject({
    status: z.literal('broken'),
    file: z.string(),
    message: z.string(),
    settings: Settings,
  }),
]);
export type SettingsRead = z.infer<typeof SettingsRead>;

export const SettingsWritten = z.strictObject({
  settings: Settings,
  /** Where an unreadable settings file was moved before this write, relative to the workspace. */
  keptAs: z.string().optional(),
});
export type SettingsWritten = z.infer<typeof SettingsWritten>;
