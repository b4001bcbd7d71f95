import type { Modality } from '../../../core/case/schema';
import { ModalityIcon } from '../ui/icons';
import { MODALITY_HINTS, MODALITY_LABELS } from '../ui/modality';

interface Props {
  readonly modality: Modality;
  readonly id?: string;
}

/** The kind of claim, by icon, word and colour, so a fact and a fear never look alike. */
export function ModalityBadge({ modality, id }: Props): React.JSX.Element {
  return (
    <span className={`modality-badge mod-${modality}`} id={id} title={MODALITY_HINTS[modality]}>
      <ModalityIcon modality={modality} size={13} />
      <span>{MODALITY_LABELS[modality]}</span>
    </span>
  );
}
