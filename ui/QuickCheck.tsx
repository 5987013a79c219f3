/** A paste-and-check box: the engine in an extension page, for a quick look at a text. */
import { textsOf } from './categories';
import { useMemo, useState } from 'react';
import type { Finding } from '../contract/index';
import { applyFix } from '../engine/index';
import { nl } from '../locales/nl';
import { useUserChecker } from './hooks/use-user-checker';
import './QuickCheck.css';

export function QuickCheck() {
  const [text, setText] = useState('');
  // The text before the last fix, for "Zet terug" (a script change to the box has no Ctrl+Z of its own).
  const [before, setBefore] = useState<string | null>(null);
  const checker = useUserChecker();
  const result = useMemo(() => checker.check(text), [checker, text]);
  const fix = (f: Finding) => {
    setBefore(text);
    setText(applyFix(text, f.fixes[0]));
  };

  return (
    <div className="quick-check">
      <label htmlFor="quick-check">{nl.ui.quickCheckLabel}</label>
      <textarea
        id="quick-check"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setBefore(null);
        }}
        rows={6}
      />
      <p className="hint">{nl.ui.quickCheckHint}</p>
      {before !== null && (
        <button type="button" onClick={() => (setText(before), setBefore(null))}>
          {nl.ui.quickUndo}
        </button>
      )}
      {text.trim() && (
        <section aria-live="polite">
          <p>
            {nl.ui.wordsAndSentences(result.stats.words, result.stats.sentences)}
            {result.stats.level && <> · {nl.ui.score(result.stats.fleschDouma, nl.ui.levels[result.stats.level].label)}</>}
          </p>
          {result.stats.level && <p data-level={result.stats.level}>{nl.ui.levels[result.stats.level].note}</p>}
          <p>{result.findings.length === 0 ? nl.ui.noFindings : nl.ui.findingsCount(result.findings.length)}</p>
          <ul>
            {result.findings.map((f) => (
              <li key={`${f.rule}-${f.start}-${f.end}`}>
                <strong>{textsOf(f.rule).title}</strong>: {f.message}
                {f.fixes.length > 0 && (
                  <>
                    {' '}
                    <button type="button" className="quick-fix" onClick={() => fix(f)}>
                      {nl.ui.quickFix(f.suggestions[0])}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
