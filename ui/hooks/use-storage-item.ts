/**
 * A WXT storage item as React state: read once, then follow changes made anywhere (other pages, the
 * background). `show` displays a value at once, before the asynchronous write is done, so controls do not
 * jump back.
 */
import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

export function useOptimisticItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return [value, setValue];
}
