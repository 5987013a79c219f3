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
  onSubmit(input: EntryInput): Promise<WriteResult>;
  onCancel?(): void;
}) {
  const id = useId();
  const [input, setInput] = useState<EntryInput>({
    term: entry?.term ?? '',
    alternatives: entry?.alternatives.join(' | ') ?? '',
    explanation: entry?.explanation ?? '',
  });
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // A failed write (disk full, database closed) changes nothing; say so instead of failing silently.
    const result = await onSubmit(input).catch((): WriteResult => ({ ok: false, message: t.writeFailed }));
    if (!result.ok) return setError(result.message);
    setError(undefined);
    if (!entry) setInput({ term: '', alternatives: '', explanation: '' });
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
        onChange={(e) => setInput({ ...input, [key]: e.target.value })}
      />
      {hint && (
        <span className="hint" id={`${id}-${key}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
  return (
    <form className="entry-form" onSubmit={(e) => void submit(e)} aria-label={entry ? t.editTitle(entry.term) : t.add}>
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
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
