import { useRef, useState } from 'react';
import {
  DENSITIES,
  THEME_CHOICES,
  THEME_LABELS,
  type Density,
  type ThemeChoice,
} from '../../../core/settings/choices';

interface Props {
  readonly theme: ThemeChoice;
  readonly setTheme: (theme: ThemeChoice) => void;
  readonly density: Density;
  readonly setDensity: (density: Density) => void;
}

const DENSITY_LABELS: Readonly<Record<Density, string>> = {
  comfortable: 'Comfortable cards',
  compact: 'Compact cards (quote on focus)',
};

/**
 * The top bar's overflow: the theme and the card density, so the bar keeps one row at
 * 1024 px. A menu button in the WAI-ARIA pattern; written here because the few lines of roving
 * focus it needs do not justify a component library.
 */
export function ViewMenu({ theme, setTheme, density, setDensity }: Props) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const items = (): HTMLElement[] => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []),
  ];
  const show = (focus: 'first' | 'last'): void => {
    setOpen(true);
    requestAnimationFrame(() => {
      const all = items();
      (focus === 'first' ? all[0] : all[all.length - 1])?.focus();
    });
  };
  const close = (): void => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const choose = (act: () => void): void => {
    act();
    close();
  };
  const onMenuKey = (event: React.KeyboardEvent): void => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number): void => all[(to + all.length) % all.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(at - 1),
      Home: () => move(0),
      End: () => move(all.length - 1),
      Escape: close,
      Tab: () => setOpen(false),
    };
    const act = keys[event.key];
    if (!act) return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
    act();
  };
  const radio = (checked: boolean, label: string, act: () => void) => (
    <button
      key={label}
      type="button"
      role="menuitemradio"
      aria-checked={checked}
      tabIndex={-1}
      className="menu-item"
      onClick={() => choose(act)}
    >
      {label}
    </button>
  );

  return (
    <div className="view-menu">
      <button
        ref={buttonRef}
        type="button"
        className="tool-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="view-menu"
        onClick={() => (open ? setOpen(false) : show('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            show(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        View
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id="view-menu"
          role="menu"
          aria-label="View"
          className="popover view-menu-list"
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
          }}
        >
          <div role="group" aria-label="Theme">
            {THEME_CHOICES.map((t) =>
              radio(theme === t, `${THEME_LABELS[t]} theme`, () => setTheme(t)),
            )}
          </div>
          <div role="separator" className="menu-separator" />
          <div role="group" aria-label="Density">
            {DENSITIES.map((d) => radio(density === d, DENSITY_LABELS[d], () => setDensity(d)))}
          </div>
        </div>
      )}
    </div>
  );
}
