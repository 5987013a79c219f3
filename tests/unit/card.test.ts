// @vitest-environment happy-dom
/** The card: a fix button per suggestion; advice without a fix shows the rule's own before and after instead. */
import { describe, expect, it } from 'vitest';
import { byImportance, reasonsAt } from '../../contract/index';
import { check } from '../../engine/index';
import { renderCard } from '../../ui/card';
import { viewOf } from '../../ui/categories';

const noop = () => undefined;
const cardFor = (text: string, rule: string) => {
  const finding = check(text).findings.find((f) => f.rule === rule)!;
  const box = document.createElement('div');
  renderCard(box, { reasons: [{ finding, view: viewOf(finding.rule) }], onApply: noop, onIgnore: noop, onClose: noop });
  return box;
};

describe('the card', () => {
  it('lists every reason at one place, the most important first, each with its own fix', () => {
    const text =
      'Gelieve het formulier in te vullen en naar onze dienst te sturen, zodat uw aanvraag door de bevoegde dienst in behandeling genomen kan worden.';
    const { findings } = check(text);
    const main = [...findings].sort(byImportance).find((f) => f.rule !== 'long-sentence' && reasonsAt(findings, f).length > 1)!;
    const reasons = reasonsAt(findings, main);
    expect(reasons[0]).toBe(main);
    const box = document.createElement('div');
    const applied: string[] = [];
    renderCard(box, {
      reasons: reasons.map((finding) => ({ finding, view: viewOf(finding.rule) })),
      onApply: (f, i) => applied.push(`${f.rule}:${i}`),
      onIgnore: noop,
      onClose: noop,
    });
    const sections = [...box.querySelectorAll('section.reason')] as HTMLElement[];
    expect(sections.map((s) => s.dataset.rule)).toEqual(reasons.map((r) => r.rule));
    expect(box.querySelector('.card')?.getAttribute('aria-label')).toContain(`en nog ${reasons.length - 1}`);
    // Each section has its own message and "Negeer", and its fix buttons apply its own finding.
    for (const [i, section] of sections.entries()) {
      expect(section.querySelector('.message')?.textContent).toBe(reasons[i].message);
      expect(section.querySelectorAll('.actions button').length).toBeGreaterThan(0);
    }
    expect(reasons.map((r) => r.rule)).toEqual([...reasons].sort(byImportance).map((r) => r.rule));
  });

  it('draws the long sentence as a place of its own', () => {
    const { findings } = check(
      'Wij willen u graag uitnodigen voor de infosessie over vrijwilligerswerk in de buurt, waar u teneinde te kennismaken met organisaties kunt praten.',
    );
    const sentence = findings.find((f) => f.rule === 'long-sentence')!;
    expect(reasonsAt(findings, sentence)).toEqual([sentence]);
  });

  it('offers each fix as a button, and no example', () => {
    const card = cardFor('U dient het formulier te ondertekenen.', 'jargon');
    expect([...card.querySelectorAll('button.suggestion')].map((b) => b.textContent)).toEqual(['moet het formulier ondertekenen']);
    expect(card.querySelector('.example')).toBe(null);
  });

  it('gives advice without a button with the rule’s example, and only the buttons it is given', () => {
    const card = cardFor('Uw aanvraag wordt door onze dienst behandeld.', 'passive-voice');
    expect(card.querySelectorAll('button.suggestion')).toHaveLength(0);
    expect(card.querySelector('.example')?.textContent).toMatch(/^Bijvoorbeeld: niet ‘.+’, maar ‘.+’$/);
    expect([...card.querySelectorAll('.actions button')].map((b) => b.textContent)).toEqual(['Negeer']);
  });
});
