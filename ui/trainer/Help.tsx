/** "Zo werkt het" for a first-time trainer, and the keys of presentation mode. */
import { nl } from '../../locales/nl';

const t = nl.ui.trainer;

export function HowTo() {
  return (
    <details className="how-to" open>
      <summary>{t.howTo}</summary>
      <ol>
        {t.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </details>
  );
}

export function KeyHelp() {
  return (
    <section className="keys" aria-labelledby="keys-title">
      <h2 id="keys-title" className="sr-only">
        {t.keys}
      </h2>
      <ul>
        {t.keyList.map(([key, what]) => (
          <li key={key}>
            <kbd>{key}</kbd> {what}
          </li>
        ))}
      </ul>
    </section>
  );
}
