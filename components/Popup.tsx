/** The popup: is Klaretaal on for this site, switch it, what the colours mean, and a quick check box. */
import { nl } from '../locales/nl';
import { Legend } from './Legend';
import { QuickCheck } from './QuickCheck';

export type SiteState = 'built-in' | 'on' | 'off' | 'impossible' | 'loading';

export interface PopupProps {
  site: SiteState;
  notice?: string;
  onSwitch(on: boolean): void;
  onOpenTrainer(): void;
}

export function Popup({ site, notice, onSwitch, onOpenTrainer }: PopupProps) {
  const status = { 'built-in': nl.ui.popup.builtIn, on: nl.ui.popup.on, off: nl.ui.popup.off, impossible: nl.ui.popup.notPossible, loading: '' }[site];
  return (
    <main style={{ width: 360, padding: 12, font: '14px/1.4 system-ui, sans-serif', color: '#1f2937' }}>
      <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>{nl.ui.appName}</h1>
      <section aria-live="polite">
        <p id="site-status">{status}</p>
        {(site === 'on' || site === 'off') && (
          <button type="button" onClick={() => onSwitch(site === 'off')} style={{ font: 'inherit', padding: '6px 10px' }}>
            {site === 'off' ? nl.ui.popup.switchOn : nl.ui.popup.switchOff}
          </button>
        )}
        {notice && <p role="status">{notice}</p>}
      </section>
      <h2 style={{ fontSize: 15, margin: '14px 0 6px' }}>{nl.ui.popup.legend}</h2>
      <Legend />
      <p style={{ marginTop: 14 }}>
        <button type="button" onClick={onOpenTrainer} style={{ font: 'inherit', padding: '6px 10px' }}>
          {nl.ui.popup.trainer}
        </button>
      </p>
      <details style={{ marginTop: 14 }}>
        <summary>{nl.ui.popup.quickCheck}</summary>
        <QuickCheck />
      </details>
    </main>
  );
}
