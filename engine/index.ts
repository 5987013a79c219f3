/** The engine's public API: everything outside the core imports the engine from here (types: contract/). */
export { check, createChecker, warmUp, type Checker, type CheckerOptions } from './check';
export { IgnoredPlaces } from './ignore';
export { applyProfile, DEFAULT_PROFILE, isReaderProfile, READER_PROFILES, type ReaderProfile } from './profiles';
export { defaultSettings, resolveSettings, sanitizeSettings } from './settings';
export { runInSlices } from './slices';
export { createUserChecker } from './user';
export { applyFix } from '../rules/shared/fix';
