/** Small settings in the extension's own storage (never the page's): typed WXT storage items, defined once. */
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../contract/index';
import { DEFAULT_PROFILE, defaultSettings } from '../engine/index';

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: defaultSettings, version: 1 });

/** Who the user writes for (see engine/profiles.ts): B1 until the user or the organisation chooses another. */
export const readerProfileItem = storage.defineItem<string | null>('local:readerProfile', { fallback: DEFAULT_PROFILE, version: 1 });
