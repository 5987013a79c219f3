/**
 * English paragraphs (staff also write to newcomers in English) get the
 * English plain-language checks from the retext family, mapped onto our rule
 * ids and finding shape; their messages stay English.
 */
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { Finding, RuleId } from '../contract/index';

const SOURCE_TO_RULE: Record<string, RuleId> = {
  'retext-readability': 'long-sentence',
  'retext-simplify': 'jargon',
  'retext-passive': 'passive-voice',
};

let processor: Processor<Root, Root, Root> | undefined;

/** The English reference pipeline (also what the benchmark compares against). */
export function englishProcessor(): Processor<Root, Root, Root> {
  processor ??= unified().use(retextEnglish).use(retextReadability).use(retextSimplify).use(retextPassive).freeze() as unknown as Processor<
    Root,
    Root,
    Root
  >;
  return processor;
}

/** Findings for one English paragraph, with offsets into that paragraph. */
export function checkEnglish(text: string): Finding[] {
  const file = new VFile(text);
  const p = englishProcessor();
  p.runSync(p.parse(file), file);
  const findings: Finding[] = [];
  for (const message of file.messages) {
    const rule = message.source ? SOURCE_TO_RULE[message.source] : undefined;
    const place = message.place;
    if (!rule || !place || !('start' in place)) continue;
    const start = place.start.offset;
    const end = place.end.offset;
    if (start === undefined || end === undefined || end <= start) continue;
    // retext-simplify's words are drop-in replacements of the flagged word ("utilize" → "use").
    const suggestions = (message.expected ?? []).filter((s): s is string => typeof s === 'string' && s.length > 0);
    findings.push({
      rule,
      start,
      end,
      text: text.slice(start, end),
      message: message.reason,
      suggestions,
      fixes: suggestions.map((s) => ({ edits: [{ start, end, text: s }] })),
      ...(message.url ? { url: message.url } : {}),
    });
  }
  return findings;
}
