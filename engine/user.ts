/**
 * The engine with a user's settings and words (own words, lists, the organisation's, switched-off and ignored
 * words): the same recipe in the background (for web pages) and in extension pages.
 */
import type { Settings, UserWords } from '../contract/index';
import { builtInLexicon, createLexicon, type Lexicon } from '../rules/shared/lexicon';
import { createChecker, type Checker } from './check';
import { ignoredWords } from './ignore';

/** Built-in words only, unless the user has words of their own or switched some off (a lexicon takes ~50 ms to build). */
function lexiconFor(words: UserWords | undefined): Lexicon {
  if (!words || (words.extraEntries.length === 0 && words.disabledTerms.length === 0)) return builtInLexicon();
  return createLexicon({ extraEntries: words.extraEntries, disabledTerms: words.disabledTerms });
}

/** A checker for these settings and words; the words ignored in the database join the settings' ignored words. */
export function createUserChecker(settings: Settings, words: UserWords | undefined): Checker {
  return createChecker({
    settings: { ...settings, ignoredWords: ignoredWords(settings.ignoredWords, words?.ignoredWords) },
    lexicon: lexiconFor(words),
  });
}
