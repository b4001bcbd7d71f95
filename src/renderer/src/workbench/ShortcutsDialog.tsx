import { Dialog } from '../ui/Dialog';
import { SHORTCUTS, type Shortcut } from './shortcuts';

interface Props {
  readonly onClose: () => void;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

/** The table's shortcuts by group, in the table's order. */
const GROUPS = SHORTCUTS.reduce<Map<Shortcut['group'], Shortcut[]>>((groups, s) => {
  groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  return groups;
}, new Map());

/** The keyboard shortcuts, one dialog away from anywhere. */
export function ShortcutsDialog({ onClose }: Props): React.JSX.Element {
  return (
    <Dialog
      title="Keyboard shortcuts"
      titleId="shortcuts-title"
      className="shortcuts-dialog"
      onClose={onClose}
    >
      <div className="shortcut-groups">
        {[...GROUPS].map(([title, shortcuts]) => (
          <section key={title} aria-labelledby={`keys-${title}`}>
            <h3 id={`keys-${title}`}>{title}</h3>
            <dl className="shortcut-list">
              {shortcuts.map(({ keys, what }) => (
                <div key={keys} className="shortcut">
                  <dt>
                    <kbd>{keys.replaceAll('Mod', MOD)}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
