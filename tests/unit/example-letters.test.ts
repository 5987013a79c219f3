import { describe, expect, it } from 'vitest';
import { check } from '../../engine/index';
import { RULE_IDS } from '../../contract/index';
import { EXAMPLE_LETTERS } from '../../ui/trainer/example-letters';

const ALL_RULES = RULE_IDS;

/** The six topics the trainer page needs: id → words the letter must contain. */
const TOPICS: Record<string, string[]> = {
  'afspraak-jobcoach': ['VDAB', 'trajectbegeleider'],
  'leefloon-ocmw': ['leefloon', 'OCMW', 'rijksregisternummer'],
  'praatgroep-nederlands': ['praatgroep Nederlands'],
  'sociale-huurwoning': ['sociale huurwoning', 'huurwaarborg', 'wachtlijst'],
  inburgeringstraject: ['inburgeringstraject', 'Agentschap Integratie en Inburgering'],
  'vrijwilligerswerk-wijkcentrum': ['vrijwilligerswerk', 'wijkcentrum'],
};

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const results = new Map(EXAMPLE_LETTERS.map((letter) => [letter.id, check(letter.text)]));

describe('example letters for the trainer page', () => {
  it('has at least six letters with unique kebab-case ids and the six topics', () => {
    expect(EXAMPLE_LETTERS.length).toBeGreaterThanOrEqual(6);
    const ids = EXAMPLE_LETTERS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const [id, words] of Object.entries(TOPICS)) {
      const letter = EXAMPLE_LETTERS.find((l) => l.id === id);
      expect(letter, id).toBeDefined();
      for (const word of words) expect(letter!.text, `${id} mentions ${word}`).toContain(word);
    }
  });

  for (const letter of EXAMPLE_LETTERS) {
    describe(letter.id, () => {
      const result = results.get(letter.id)!;
      const rules = new Set(result.findings.map((f) => f.rule));

      it('is a complete letter of 120–220 words', () => {
        expect(letter.title.trim()).not.toBe('');
        expect(letter.topic.trim()).toMatch(/\.$/);
        const count = wordCount(letter.text);
        expect(count).toBeGreaterThanOrEqual(120);
        expect(count).toBeLessThanOrEqual(220);
        expect(letter.text).toMatch(/^Geachte (?:mevrouw|heer),\n\n/);
        expect(letter.text).toMatch(/\n\nMet de meeste hoogachting,\n\S[^\n]*$/);
      });

      it('is Dutch and full of what a klare-taal trainer wants to show', () => {
        expect(result.language).toBe('nl');
        expect(rules.size).toBeGreaterThanOrEqual(5);
        for (const rule of ['jargon', 'long-sentence', 'passive-voice', 'stock-phrase'] as const) expect([...rules]).toContain(rule);
        expect(result.stats.level).toBe('C1');
        for (const f of result.findings) expect(letter.text.slice(f.start, f.end)).toBe(f.text);
      });
    });
  }

  it('together trigger every rule at least once', () => {
    const seen = new Set([...results.values()].flatMap((r) => r.findings.map((f) => f.rule)));
    for (const rule of ALL_RULES) expect([...seen], rule).toContain(rule);
  });

  it('mixes u and je in the volunteering letter only', () => {
    const mixed = EXAMPLE_LETTERS.filter((l) => results.get(l.id)!.findings.some((f) => f.rule === 'pronoun-mix')).map((l) => l.id);
    expect(mixed).toEqual(['vrijwilligerswerk-wijkcentrum']);
  });
});
