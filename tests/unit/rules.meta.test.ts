/** Keeps the rule conventions: one file per rule, registered, documented, with enough examples. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../engine/index';
import { LINE_STYLES, RULE_IDS } from '../../contract/index';
import { rules } from '../../rules/index';
import { parseExample } from '../support/examples';

const root = join(import.meta.dirname, '..', '..');
const ruleFiles = readdirSync(join(root, 'rules'))
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'define.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('rule registry', () => {
  it('lists exactly the rule files, in the order of the rule-id contract', () => {
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect([...ruleFiles].sort()).toEqual([...RULE_IDS].sort());
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has a Dutch title, a one-line why and a look of its own', () => {
    const strings = rule.texts.nl;
    expect(strings.title.length).toBeGreaterThan(3);
    expect(strings.why).toMatch(/^[A-Z][^\n]{20,200}\.$/);
    expect(rule.look.color).toMatch(/^#[0-9a-f]{6}$/);
    // Its own line pattern, so it is told apart without colour (black and white, colour blindness).
    const sameLine = rules.filter((r) => r.look.line === rule.look.line);
    expect(sameLine.map((r) => r.id)).toEqual([id]);
    expect(LINE_STYLES).toContain(rule.look.line);
  });

  it('has at least 10 texts to flag and 5 to leave alone, each with one marker', () => {
    expect(rule.examples.flag.length).toBeGreaterThanOrEqual(10);
    expect(rule.examples.pass.length).toBeGreaterThanOrEqual(5);
    for (const example of rule.examples.flag) expect(() => parseExample(example.text)).not.toThrow();
    for (const text of rule.examples.pass) expect(text).not.toContain('[[');
  });

  it('documents every option', () => {
    const docs: Record<string, string> = rule.texts.nl.options;
    expect(Object.keys(docs).sort()).toEqual(Object.keys(rule.defaults).sort());
    for (const doc of Object.values(docs)) expect(doc.length).toBeGreaterThan(10);
  });

  it('has a lesson for the trainer page whose "before" it flags and whose "after" it leaves alone', () => {
    const lesson = rule.texts.nl.lesson;
    expect(check(lesson.before, { lang: 'nl' }).findings.some((f) => f.rule === id)).toBe(true);
    expect(check(lesson.after, { lang: 'nl' }).findings.filter((f) => f.rule === id)).toEqual([]);
  });

  it('is described in the README', () => {
    expect(readme).toContain(`\`${id}\``);
  });
});
