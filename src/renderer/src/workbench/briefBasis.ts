import type { Case } from '../../../core/case/schema';
import {
  DEFAULT_CITATION_LOCALE,
  DEFAULT_CITATION_STYLE,
} from '../../../core/citation/citationChoices';
import type { UserLayer } from '../../../core/user/schema';
import type { BriefBasis } from './ExportActions';
import type { SettingsHandle } from './useSettings';

/** A brief of `issueId` in the workspace's citation style, by the analyst the settings name. */
export function briefBasis(
  kase: Case,
  layer: UserLayer,
  issueId: string,
  { settings, update }: SettingsHandle,
): BriefBasis {
  return {
    kase,
    layer,
    issueId,
    style: settings.citationStyle ?? DEFAULT_CITATION_STYLE,
    locale: settings.citationLocale ?? DEFAULT_CITATION_LOCALE,
    analyst: settings.analystName ?? '',
    onAnalyst: (analystName: string) => update((s) => ({ ...s, analystName })),
  };
}
