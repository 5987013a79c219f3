/** Words the user chose to never see marked ("Negeer dit woord altijd"), each one removable. */
import type { KlaretaalDatabase } from '../../db/database';
import { nl } from '../../locales/nl';
import { useIgnoredWords, useWordActions } from '../hooks/use-words';
import { useAttempt } from './attempt';

const t = nl.ui.options;

export function IgnoredWords({ db }: { db: KlaretaalDatabase }) {
  const attempt = useAttempt();
  const words = useIgnoredWords(db);
  const { unignore } = useWordActions(db);
  return (
    <section aria-labelledby="ignored-title">
      <h2 id="ignored-title">{t.ignored}</h2>
      <p>{t.ignoredIntro}</p>
      {words && words.length === 0 && <p>{t.noIgnored}</p>}
      <ul className="ignored">
        {words?.map(({ word }) => (
          <li key={word}>
            <span>{word}</span>{' '}
            <button type="button" onClick={() => void attempt(() => unignore(word))}>
              {t.unignore(word)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
