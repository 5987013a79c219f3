/**
 * Every write on the options page goes through `useAttempt`: when it fails (disk full, the database closed by
 * the browser) the page says so in plain Dutch instead of failing silently. Each write is one transaction, so a
 * failure leaves the stored data as it was; `false` lets a control show the stored state again.
 */
import { useCallback } from 'react';
import { nl } from '../../locales/nl';
import { useAnnounce } from './announce';

export function useAttempt(): (work: () => Promise<unknown>) => Promise<boolean> {
  const announce = useAnnounce();
  return useCallback(
    (work) =>
      work().then(
        () => true,
        (error: unknown) => {
          console.error('Klaretaal:', error);
          announce(nl.ui.options.writeFailed);
          return false;
        },
      ),
    [announce],
  );
}
