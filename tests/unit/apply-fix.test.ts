// @vitest-environment happy-dom
/**
 * A fix over formatting is written as the stretch's own inline markup with only the edited text changed: the new
 * words as text, never as markup; no event handler, script link or other element of the page written again.
 */
import { describe, expect, it } from 'vitest';
import { markupFor, stretchOf } from '../../page/apply-fix';

/** A range over the text `from` … `to` (first occurrences) of a paragraph made of `html`. */
function rangeOver(html: string, from: string, to: string): { range: Range; text: string } {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.body.replaceChildren(p);
  const texts: Text[] = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const at = (needle: string, end: boolean) => {
    const node = texts.find((t) => t.data.includes(needle))!;
    return [node, node.data.indexOf(needle) + (end ? needle.length : 0)] as const;
  };
  const range = document.createRange();
  range.setStart(...at(from, false));
  range.setEnd(...at(to, true));
  return { range, text: p.textContent! };
}

describe('markupFor', () => {
  const fixOf = (text: string) =>
    stretchOf(text, {
      edits: [
        { start: text.indexOf('dient'), end: text.indexOf('dient') + 5, text: 'moet' },
        { start: text.indexOf('te '), end: text.indexOf('te ') + 3, text: '' },
      ],
    });

  it('keeps the bold between the edits and changes only the edited text', () => {
    const { range, text } = rangeOver('U dient <b>het formulier</b> te lezen.', 'dient', 'te ');
    expect(markupFor(range, fixOf(text))).toBe('moet <b>het formulier</b> ');
  });

  it('writes new words as text, never as markup', () => {
    const { range, text } = rangeOver('U dient <b>het formulier</b> te lezen.', 'dient', 'te ');
    const stretch = fixOf(text);
    stretch.edits[0].text = '<img src=x onerror=alert(1)>';
    expect(markupFor(range, stretch)).toBe('&lt;img src=x onerror=alert(1)&gt; <b>het formulier</b> ');
  });

  it('drops event handlers, and refuses script links and elements that are not inline formatting', () => {
    let { range, text } = rangeOver('U dient <b onclick="steal()">het formulier</b> te lezen.', 'dient', 'te ');
    expect(markupFor(range, fixOf(text))).toBe('moet <b>het formulier</b> ');
    ({ range, text } = rangeOver('U dient <a href="javascript:steal()">het formulier</a> te lezen.', 'dient', 'te '));
    expect(markupFor(range, fixOf(text))).toBe(null);
    ({ range, text } = rangeOver('U dient <a href="https://stad.be">het formulier</a> te lezen.', 'dient', 'te '));
    expect(markupFor(range, fixOf(text))).toBe('moet <a href="https://stad.be">het formulier</a> ');
    ({ range, text } = rangeOver('U dient <b>het <img src="x">formulier</b> te lezen.', 'dient', 'te '));
    expect(markupFor(range, fixOf(text))).toBe(null);
  });
});
