/**
 * The welcome page, opened once right after installing: what Klaretaal does, an example to try (underlines
 * and a fix at once), the reader level, where it works and how to switch it on elsewhere (with the real popup
 * as its picture), the trainer page, and the promise that no text leaves the computer.
 */
import { useMemo, useState } from 'react';
import type { Checker } from '../../engine/index';
import { applyFix } from '../../engine/index';
import { WEBMAIL_MATCHES } from '../../extension/sites';
import { nl } from '../../locales/nl';
import { AnnounceScope, ScopeStatus } from '../options/announce';
import { ReaderLevel } from '../options/ReaderLevel';
import { Popup } from '../Popup';
import { SuggestionCard } from '../SuggestionCard';
import { reasonsAt } from '../../contract/index';
import { MarkedText } from '../trainer/MarkedText';
// The marked text looks as on the trainer page (its styles live there); this page's own come after.
import '../trainer/trainer.css';
import './welcome.css';

const t = nl.ui.welcome;

export interface WelcomePageProps {
  checker: Checker;
  onOpenTrainer(): void;
}

export function WelcomePage({ checker, onOpenTrainer }: WelcomePageProps) {
  const [text, setText] = useState<string>(t.example);
  // Findings put aside with "Negeer" (only on this page: the example is not the user's text).
  const [ignored, setIgnored] = useState<string[]>([]);
  const [open, setOpen] = useState<number>();
  const findings = useMemo(
    () => checker.check(text).findings.filter((f) => !ignored.includes(`${f.rule}:${f.start}:${f.text}`)),
    [checker, text, ignored],
  );
  const selected = open === undefined ? undefined : findings[open];

  return (
    <main className="welcome">
      <h1>{t.title}</h1>
      <ul className="what">
        {t.what.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <section aria-labelledby="try-title">
        <h2 id="try-title">{t.tryTitle}</h2>
        <p>{t.tryHow}</p>
        <div className="example" role="group" aria-label={t.exampleLabel}>
          <MarkedText text={text} findings={findings} current={open} onOpen={setOpen} />
        </div>
        {selected && (
          <SuggestionCard
            key={`${selected.rule}:${selected.start}`}
            findings={reasonsAt(findings, selected)}
            autoFocus
            onApply={(f, i) => {
              setText(applyFix(text, f.fixes[i]));
              setOpen(undefined);
            }}
            onIgnore={(f) => {
              setIgnored([...ignored, `${f.rule}:${f.start}:${f.text}`]);
              setOpen(undefined);
            }}
            onClose={() => setOpen(undefined)}
          />
        )}
        <p role="status" aria-live="polite">
          {findings.length === 0 ? t.tryDone : ''}
        </p>
        {text !== t.example || ignored.length > 0 ? (
          <button
            type="button"
            onClick={() => {
              setText(t.example);
              setIgnored([]);
              setOpen(undefined);
            }}
          >
            {t.again}
          </button>
        ) : null}
      </section>

      <section aria-labelledby="level-title">
        <h2 id="level-title">{t.levelTitle}</h2>
        <AnnounceScope>
          <ReaderLevel />
          <ScopeStatus />
        </AnnounceScope>
      </section>

      <section aria-labelledby="where-title">
        <h2 id="where-title">{t.whereTitle}</h2>
        <p>{t.whereBuiltIn}</p>
        <ul>
          {WEBMAIL_MATCHES.map((pattern) => (
            <li key={pattern}>{t.webmail[pattern] ?? pattern}</li>
          ))}
        </ul>
        <p>{t.whereElse}</p>
        <figure>
          {/* The real popup as its own picture: not a control here, so hidden from the keyboard and screen readers. */}
          <div className="picture" aria-hidden="true" inert>
            <Popup site="off" onSwitch={() => undefined} onOpenTrainer={() => undefined} onOpenOptions={() => undefined} />
          </div>
          <figcaption>{t.pictureCaption}</figcaption>
        </figure>
        <p className="hint">{t.pinHint}</p>
      </section>

      <section aria-labelledby="trainer-title">
        <h2 id="trainer-title">{t.trainerTitle}</h2>
        <p>{t.trainerText}</p>
        <button type="button" onClick={onOpenTrainer}>
          {t.trainerLink}
        </button>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t.privacyTitle}</h2>
        <p>{t.privacyText}</p>
      </section>
    </main>
  );
}
