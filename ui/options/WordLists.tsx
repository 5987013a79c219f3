/**
 * Imported lists: choose a file, see what it would change (new, changed, invalid rows with their line and
 * reason), then import it all at once, or not at all. Lists can be switched off or removed as a whole. Also
 * the backup of everything of the user's own, and its CSV of own words.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { UserEntry } from '../../contract/index';
import type { KlaretaalDatabase } from '../../db/database';
import { decodeText, looksLikeJson, MAX_FILE_MB, readWordList, toCsv, type InvalidRow } from '../../files/word-list-file';
import { nl } from '../../locales/nl';
import { readBackup, useLists, useWordActions, type Backup, type ImportPreview } from '../hooks/use-words';
import { AnnounceScope, ScopeStatus, useAnnounce } from './announce';
import { useAttempt } from './attempt';
import { OptimisticCheckbox } from './OptimisticCheckbox';

const t = nl.ui.options;
const SHOWN_INVALID = 100;

type Pending =
  | { kind: 'list'; file: string; name: string; entries: UserEntry[]; invalid: InvalidRow[]; marked: InvalidRow[]; preview: ImportPreview }
  | { kind: 'backup'; file: string; backup: Backup; invalid: InvalidRow[] };

function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const baseName = (file: string) =>
  file
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim()
    .slice(0, 80) || file;

export function WordLists({ db }: { db: KlaretaalDatabase }) {
  return (
    <AnnounceScope>
      <Lists db={db} />
    </AnnounceScope>
  );
}

function Lists({ db }: { db: KlaretaalDatabase }) {
  const announce = useAnnounce();
  const fileInput = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string>();
  const id = useId();
  const lists = useLists(db);
  const words = useWordActions(db);
  const [pending, setPending] = useState<Pending>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const attempt = useAttempt();

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again must work too
    setPending(undefined);
    setProblem(undefined);
    if (!file) return;
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_FILE_MB * 1024 * 1024) return setProblem(nl.wordList.tooLarge((file.size / 1024 / 1024).toFixed(1), MAX_FILE_MB));
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const decoded = decodeText(bytes);
      if (!decoded.ok) return setProblem(decoded.message);
      const backup = looksLikeJson(decoded.text, file.name) ? readBackup(decoded.text) : undefined;
      if (backup) {
        if (!backup.ok) return setProblem(backup.message);
        return setPending({ kind: 'backup', file: file.name, backup: backup.backup, invalid: backup.invalid });
      }
      const read = readWordList(bytes, file.name);
      if (!read.ok) return setProblem(read.message);
      const name = read.name ?? baseName(file.name);
      const preview = await words.previewImport(name, read.entries);
      setPending({ kind: 'list', file: file.name, name, entries: read.entries, invalid: read.invalid, marked: read.marked ?? [], preview });
    } catch {
      setProblem(t.importFailed);
    } finally {
      setBusy(false);
    }
  };

  const rename = async (name: string) => {
    if (pending?.kind !== 'list') return;
    setPending({ ...pending, name, preview: await words.previewImport(name.trim(), pending.entries) });
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.kind === 'list') {
        if (pending.entries.length === 0) return setProblem(t.nothingToImport);
        const name = pending.name.trim() || baseName(pending.file);
        await words.importList(name, pending.file, pending.entries);
        announce(t.imported(name, pending.entries.length));
      } else {
        await words.restoreBackup(pending.backup);
        announce(t.restored);
      }
      setPending(undefined);
    } catch {
      // The import runs in one transaction: nothing was written.
      setProblem(t.importFailed);
    } finally {
      setBusy(false);
    }
  };

  const exportJson = async () => {
    const backup = await words.exportBackup();
    download('klaretaal-reservekopie.json', 'application/json', `${JSON.stringify(backup, null, 2)}\n`);
  };
  const exportCsv = async () => {
    download('klaretaal-mijn-woorden.csv', 'text/csv', toCsv(await words.ownWords()));
  };
  const remove = async (listId: number, name: string) => {
    if (!window.confirm(t.confirmRemoveList(name))) return;
    await words.removeList(listId);
    announce(t.listRemoved(name));
  };

  return (
    <section aria-labelledby="lists-title">
      <h2 id="lists-title">{t.lists}</h2>
      <p>{t.listsIntro}</p>
      <div className="field file-choice">
        {/* The browser's own file control speaks the browser's language: a Dutch button opens it. */}
        <input
          ref={fileInput}
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          tabIndex={-1}
          aria-hidden="true"
          accept=".csv,.json,.txt,text/csv,application/json"
          onChange={(e) => {
            setChosen(e.target.files?.[0]?.name);
            void choose(e);
          }}
          disabled={busy}
        />
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy} aria-describedby={`${id}-chosen`}>
          {t.chooseFile}
        </button>{' '}
        <span id={`${id}-chosen`} className="hint">
          {chosen ? t.chosenFile(chosen) : t.noFileChosen}
        </span>
      </div>
      {busy && <p role="status">{t.reading}</p>}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <ScopeStatus />
      {pending && (
        <div className="preview" role="region" aria-label={t.preview(pending.file)}>
          <h3>{t.preview(pending.file)}</h3>
          {pending.kind === 'list' ? (
            <>
              <div className="field">
                <label htmlFor={`${id}-name`}>{t.listName}</label>
                <input id={`${id}-name`} value={pending.name} maxLength={80} onChange={(e) => void rename(e.target.value)} />
              </div>
              <p className="counts">{t.previewCounts(pending.preview.added, pending.preview.changed, pending.preview.same)}</p>
              {pending.preview.replaces && <p>{t.replaces(pending.preview.replaces.name)}</p>}
            </>
          ) : (
            <p className="counts">
              {t.restorePreview(pending.backup.entries.length, pending.backup.lists.length, pending.backup.ignoredWords.length)}
            </p>
          )}
          {pending.invalid.length > 0 && <RowTable kind="invalid" title={t.invalidRows} more={t.moreInvalid} rows={pending.invalid} />}
          {pending.kind === 'list' && pending.marked.length > 0 && (
            <RowTable kind="marked" title={t.markedRows} more={t.moreMarked} rows={pending.marked} />
          )}
          <div className="buttons">
            <button type="button" className="primary" onClick={() => void confirm()} disabled={busy}>
              {pending.kind === 'list' ? t.importButton(pending.entries.length) : t.restoreButton}
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      {lists && lists.length === 0 && <p>{t.noLists}</p>}
      {lists && lists.length > 0 && (
        <table className="lists">
          <thead>
            <tr>
              <th scope="col">{t.listColumns.name}</th>
              <th scope="col">{t.listColumns.date}</th>
              <th scope="col">{t.listColumns.count}</th>
              <th scope="col">{t.listColumns.on}</th>
              <th scope="col">{t.listColumns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {lists.map((l) => (
              <tr key={l.id} className={l.enabled ? undefined : 'off'}>
                <th scope="row">{l.name}</th>
                <td>{new Date(l.imported).toLocaleDateString('nl-BE')}</td>
                <td>{l.count}</td>
                <td>
                  <OptimisticCheckbox
                    aria-label={t.listOn(l.name)}
                    checked={l.enabled}
                    onChange={(on) => attempt(() => words.setListEnabled(l.id!, on))}
                  />
                </td>
                <td>
                  <button type="button" onClick={() => void attempt(() => remove(l.id!, l.name))}>
                    {t.removeList(l.name)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 id="backup-title">{t.backup}</h3>
      <p>{t.backupIntro}</p>
      <div className="buttons">
        <button type="button" onClick={() => void attempt(exportJson)}>
          {t.exportJson}
        </button>
        <button type="button" onClick={() => void attempt(exportCsv)}>
          {t.exportCsv}
        </button>
      </div>
    </section>
  );
}

/** Rows of the file with their line and a reason: those that cannot be imported, or those to look at. */
function RowTable(props: { kind: 'invalid' | 'marked'; title(n: number): string; more(n: number): string; rows: readonly InvalidRow[] }) {
  const { kind, title, more, rows } = props;
  return (
    <>
      <p>{title(rows.length)}</p>
      <table className={kind}>
        <thead>
          <tr>
            <th scope="col">{t.invalidColumns.line}</th>
            <th scope="col">{t.invalidColumns.reason}</th>
            <th scope="col">{t.invalidColumns.content}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN_INVALID).map((r, i) => (
            <tr key={`${r.line}-${i}`}>
              <td>{r.line || ''}</td>
              <td>{r.reason}</td>
              {/* Always text: React escapes it; a row with HTML stays visible as the characters it has. */}
              <td className="content">{r.content}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN_INVALID && <p>{more(rows.length - SHOWN_INVALID)}</p>}
    </>
  );
}
