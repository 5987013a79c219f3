/** The options page: who the user writes for, the rules, the words, lists and ignored words. */
import type { KlaretaalDatabase } from '../../db/database';
import { nl } from '../../locales/nl';
import { useOrganisation } from '../hooks/use-words';
import { IgnoredWords } from './IgnoredWords';
import { ReaderSettings } from './ReaderSettings';
import { WordLists } from './WordLists';
import { WordTable } from './WordTable';
import './options.css';

const t = nl.ui.options;

export function OptionsPage({ db }: { db: KlaretaalDatabase }) {
  const { wordCount: managedCount, settings: policy } = useOrganisation(db);

  return (
    <>
      <header>
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <nav aria-label={t.nav}>
          <a href="#reader-title">{t.reader}</a> · <a href="#rules-title">{t.rules}</a> · <a href="#words-title">{t.words}</a> ·{' '}
          <a href="#lists-title">{t.lists}</a> · <a href="#backup-title">{t.backup}</a> · <a href="#ignored-title">{t.ignored}</a>
        </nav>
      </header>
      <main>
        {!!managedCount && (
          <section aria-labelledby="organisation-title" className="organisation">
            <h2 id="organisation-title">{t.organisation}</h2>
            <p>{t.organisationIntro(managedCount)}</p>
          </section>
        )}
        <ReaderSettings organisationSet={!!policy && Object.keys(policy).length > 0} />
        <WordTable db={db} />
        <WordLists db={db} />
        <IgnoredWords db={db} />
      </main>
    </>
  );
}
