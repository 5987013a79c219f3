// @vitest-environment happy-dom
/**
 * The text map: how a rich-text editor's DOM becomes the one string the engine checks, and how offsets in
 * that string lead back to DOM positions (for underlines and fixes). A wrong offset would put a fix in the
 * wrong place, so every mapping is checked both ways.
 */
import { describe, expect, it } from 'vitest';
import { offsetOf, rangeFor, readRichText, readRichTextSteps, type TextMap } from '../../page/text-map';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** What the range for every word of the flat text covers in the DOM: it must be the same characters. */
function roundTrip(map: TextMap): void {
  for (const match of map.text.matchAll(/\S+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const range = rangeFor(map, start, end);
    expect(range, match[0]).not.toBeNull();
    expect(range!.toString()).toBe(map.text.slice(start, end).replace(/\n/g, ''));
    expect(offsetOf(map, range!.startContainer, range!.startOffset)).toBe(start);
  }
}

describe('reading a rich-text editor', () => {
  it('separates blocks by a blank line and keeps <br> as one line break', () => {
    const map = readRichText(editor('<p>Beste mevrouw,</p><p>Wij hebben uw brief<br>goed ontvangen.</p><div>Met vriendelijke groet</div>'));
    expect(map.text).toBe('Beste mevrouw,\n\nWij hebben uw brief\ngoed ontvangen.\n\nMet vriendelijke groet');
    roundTrip(map);
  });

  it('keeps inline markup inside one paragraph, with words split over elements', () => {
    const map = readRichText(editor('<p>Gelieve <b>het for</b><i>mulier</i> terug te sturen.</p>'));
    expect(map.text).toBe('Gelieve het formulier terug te sturen.');
    expect(map.segments.map((s) => s.node.data)).toEqual(['Gelieve ', 'het for', 'mulier', ' terug te sturen.']);
    // A range over a word split by markup starts in one text node and ends in the next.
    const start = map.text.indexOf('formulier');
    const range = rangeFor(map, start, start + 'formulier'.length)!;
    expect(range.toString()).toBe('formulier');
    expect(range.startContainer).not.toBe(range.endContainer);
  });

  it('skips what is not the writer’s prose: scripts, styles, widgets and non-editable chips', () => {
    const map = readRichText(
      editor('<p>Hallo <span contenteditable="false">@Jan Peeters</span>daar.</p><style>p{}</style><script>x()</script><p>Tot ziens.</p>'),
    );
    expect(map.text).toBe('Hallo daar.\n\nTot ziens.');
    roundTrip(map);
  });

  it('never starts or ends with a separator, and collapses empty blocks', () => {
    const map = readRichText(editor('<div><p></p><p>Eén zin.</p><p><br></p></div><ul><li>Een</li><li>Twee</li></ul>'));
    expect(map.text).toBe('Eén zin.\n\nEen\n\nTwee');
    roundTrip(map);
  });

  it('reads the same text in steps as in one go (a pasted document of thousands of nodes)', () => {
    const html = Array.from({ length: 3000 }, (_, i) => `<p>Zin <b>${i}</b> van de brief.</p>`).join('');
    const root = editor(html);
    const steps = readRichTextSteps(root);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    expect(yields).toBeGreaterThan(3);
    expect(step.value.text).toBe(readRichText(root).text);
  });
});

describe('from offsets back to the DOM', () => {
  it('gives no range when the text changed under us (a node was removed)', () => {
    const root = editor('<p>Eerste zin.</p><p>Tweede zin.</p>');
    const map = readRichText(root);
    root.lastElementChild!.remove();
    const start = map.text.indexOf('Tweede');
    expect(rangeFor(map, start, start + 6)).toBeNull();
    expect(rangeFor(map, 0, 6)?.toString()).toBe('Eerste');
  });

  it('gives no range outside the text', () => {
    const map = readRichText(editor('<p>Kort.</p>'));
    expect(rangeFor(map, 3, 99)).toBeNull();
  });

  it('maps a caret between elements to the text after it, or before it at the end', () => {
    const root = editor('<p>Een</p><p>Twee</p>');
    const map = readRichText(root);
    expect(offsetOf(map, root, 1)).toBe(map.text.indexOf('Twee'));
    expect(offsetOf(map, root, 2)).toBe(map.text.length);
    // A place outside the editor is not in the text.
    document.body.append(document.createElement('p'));
    expect(offsetOf(map, document.body, 1)).toBe(-1);
  });

  it('clamps a caret offset to its text node', () => {
    const root = editor('<p>Een</p>');
    const map = readRichText(root);
    expect(offsetOf(map, root.querySelector('p')!.firstChild!, 99)).toBe(3);
  });
});
