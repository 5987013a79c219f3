/** Every rule is also a plain retext plugin: usable on its own in any unified pipeline. */
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { candidatesOf, retextRule } from '../../engine/dutch';
import { resolveSettings } from '../../engine/settings';
import { rules } from '../../rules/index';
import { builtInLexicon } from '../../rules/shared/lexicon';
import { parseExample } from '../support/examples';

describe.each(rules.map((r) => [r.id, r] as const))('%s as a retext plugin', (_id, rule) => {
  it('reports its first example on the file', () => {
    const { text, start, end } = parseExample(rule.examples.flag[0].text);
    const file = new VFile(text);
    const processor = unified()
      .use(retextDutch)
      .use(retextRule(rule), { lexicon: builtInLexicon(), settings: resolveSettings({}) });
    processor.runSync(processor.parse(file), file);
    const found = candidatesOf(file).get(rule.id) ?? [];
    // Whole-text rules (pronoun-mix) report every candidate here; the engine's finalize picks.
    expect(found.some((f) => f.start === start && f.end === end)).toBe(true);
    // On its own no engine settles the fixes a rule left for later (u/je): the plugin does.
    expect(found.every((f) => f.later === undefined)).toBe(true);
    const example = rule.examples.flag[0];
    if (example.suggestion) expect(found.find((f) => f.start === start)?.suggestions[0]).toBe(example.suggestion);
  });
});
