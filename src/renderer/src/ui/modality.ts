/** How each modality is named and explained on screen. */
import type { Modality } from '../../../core/case/schema';

export const MODALITY_LABELS: Readonly<Record<Modality, string>> = {
  fact: 'Fact',
  statement: 'Statement',
  expectation: 'Expected',
  assessment: 'Assessment',
};

export const MODALITY_HINTS: Readonly<Record<Modality, string>> = {
  fact: 'Reported as having happened',
  statement: 'What someone said or pledged',
  expectation: 'Anticipated or feared; has not happened',
  assessment: "The author's own judgement",
};

export const MODALITIES: readonly Modality[] = ['fact', 'statement', 'expectation', 'assessment'];
