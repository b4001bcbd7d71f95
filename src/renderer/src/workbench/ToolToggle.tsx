/** A toolbar switch: pressed while on, or, for a panel it shows and hides, expanded while open. */
export function ToolToggle(props: {
  readonly on: boolean;
  readonly onToggle: () => void;
  readonly label: string;
  readonly icon: React.ReactNode;
  readonly title: string;
  /** Only the icon shows; the label is for screen readers. */
  readonly iconOnly?: boolean;
  /** The id of the panel it shows and hides. */
  readonly controls?: string;
  readonly disabled?: boolean;
}): React.JSX.Element {
  const { on, iconOnly = false, controls } = props;
  const state =
    controls === undefined
      ? { 'aria-pressed': on }
      : { 'aria-expanded': on, 'aria-controls': controls };
  return (
    <button
      type="button"
      className={`tool-button${iconOnly ? ' tool-icon' : ''}${on ? ' is-active' : ''}`}
      {...state}
      disabled={props.disabled}
      title={props.title}
      onClick={props.onToggle}
    >
      {props.icon}
      <span className={iconOnly ? 'sr-only' : 'tool-label'}>{props.label}</span>
    </button>
  );
}
