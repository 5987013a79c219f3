/** Small settings in the extension's own storage (never the page's): typed WXT storage items, defined once. */
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../contract/index';
import { defaultSettings } from '../engine/index';

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: defaultSettings, version: 1 });

/** Who the user writes for (see engine/profiles.ts); `undefined` until chosen. */
export const readerProfileItem = storage.defineItem<string | null>('local:readerProfile', { fallback: null, version: 1 });
