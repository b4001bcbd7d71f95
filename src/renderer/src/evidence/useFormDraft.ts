import { useState } from 'react';
import type { FieldProps } from '../ui/Field';
import type { FieldErrors } from '../ui/formErrors';

/** What a text or select field of the form takes: its name, label, errors, value and setter. */
export type BoundField = Pick<FieldProps, 'idPrefix' | 'name' | 'label' | 'errors'> & {
  readonly value: string;
  readonly onChange: (value: string) => void;
};

export interface FormDraft<K extends string> {
  readonly draft: Readonly<Record<K, string>>;
  readonly errors: FieldErrors;
  readonly setErrors: (errors: FieldErrors) => void;
  /** Binds one field to the draft, so the form names only the field and its label. */
  readonly field: (name: K, label: string) => BoundField;
  /** Empties the named fields after a save, keeping the others for the next entry. */
  readonly clear: (...names: readonly K[]) => void;
}

/** The typed-in values of a form and their validation messages, held as one record. */
export function useFormDraft<K extends string>(
  idPrefix: string,
  initial: Readonly<Record<K, string>>,
): FormDraft<K> {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (name: K, value: string): void => setDraft((d) => ({ ...d, [name]: value }));
  return {
    draft,
    errors,
    setErrors,
    field: (name, label) => ({
      idPrefix,
      name,
      label,
      errors,
      value: draft[name],
      onChange: (value) => set(name, value),
    }),
    clear: (...names) =>
      setDraft((d) => ({ ...d, ...Object.fromEntries(names.map((n) => [n, ''])) })),
  };
}
