import { Dialog } from '../ui/Dialog';

interface Props {
  readonly onClose: () => void;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

const GROUPS: readonly { title: string; keys: readonly [string, string][] }[] = [
  {
    title: 'Moving around',
    keys: [
      ['Alt+↓ / Alt+↑, or j / k', 'Next / previous issue area'],
      ['↓ / ↑ in the issue list', 'Move between issue areas'],
      ['F6 / Shift+F6, or Ctrl+]', 'Next / previous pane (issue list, periods, notes)'],
      ['Arrow keys on a claim', 'Claim above, below, or in the next period'],
      ['o', 'Overview of verdicts, and back'],
      ['[', 'Hide or show the issue areas'],
      [']', 'Hide or show the notes'],
    ],
  },
  {
    title: 'Claims and verdicts',
    keys: [
      ['Enter on a claim', 'Open its evidence and citation'],
      ['v', 'Go to the verdict of the current row'],
      ['Esc', 'Close a dialog or the overview'],
    ],
  },
  {
    title: 'Finding',
    keys: [
      [`${mod}+F or /`, 'Search claims and quotes'],
      ['Enter / Shift+Enter in search', 'Next / previous match'],
      ['Esc in search', 'Clear the search'],
    ],
  },
  { title: 'Help', keys: [['?', 'These shortcuts']] },
];

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
        {GROUPS.map((group) => (
          <section key={group.title} aria-labelledby={`keys-${group.title}`}>
            <h3 id={`keys-${group.title}`}>{group.title}</h3>
            <dl className="shortcut-list">
              {group.keys.map(([keys, what]) => (
                <div key={keys} className="shortcut">
                  <dt>
                    <kbd>{keys}</kbd>
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
