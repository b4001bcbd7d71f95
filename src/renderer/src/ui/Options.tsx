interface Props<T> {
  readonly items: readonly T[];
  /** The option's value, also its key: unique within the list. */
  readonly value: (item: T) => string | number;
  readonly label: (item: T) => string;
}

/** The `<option>`s of a `<select>`, one per item. */
export function Options<T>({ items, value, label }: Props<T>): React.JSX.Element {
  return (
    <>
      {items.map((item) => (
        <option key={value(item)} value={value(item)}>
          {label(item)}
        </option>
      ))}
    </>
  );
}
