/** Add or change one own word: the word, what to write instead, or an explanation. */
import { useId, useState, type FormEvent } from 'react';
import type { EntryInput, WordEntry, WriteResult } from '../hooks/use-words';
import { nl } from '../../locales/nl';

const t = nl.ui.options;

export function EntryForm({
  entry,
  onSubmit,
  onCancel,
}: {
  entry?: WordEntry;
  onSubmit(input: EntryInput, options?: { replaceBuiltIn?: boolean }): Promise<WriteResult>;
  onCancel?(): void;
}) {
  const id = useId();
  const [input, setInput] = useState<EntryInput>({
    term: entry?.term ?? '',
    alternatives: entry?.alternatives.join(' | ') ?? '',
    explanation: entry?.explanation ?? '',
  });
  const [error, setError] = useState<string>();
  // A word Klaretaal knows already: the offer to put the user's advice in its place.
  const [builtIn, setBuiltIn] = useState(false);
  const send = async (options?: { replaceBuiltIn?: boolean }) => {
    // A failed write (disk full, database closed) changes nothing; say so instead of failing silently.
    const result = await onSubmit(input, options).catch((): WriteResult => ({ ok: false, message: t.writeFailed }));
    setBuiltIn(!result.ok && result.builtIn === true);
    if (!result.ok) return setError(result.message);
    setError(undefined);
    if (!entry) setInput({ term: '', alternatives: '', explanation: '' });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send();
  };
  const field = (key: keyof EntryInput, label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        name={key}
        value={input[key]}
        maxLength={200}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setInput({ ...input, [key]: e.target.value });
          setBuiltIn(false);
        }}
      />
      {hint && (
        <span className="hint" id={`${id}-${key}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
  return (
    <form className="entry-form" onSubmit={submit} aria-label={entry ? t.editTitle(entry.term) : t.add}>
      {field('term', t.term)}
      {field('alternatives', t.alternatives, t.alternativesHint)}
      {field('explanation', t.explanation, t.explanationHint)}
      <div className="buttons">
        <button type="submit">{entry ? t.save : t.addButton}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
      </div>
      {error && (
        <p className={builtIn ? 'offer' : 'error'} role="alert">
          {error}{' '}
          {builtIn && (
            <button type="button" onClick={() => void send({ replaceBuiltIn: true })}>
              {t.useOwnAdvice}
            </button>
          )}
        </p>
      )}
    </form>
  );
}
