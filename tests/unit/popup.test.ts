/** What the popup says: never "off" on a page where Klaretaal checks; Dutch numbers and grammar in the quick check. */
import { describe, expect, it } from 'vitest';
import { levelLabel, nl } from '../../locales/nl';
import { siteStateOf } from '../../ui/Popup';

describe('the popup', () => {
  it('says "on" wherever Klaretaal answers from the tab, also when the site switch is off', () => {
    expect(siteStateOf({ builtIn: false, running: true, switchedOn: false })).toBe('on');
    expect(siteStateOf({ builtIn: false, running: false, switchedOn: true })).toBe('on');
    expect(siteStateOf({ builtIn: false, running: false, switchedOn: false })).toBe('off');
    expect(siteStateOf({ builtIn: true, running: false, switchedOn: false })).toBe('built-in');
  });

  it('counts in Dutch: one "zin", decimal commas, thousands with dots', () => {
    expect(nl.ui.wordsAndSentences(1, 1)).toBe('1 woord, 1 zin');
    expect(nl.ui.wordsAndSentences(1234, 56)).toBe('1.234 woorden, 56 zinnen');
    expect(nl.ui.score(42.6, 'Moeilijk (C1)')).toBe('Leesgemak: 42,6 · Moeilijk (C1)');
    expect(levelLabel('B1')).toBe('Makkelijk (B1)');
    expect(levelLabel('')).toBe('–');
  });
});
