/**
 * The trainer page ("Oefenen"): a text, its findings marked in the categories' colours, a legend with counts
 * that switches categories on and off, the scores, and example letters. First version: the card, before/after,
 * presentation mode and print follow.
 */
import { useMemo, useState } from 'react';
import { createChecker } from '../engine/index';
import type { Finding, RuleId } from '../engine/types';
import { nl } from '../locales/nl';
import type { ExampleLetter } from '../trainer/example-letters';
import { CATEGORIES, categoryOf } from './categories';
import { SuggestionCard } from './SuggestionCard';

interface Segment {
  start: number;
  end: number;
  finding?: Finding;
}

/** The text cut at finding boundaries; each piece marked with the shortest visible finding that covers it. */
function segments(text: string, findings: readonly Finding[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) cuts.add(f.start).add(f.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const finding = findings
      .filter((f) => f.start <= start && end <= f.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    out.push({ start, end, finding });
  }
  return out;
}

export function TrainerPage({ letters, initialText = '' }: { letters: readonly ExampleLetter[]; initialText?: string }) {
  const checker = useMemo(() => createChecker(), []);
  const [text, setText] = useState(initialText);
  const [hidden, setHidden] = useState<ReadonlySet<RuleId>>(new Set());
  const [selected, setSelected] = useState<Finding>();
  const result = useMemo(() => checker.check(text), [checker, text]);
  const visible = result.findings.filter((f) => !hidden.has(f.rule));
  const counts: Partial<Record<RuleId, number>> = {};
  for (const f of result.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  const { stats, sentences } = result;
  const long = sentences.filter((s) => s.words > 20).length;

  const toggle = (rule: RuleId) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(rule)) next.delete(rule);
      else next.add(rule);
      return next;
    });
  const apply = (finding: Finding, suggestion: string) => {
    // Only replace what was checked: the text may not have changed in between (it is ours), but be exact.
    if (text.slice(finding.start, finding.end) !== finding.text) return;
    setText(text.slice(0, finding.start) + suggestion + text.slice(finding.end));
    setSelected(undefined);
  };

  return (
    <main className="trainer">
      <h1>{nl.ui.trainer.title}</h1>
      <p>{nl.ui.trainer.intro}</p>
      <section aria-labelledby="examples-title">
        <h2 id="examples-title">{nl.ui.trainer.examples}</h2>
        <div className="examples">
          {letters.map((letter) => (
            <button key={letter.id} type="button" title={letter.topic} onClick={() => setText(letter.text)}>
              {letter.title}
            </button>
          ))}
        </div>
      </section>
      <label htmlFor="trainer-text">{nl.ui.trainer.textLabel}</label>
      <textarea id="trainer-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
      <section aria-labelledby="categories-title">
        <h2 id="categories-title">{nl.ui.trainer.categories}</h2>
        <ul className="categories">
          {CATEGORIES.map((c) => (
            <li key={c.rule}>
              <label>
                <input type="checkbox" checked={!hidden.has(c.rule)} onChange={() => toggle(c.rule)} aria-label={nl.ui.trainer.show(nl.rules[c.rule].title)} />
                <span className="swatch" style={{ borderBottom: `3px ${c.line === 'wavy' ? 'dashed' : c.line} ${c.color}` }} aria-hidden="true" />
                {nl.rules[c.rule].title}
                <span className="count" data-rule={c.rule}>
                  {counts[c.rule] ?? 0}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="scores-title">
        <h2 id="scores-title">{nl.ui.trainer.scores}</h2>
        <dl className="scores">
          <dt>{nl.ui.trainer.words}</dt>
          <dd data-score="words">{stats.words}</dd>
          <dt>{nl.ui.trainer.sentences}</dt>
          <dd data-score="sentences">{stats.sentences}</dd>
          <dt>{nl.ui.trainer.averageLength}</dt>
          <dd data-score="average">{stats.sentences ? (stats.words / stats.sentences).toFixed(1) : '0'}</dd>
          <dt>{nl.ui.trainer.longShare}</dt>
          <dd data-score="long">{stats.sentences ? Math.round((long / stats.sentences) * 100) : 0}%</dd>
          <dt>{nl.ui.trainer.fleschDouma}</dt>
          <dd data-score="fleschDouma">{stats.fleschDouma}</dd>
          <dt>{nl.ui.trainer.brouwer}</dt>
          <dd data-score="brouwer">{stats.brouwer}</dd>
          <dt>{nl.ui.trainer.level}</dt>
          <dd data-score="level">{stats.level}</dd>
        </dl>
      </section>
      <section aria-labelledby="marked-title">
        <h2 id="marked-title">{nl.ui.trainer.marked}</h2>
        <div className="marked">
          {segments(text, visible).map(({ start, end, finding }) => {
            const piece = text.slice(start, end);
            if (!finding) return <span key={start}>{piece}</span>;
            const c = categoryOf(finding.rule);
            return (
              <mark
                key={start}
                data-rule={finding.rule}
                tabIndex={0}
                role="button"
                aria-label={`${nl.rules[finding.rule].title}: ${piece}`}
                style={{ background: 'none', color: 'inherit', textDecoration: `underline ${c.line} ${c.color}`, textDecorationThickness: 3, cursor: 'pointer' }}
                onClick={() => setSelected(finding)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && setSelected(finding)}
              >
                {piece}
              </mark>
            );
          })}
        </div>
      </section>
      {selected && (
        <div className="card-host">
          <SuggestionCard
            finding={selected}
            autoFocus
            onApply={(s) => apply(selected, s)}
            onIgnore={() => setSelected(undefined)}
            onIgnoreWord={() => setSelected(undefined)}
            onDisableRule={() => {
              toggle(selected.rule);
              setSelected(undefined);
            }}
            onClose={() => setSelected(undefined)}
          />
          <aside className="lesson" aria-label={nl.ui.trainer.lesson}>
            <p>
              <strong>{nl.ui.trainer.before}:</strong> {nl.lessons[selected.rule].before}
            </p>
            <p>
              <strong>{nl.ui.trainer.after}:</strong> {nl.lessons[selected.rule].after}
            </p>
          </aside>
        </div>
      )}
    </main>
  );
}
