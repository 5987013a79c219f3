/** Every rule proves itself with its own examples (like LanguageTool's <example> tags). */
import { describe, expect, it } from 'vitest';
import { applyFix, check } from '../../engine/index';
import { rules } from '../../rules/index';
import { parseExample } from '../support/examples';

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it.each(rule.examples.flag.map((e) => [e.text, e] as const))('flags %j', (_text, example) => {
    const { text, start, end } = parseExample(example.text);
    const result = check(text, { lang: 'nl', settings: { ruleOptions: { [id]: example.options ?? {} } } });
    const mine = result.findings.filter((f) => f.rule === id);
    const hit = mine.find((f) => f.start === start && f.end === end);
    expect(
      hit,
      `expected ${id} on ${JSON.stringify(text.slice(start, end))}, got ${JSON.stringify(mine.map((f) => f.text))}`,
    ).toBeDefined();
    expect(hit!.text).toBe(text.slice(start, end));
    expect(hit!.message.length).toBeGreaterThan(0);
    expect(hit!.fixes).toHaveLength(hit!.suggestions.length);
    if (example.suggestion !== undefined) expect(hit!.suggestions[0]).toBe(example.suggestion);
    if (example.fixed !== undefined) expect(applyFix(text, hit!.fixes[0])).toBe(example.fixed);
    if (example.advice) expect(hit!.fixes).toEqual([]);
    // A fix takes the finding away and brings no new one: the rest of the text is checked as before.
    for (const fix of hit!.fixes) {
      const after = check(applyFix(text, fix), { lang: 'nl', settings: { ruleOptions: { [id]: example.options ?? {} } } });
      expect(after.findings.length, `after "${applyFix(text, fix)}"`).toBeLessThan(result.findings.length);
    }
  });

  it.each(rule.examples.pass)('leaves alone %j', (text) => {
    const result = check(text, { lang: 'nl' });
    expect(result.findings.filter((f) => f.rule === id).map((f) => f.text)).toEqual([]);
  });
});
