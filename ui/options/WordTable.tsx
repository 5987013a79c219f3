/** All words: search, filter by where they come from, switch one off, change or delete the user's own. */
import { useDeferredValue, useMemo, useState } from 'react';
import { fold, type KlaretaalDatabase } from '../../db/database';
import { nl } from '../../locales/nl';
import { useEntries, useLists, useWordActions, type EntryInput, type WordEntry } from '../hooks/use-words';
import { AnnounceScope, ScopeStatus, useAnnounce } from './announce';
import { useAttempt } from './attempt';
import { EntryForm } from './EntryForm';
import { OptimisticCheckbox } from './OptimisticCheckbox';

const t = nl.ui.options;
const PAGE = 50;
type Filter = keyof typeof t.filters;

export function WordTable({ db }: { db: KlaretaalDatabase }) {
  return (
    <AnnounceScope>
      <Words db={db} />
    </AnnounceScope>
  );
}

function Words({ db }: { db: KlaretaalDatabase }) {
  const announce = useAnnounce();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<number>();
  const [deleted, setDeleted] = useState<WordEntry>();
  const attempt = useAttempt();
  const lists = useLists(db);
  const entries = useEntries(db);
  const words = useWordActions(db);
  const needle = fold(useDeferredValue(search).trim());
  const page = useMemo(() => {
    if (!entries) return undefined;
    // A built-in word the user gave advice of their own: one row, the user's (marked as replacing Klaretaal's).
    const own = new Set(entries.filter((e) => e.origin === 'own').map((e) => e.term));
    const matching = entries.filter(
      (e) =>
        !(e.origin === 'built-in' && own.has(e.term)) &&
        (filter === 'all' || (filter === 'off' ? !e.enabled : e.origin === filter)) &&
        (!needle || e.fold.includes(needle) || e.alternatives.some((a) => fold(a).includes(needle))),
    );
    const replacing = new Set(entries.filter((e) => e.origin === 'built-in' && own.has(e.term)).map((e) => e.term));
    return { rows: matching.slice(0, limit), total: matching.length, replacing };
  }, [entries, needle, filter, limit]);

  const listName = (id?: number) => lists?.find((l) => l.id === id)?.name ?? '';
  const originLabel = (e: WordEntry) =>
    e.origin === 'list'
      ? t.origin.list(listName(e.listId))
      : e.origin === 'own' && page?.replacing.has(e.term)
        ? t.origin.ownInstead
        : t.origin[e.origin];

  const add = async (input: EntryInput, options?: { replaceBuiltIn?: boolean }) => {
    const result = await words.addOwn(input, options);
    if (result.ok) {
      const term = input.term.trim().toLowerCase();
      announce(options?.replaceBuiltIn ? t.replacedBuiltIn(term) : t.added(term));
      setSearch(term); // show the new word in the table
    }
    return result;
  };
  const save = async (id: number, input: EntryInput) => {
    const result = await words.updateOwn(id, input);
    if (result.ok) {
      setEditing(undefined);
      announce(t.saved(input.term.trim().toLowerCase()));
    }
    return result;
  };
  const remove = async (e: WordEntry) => {
    const result = await words.deleteOwn(e.id!);
    if (!result.ok) return announce(result.message);
    setDeleted(e);
    announce(t.deleted(e.term));
  };
  const undo = async () => {
    if (!deleted) return;
    setDeleted(undefined);
    await words.addOwn({ term: deleted.term, alternatives: deleted.alternatives.join(' | '), explanation: deleted.explanation ?? '' });
    announce(t.added(deleted.term));
  };

  return (
    <section aria-labelledby="words-title">
      <h2 id="words-title">{t.words}</h2>
      <p>{t.wordsIntro}</p>
      <h3>{t.add}</h3>
      <EntryForm onSubmit={add} />
      <ScopeStatus />
      {deleted && (
        <p className="undo">
          {t.deleted(deleted.term)}{' '}
          <button type="button" onClick={() => void attempt(undo)}>
            {t.undo}
          </button>
        </p>
      )}
      <div className="table-tools">
        <label>
          {t.search}
          <input type="search" value={search} onChange={(e) => (setSearch(e.target.value), setLimit(PAGE))} />
        </label>
        <label>
          {t.filter}
          <select value={filter} onChange={(e) => (setFilter(e.target.value as Filter), setLimit(PAGE))}>
            {(Object.keys(t.filters) as Filter[]).map((f) => (
              <option key={f} value={f}>
                {t.filters[f]}
              </option>
            ))}
          </select>
        </label>
        <span className="total" aria-live="polite">
          {page && t.shown(page.rows.length, page.total)}
        </span>
      </div>
      {page && page.total === 0 && <p>{t.none}</p>}
      {page && page.total > 0 && (
        <table className="words">
          <thead>
            <tr>
              <th scope="col">{t.columns.term}</th>
              <th scope="col">{t.columns.alternatives}</th>
              <th scope="col">{t.columns.explanation}</th>
              <th scope="col">{t.columns.origin}</th>
              <th scope="col">{t.columns.on}</th>
              <th scope="col">{t.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((e) =>
              editing === e.id ? (
                <tr key={e.id} className="editing">
                  <td colSpan={6}>
                    <EntryForm entry={e} onSubmit={(input) => save(e.id!, input)} onCancel={() => setEditing(undefined)} />
                  </td>
                </tr>
              ) : (
                <tr key={e.id} data-origin={e.origin} className={e.enabled ? undefined : 'off'}>
                  <th scope="row">{e.term}</th>
                  <td>{e.alternatives.join(', ')}</td>
                  <td>{e.explanation}</td>
                  <td className="origin">{originLabel(e)}</td>
                  <td>
                    <OptimisticCheckbox
                      aria-label={t.entryOn(e.term)}
                      checked={e.enabled}
                      disabled={e.origin === 'managed'}
                      title={e.origin === 'managed' ? t.managedLocked : undefined}
                      onChange={(on) => attempt(() => words.setEnabled(e.id!, on))}
                    />
                  </td>
                  <td>
                    {e.origin === 'own' && (
                      <>
                        <button type="button" onClick={() => setEditing(e.id)} aria-label={t.edit(e.term)}>
                          {t.editShort}
                        </button>{' '}
                        <button type="button" onClick={() => void attempt(() => remove(e))} aria-label={t.remove(e.term)}>
                          {t.removeShort}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {page && page.rows.length < page.total && (
        <button type="button" onClick={() => setLimit(limit + PAGE * 4)}>
          {t.more}
        </button>
      )}
    </section>
  );
}
