/** Text for screen readers only: visually hidden, still read out (the `sr-only` class). */
export function ScreenReaderText({
  children,
}: {
  readonly children: React.ReactNode;
}): React.JSX.Element {
  return <span className="sr-only">{children}</span>;
}
