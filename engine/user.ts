/** The engine with the user's words and settings: the same recipe in pages (page script) and extension pages. */
import type { Settings } from '../contract/index';
import { builtInLexicon, createLexicon, type Lexicon } from '../rules/shared/lexicon';
import type { WordSnapshot } from '../db/words';

/** Built-in words only, unless the user has words of their own or switched some off (a lexicon takes ~50 ms to build). */
export function lexiconFor(words: WordSnapshot | undefined): Lexicon {
  if (!words || (words.extraEntries.length === 0 && words.disabledTerms.length === 0)) return builtInLexicon();
  return createLexicon({ extraEntries: words.extraEntries, disabledTerms: words.disabledTerms });
}

/** Settings plus the words ignored in the database. */
export function withIgnoredWords(settings: Settings, words: WordSnapshot | undefined): Settings {
  return words?.ignoredWords.length ? { ...settings, ignoredWords: [...settings.ignoredWords, ...words.ignoredWords] } : settings;
}
