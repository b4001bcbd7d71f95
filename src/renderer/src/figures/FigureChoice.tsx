import type { ReactNode } from 'react';

interface Props {
  readonly type: 'radio' | 'checkbox';
  readonly checked: boolean;
  readonly onChange: () => void;
  readonly name?: string;
  readonly value?: string;
  readonly children: ReactNode;
}

/** One option of the figure dialog, a radio or a checkbox with its label beside it. */
export function FigureChoice({ children, ...input }: Props): React.JSX.Element {
  return (
    <label className="comparison-figure-choice">
      <input {...input} />
      {children}
    </label>
  );
}
