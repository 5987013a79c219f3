/**
 * A checkbox whose value lives in storage or the database: it shows the new state at once, and follows the
 * stored value when that changes (also from another page). Without this, a controlled checkbox would jump
 * back until the asynchronous write is done.
 */
import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'checked' | 'onChange'> & {
  checked: boolean;
  onChange(checked: boolean): void;
};

export function OptimisticCheckbox({ checked, onChange, ...rest }: Props) {
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  return (
    <input
      {...rest}
      type="checkbox"
      checked={shown}
      onChange={(e) => {
        setShown(e.target.checked);
        onChange(e.target.checked);
      }}
    />
  );
}
