/**
 * Benchmark text: Dutch letter paragraphs built from our labelled sentences,
 * English letter paragraphs written for the benchmark, repeated to size.
 */
import { loadSentences } from '../eval/evaluate';

const ENGLISH = [
  'Dear Mrs Ahmadi, we would like to invite you to a meeting with your job coach on Monday at ten o’clock.',
  'Please bring your identity card and the letter from the employment office.',
  'Your application for housing support was received by our office and will be processed within four weeks.',
  'If you are unable to attend, we kindly ask you to inform us at least one day in advance.',
  'In order to utilize the new system, you must first register with your national number.',
  'The course starts on the third of March and consists of twenty lessons in total.',
  'Additional documents may be requested by the social worker at a later stage.',
  'We are happy to help you with any questions that you may have about your benefit.',
  'The monthly payment is transferred to your bank account at the beginning of each month.',
  'Please note that the rent will be increased from the first of June onwards.',
];

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A small seeded generator, so every run measures the same text. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/**
 * Paragraphs of four sentences drawn at random, until `target` words. Every
 * paragraph is different (it starts with its own number), so the engine's
 * paragraph cache never serves one paragraph twice within a text.
 */
function build(sentences: string[], target: number): string {
  const next = random(target);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < target) {
    const paragraph = [`${paragraphs.length + 1}.`];
    for (let k = 0; k < 4 && count < target; k++) {
      const sentence = sentences[Math.floor(next() * sentences.length)];
      paragraph.push(sentence);
      count += words(sentence);
    }
    count += 1;
    paragraphs.push(paragraph.join(' '));
  }
  return paragraphs.join('\n\n');
}

export function dutchText(target: number): string {
  return build(
    loadSentences().map((s) => s.text),
    target,
  );
}

export function englishText(target: number): string {
  return build(ENGLISH, target);
}

export { words as countWords };
