/**
 * For extension pages (popup, trainer page): a checker with the user's words and settings, rebuilt when
 * either changes. Extension pages may open the database themselves; content scripts may not.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../../db/database';
import { snapshot } from '../../db/words';
import { createUserChecker, defaultSettings, sanitizeSettings, type Checker } from '../../engine/index';
import { settingsItem } from '../../storage/settings';
import { useOptimisticItem } from './use-storage-item';

export function useUserChecker(): Checker {
  const [stored] = useOptimisticItem(settingsItem);
  // Without the database (a browser that refuses it) the built-in words still work.
  const words = useLiveQuery(() => snapshot(database()).catch(() => undefined), []);
  return useMemo(() => createUserChecker(stored ? sanitizeSettings(stored) : defaultSettings, words), [stored, words]);
}
