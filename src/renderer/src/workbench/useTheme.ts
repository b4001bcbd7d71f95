/** Applies the theme choice to `<html data-theme>`; "system" leaves it to the OS. */
import { useEffect } from 'react';
import type { ThemeChoice } from '../../../core/settings/schema';

export function useTheme(choice: ThemeChoice): void {
  useEffect(() => {
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = choice;
  }, [choice]);
}
