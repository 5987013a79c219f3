/** Small settings in the extension's own storage (never the page's): typed WXT storage items, defined once. */
import { storage } from 'wxt/utils/storage';
import { defaultSettings } from '../engine/settings';
import type { Settings } from '../contract/index';

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: defaultSettings, version: 1 });

/** Origins (`https://example.org`) where the user switched Klaretaal on, beyond the built-in webmail hosts. */
export const enabledSitesItem = storage.defineItem<string[]>('local:enabledSites', { fallback: [], version: 1 });

/** Who the user writes for (see db/profiles.ts); `undefined` until chosen. */
export const readerProfileItem = storage.defineItem<string | null>('local:readerProfile', { fallback: null, version: 1 });
