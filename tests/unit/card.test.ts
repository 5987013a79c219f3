// @vitest-environment happy-dom
/** The card: a fix button per suggestion; advice without a fix shows the rule's own before and after instead. */
import { describe, expect, it } from 'vitest';
import { check } from '../../engine/index';
import { renderCard } from '../../ui/card';
import { viewOf } from '../../ui/categories';

const noop = () => undefined;
const cardFor = (text: string, rule: string) => {
  const finding = check(text).findings.find((f) => f.rule === rule)!;
  const box = document.createElement('div');
  renderCard(box, { finding, view: viewOf(finding.rule), onApply: noop, onIgnore: noop, onClose: noop });
  return box;
};

describe('the card', () => {
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
