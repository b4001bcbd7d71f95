/** The figure exactly as it will be written: the same SVG, shown as an image. */
import { useEffect, useMemo } from 'react';

export function FigurePreview(props: {
  readonly svg: string | null;
  readonly label: string;
}): React.JSX.Element {
  const url = useMemo(
    () =>
      props.svg ? URL.createObjectURL(new Blob([props.svg], { type: 'image/svg+xml' })) : null,
    [props.svg],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return (
    <div className="figure-preview">
      {url ? <img src={url} alt={props.label} data-figure-preview="" /> : <p>Drawing…</p>}
    </div>
  );
}
