import { useSyncExternalStore } from 'react';
import { isUnsavedAtClose, onUnsavedAtClose } from './flush';

/** Tells the analyst, when the app closes or the host stops, that this page still holds text. */
export function UnsavedAtCloseAlert(): React.JSX.Element | null {
  const unsaved = useSyncExternalStore(onUnsavedAtClose, isUnsavedAtClose);
  if (!unsaved) return null;
  return (
    <div className="banner banner-danger unsaved-at-close" role="alert">
      <p className="banner-title">Diptych is stopping, but this page could not save everything.</p>
      <p>
        Your unsaved text is still shown here and nowhere else: copy it somewhere safe before you
        close this page.
      </p>
    </div>
  );
}
