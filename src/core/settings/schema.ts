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

export const SETTINGS_SCHEMA_VERSION = 1;

export const ThemeChoice = z.enum(['system', 'light', 'dark']);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

export const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

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

export const Settings = z.looseObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  theme: ThemeChoice.default('system'),
  notesCollapsed: z.boolean().default(false),
  chartsCollapsed: z.boolean().default(false),
  /** Height of the charts strip, in percent of the comparison column. */
  chartsSize: z.number().min(5).max(95).optional(),
  /** The case open last. */
  lastCase: Id.optional(),
  cases: z.record(Id, CaseLayout).default({}),
  /** The style and language citations are formatted in (absent: Chicago author-date, en-US). */
  citationStyle: CitationStyle.optional(),
  citationLocale: CitationLocale.optional(),
});
export type Settings = z.infer<typeof Settings>;

export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    theme: 'system',
    notesCollapsed: false,
    chartsCollapsed: false,
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
