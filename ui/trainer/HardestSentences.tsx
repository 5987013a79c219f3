/** The per-sentence view: the hardest sentences, each a button that points at the sentence in the text. */
import { nl } from '../../locales/nl';
import { preview, type HardSentence } from './hardest';

const t = nl.ui.trainer;

export function HardestSentences({
  sentences,
  chosen,
  onChoose,
}: {
  sentences: readonly HardSentence[];
  chosen?: number;
  onChoose(s: HardSentence): void;
}) {
  return (
    <section aria-labelledby="hardest-title" className="hardest">
      <h2 id="hardest-title">{t.hardest}</h2>
      <p className="hint">{t.hardestHint}</p>
      {sentences.length === 0 ? (
        <p className="hint">{t.noSentences}</p>
      ) : (
        <ol>
          {sentences.map((s) => (
            <li key={s.start}>
              <button
                type="button"
                data-sentence={s.number}
                data-flesch-douma={s.fleschDouma}
                aria-pressed={chosen === s.number}
                onClick={() => onChoose(s)}
              >
                <span className="sentence-head">
                  {t.sentence(s.number)} · {t.sentenceScore(s.fleschDouma, s.words)}
                </span>
                <span className="sentence-text">{preview(s.text)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The hardest sentences in the printed report: each in full, with its score. */
export function PrintedHardestSentences({ sentences }: { sentences: readonly HardSentence[] }) {
  return (
    <section aria-labelledby="print-hardest-title" className="print-only printed-hardest">
      <h2 id="print-hardest-title">{t.hardest}</h2>
      {sentences.length === 0 ? (
        <p>{t.noSentences}</p>
      ) : (
        <ol>
          {sentences.map((s) => (
            <li key={s.start} data-sentence={s.number}>
              <span className="sentence-head">
                {t.sentence(s.number)} · {t.sentenceScore(s.fleschDouma, s.words)}
              </span>
              <span className="sentence-text">{s.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
