/**
 * For extension pages (popup, trainer page): a checker with the user's words and settings, rebuilt when
 * either changes. Extension pages may open the database themselves; content scripts may not.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../../db/database';
import { settingsItem } from '../../storage/settings';
import { lexiconFor, withIgnoredWords } from '../../engine/user';
import { snapshot } from '../../db/words';
import { createChecker, type Checker } from '../../engine/check';
import { defaultSettings, sanitizeSettings } from '../../engine/settings';
import { useOptimisticItem } from './use-storage-item';

export function useUserChecker(): Checker {
  const [stored] = useOptimisticItem(settingsItem);
  // Without the database (a browser that refuses it) the built-in words still work.
  const words = useLiveQuery(() => snapshot(database()).catch(() => undefined), []);
  const lexicon = useMemo(() => lexiconFor(words), [words]);
  return useMemo(
    () => createChecker({ settings: withIgnoredWords(stored ? sanitizeSettings(stored) : defaultSettings, words), lexicon }),
    [stored, words, lexicon],
  );
}
