/**
 * Keyboard movement inside the comparison grid and between the workbench's panes. It works on
 * the DOM the grid renders (cells carry `data-col`, cards `data-claim-id`), so it needs no state.
 */

const CARD = '.claim-card';

/**
 * Scrolls only the comparison's own scroller so `element` shows below the sticky headers.
 * (`scrollIntoView` would also scroll every clipped ancestor, shifting the whole workbench.)
 */
export function reveal(element: HTMLElement, align: 'nearest' | 'center' | 'start'): void {
  const scroller = element.closest<HTMLElement>('.compare-scroll');
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  const paneBar = scroller.querySelector<HTMLElement>('.pane-bar')?.offsetHeight ?? 0;
  const rowHead = element.matches('[role="rowheader"]')
    ? 0
    : (element.closest('[role="row"]')?.querySelector<HTMLElement>('[role="rowheader"]')
        ?.offsetHeight ?? 0);
  const top = box.top + paneBar + rowHead;
  const visible = box.bottom - top;
  let delta = 0;
  if (align === 'start') delta = rect.top - top - 4;
  else if (align === 'center') delta = rect.top - top - Math.max(0, (visible - rect.height) / 2);
  else if (rect.top < top) delta = rect.top - top - 4;
  else if (rect.bottom > box.bottom) delta = Math.min(rect.bottom - box.bottom + 4, rect.top - top);
  if (delta !== 0) scroller.scrollTop += delta;
}

/** Focuses without the browser's own scrolling, then reveals within the comparison. */
export function focusAndReveal(
  element: HTMLElement,
  align: 'nearest' | 'center' | 'start' = 'nearest',
): void {
  element.focus({ preventScroll: true });
  reveal(element, align);
}

/** Where arrow keys can land in a period column, top to bottom: each card, or an empty cell. */
function stopsInColumn(grid: Element, column: number): HTMLElement[] {
  const stops: HTMLElement[] = [];
  for (const cell of grid.querySelectorAll<HTMLElement>(`.cell[data-col="${column}"]`)) {
    const cards = cell.querySelectorAll<HTMLElement>(CARD);
    if (cards.length > 0) stops.push(...cards);
    else stops.push(cell);
  }
  return stops;
}

/** The first thing to focus in a cell: its first card, or the cell itself when it is empty. */
function focusTargetIn(cell: Element | null): HTMLElement | null {
  if (!cell) return null;
  return cell.querySelector<HTMLElement>(CARD) ?? (cell as HTMLElement);
}

/** Whether arrow keys move from `element`: a claim card, or an empty cell (which has no card). */
export function isGridStop(element: HTMLElement): boolean {
  return (
    element.classList.contains('claim-card') ||
    (element.matches('.cell[data-col]') && element.querySelector(CARD) === null)
  );
}

/**
 * Arrow keys on a card or an empty cell: the stop above or below in its period, or the same row
 * next door, so focus never gets stuck on a cell without claims.
 */
export function moveFromCard(from: HTMLElement, key: string): boolean {
  const grid = from.closest('[role="grid"]');
  const cell = from.closest<HTMLElement>('.cell[data-col]');
  const row = from.closest('[role="row"]');
  if (!grid || !cell || !row) return false;
  const column = Number(cell.dataset['col']);
  let next: HTMLElement | null | undefined;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      const stops = stopsInColumn(grid, column);
      next = stops[stops.indexOf(from) + (key === 'ArrowDown' ? 1 : -1)];
      break;
    }
    case 'ArrowLeft':
    case 'ArrowRight': {
      const to = column + (key === 'ArrowRight' ? 1 : -1);
      const target = row.querySelector(`.cell[data-col="${to}"]`);
      next =
        focusTargetIn(target) ??
        (key === 'ArrowRight'
          ? row.querySelector<HTMLElement>('.verdict-select')
          : row.querySelector<HTMLElement>('[role="rowheader"]'));
      break;
    }
    default:
      return false;
  }
  if (!next) return false;
  focusAndReveal(next);
  return true;
}

/** The panes F6 cycles through: the issue list, each period column, the notes. */
export function focusNextPane(direction: 1 | -1): void {
  const stops: (() => HTMLElement | null)[] = [
    () =>
      document.querySelector<HTMLElement>('.sidebar .issue-link[aria-current="page"]') ??
      document.querySelector<HTMLElement>('.sidebar .issue-link'),
  ];
  const grid = document.querySelector('[role="grid"]');
  const columns = grid
    ? new Set(
        [...grid.querySelectorAll<HTMLElement>('.cell[data-col]')].map((c) => c.dataset['col']),
      )
    : new Set();
  for (const column of [...columns].sort()) {
    stops.push(() => {
      const cells = [...(grid?.querySelectorAll(`.cell[data-col="${column}"]`) ?? [])];
      return focusTargetIn(cells.find((c) => c.querySelector(CARD)) ?? cells[0] ?? null);
    });
  }
  const notes = document.querySelector<HTMLElement>('.notes-column');
  if (notes) {
    stops.push(
      () =>
        notes.querySelector<HTMLElement>(
          '[contenteditable="true"], textarea, input, button, [tabindex="0"], a[href]',
        ) ?? null,
    );
  }
  const active = document.activeElement;
  let at = -1;
  if (active?.closest('.sidebar')) at = 0;
  else if (active?.closest('.notes-column')) at = stops.length - 1;
  else {
    const column = active?.closest<HTMLElement>('.cell[data-col]')?.dataset['col'];
    if (column !== undefined) at = 1 + [...columns].sort().indexOf(column);
    else if (active?.closest('.verdict-cell')) at = columns.size;
  }
  for (let step = 1; step <= stops.length; step++) {
    const index = (((at + direction * step) % stops.length) + stops.length) % stops.length;
    const element = stops[index]?.();
    if (element) {
      focusAndReveal(element);
      return;
    }
  }
}

/** "v": the verdict of the row holding focus (or of the first row). */
export function focusVerdictOfCurrentRow(): boolean {
  const row =
    document.activeElement?.closest('[role="grid"] [role="row"]') ??
    document.querySelector('[role="grid"] .grid-row');
  const select = row?.querySelector<HTMLSelectElement>('.verdict-select');
  if (!select) return false;
  focusAndReveal(select);
  return true;
}

/** Whether keys typed now are text (so single-letter shortcuts must not fire). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
  }
  return false;
}

/** The grid's own keys: unmodified arrows on a card or an empty cell move between stops. */
export function onGridKeyDown(event: React.KeyboardEvent<HTMLElement>): void {
  const target = event.target as HTMLElement;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (!isGridStop(target)) return;
  if (moveFromCard(target, event.key)) event.preventDefault();
}
