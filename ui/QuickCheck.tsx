/** A paste-and-check box: the engine in an extension page, for a quick look at a text. */
import { textsOf } from './categories';
import { useMemo, useState } from 'react';
import { nl } from '../locales/nl';
import { useUserChecker } from './hooks/use-user-checker';
import './QuickCheck.css';

export function QuickCheck() {
  const [text, setText] = useState('');
  const checker = useUserChecker();
  const result = useMemo(() => checker.check(text), [checker, text]);

  return (
    <div className="quick-check">
      <label htmlFor="quick-check">{nl.ui.quickCheckLabel}</label>
      <textarea id="quick-check" value={text} onChange={(e) => setText(e.target.value)} rows={6} />
      <p className="hint">{nl.ui.quickCheckHint}</p>
      {text.trim() && (
        <section aria-live="polite">
          <p>
            {nl.ui.wordsAndSentences(result.stats.words, result.stats.sentences)}
            {result.stats.words > 0 && <> · {nl.ui.score(result.stats.fleschDouma, result.stats.level)}</>}
          </p>
          <p>{result.findings.length === 0 ? nl.ui.noFindings : nl.ui.findingsCount(result.findings.length)}</p>
          <ul>
            {result.findings.map((f) => (
              <li key={`${f.rule}-${f.start}-${f.end}`}>
                <strong>{textsOf(f.rule).title}</strong>: {f.message}
                {f.suggestions.length > 0 && (
                  <>
                    {' '}
                    {nl.ui.suggestion}: <em>{f.suggestions[0]}</em>
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
