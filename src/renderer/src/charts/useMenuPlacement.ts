/** A menu that opens from a button: placed in the viewport, closed by a click outside. */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export function useMenuPlacement(
  open: boolean,
  buttonRef: RefObject<HTMLElement | null>,
  menuRef: RefObject<HTMLElement | null>,
  close: (refocus: boolean) => void,
): void {
  // The latest close, so the listeners below stay the same while the menu is open.
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });

  // The charts sit in a scrolling dock that would clip the menu: it is placed in the viewport,
  // below the button or above it where there is no room, and follows the button as the dock
  // scrolls or the window resizes.
  useLayoutEffect(() => {
    if (!open) return;
    const place = (): void => {
      const menu = menuRef.current;
      const button = buttonRef.current;
      if (!menu || !button) return;
      const anchor = button.getBoundingClientRect();
      const { width, height } = menu.getBoundingClientRect();
      const below = anchor.bottom + 4;
      const top =
        below + height <= window.innerHeight
          ? below
          : anchor.top - 4 - height >= 0
            ? anchor.top - 4 - height
            : Math.max(4, window.innerHeight - height - 4);
      menu.style.top = `${top}px`;
      menu.style.left = `${Math.max(4, anchor.right - width)}px`;
    };
    // Placed before the first paint, then focused: no flash at the corner, no lost focus.
    place();
    menuRef.current
      ?.querySelector<HTMLElement>('[role="menuitem"]')
      ?.focus({ preventScroll: true });
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open, buttonRef, menuRef]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        closeRef.current(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, buttonRef, menuRef]);
}

/** Arrow keys, Home and End move through the menu's items; Escape and Tab close it. */
export function moveInMenu(
  event: React.KeyboardEvent<HTMLElement>,
  menu: HTMLElement | null,
  close: (refocus: boolean) => void,
): void {
  const entries = Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const at = entries.indexOf(document.activeElement as HTMLElement);
  const focus = (i: number): void => entries[(i + entries.length) % entries.length]?.focus();
  switch (event.key) {
    case 'ArrowDown':
      focus(at + 1);
      break;
    case 'ArrowUp':
      focus(at - 1);
      break;
    case 'Home':
      focus(0);
      break;
    case 'End':
      focus(entries.length - 1);
      break;
    case 'Escape':
      close(true);
      break;
    case 'Tab':
      close(false);
      return;
    default:
      return;
  }
  event.preventDefault();
}
