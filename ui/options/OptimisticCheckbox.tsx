/**
 * A checkbox whose value lives in storage or the database: it shows the new state at once, and follows the
 * stored value when that changes (also from another page). Without this, a controlled checkbox would jump
 * back until the asynchronous write is done.
 */
import { useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'checked' | 'onChange'> & {
  checked: boolean;
  /** Store the new state; resolving to `false` (the write failed) shows the stored state again. */
  onChange(checked: boolean): Promise<boolean>;
};

export function OptimisticCheckbox({ checked, onChange, ...rest }: Props) {
  const [shown, setShown] = useState(checked);
  // The stored value changed (here, or in another page): show it (React's "adjust state when a prop changes").
  const [stored, setStored] = useState(checked);
  if (checked !== stored) {
    setStored(checked);
    setShown(checked);
  }
  return (
    <input
      {...rest}
      type="checkbox"
      checked={shown}
      onChange={(e) => {
        const next = e.target.checked;
        setShown(next);
        void onChange(next).then((ok) => ok || setShown(!next));
      }}
    />
  );
}
