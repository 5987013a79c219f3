/**
 * The popup: is Klaretaal on for this site (and a switch), how many findings of each category the field the
 * user writes in has, links to the options page and the trainer page, and a quick check box.
 */
import type { RuleId } from '../contract/index';
import type { BlockedReason } from '../extension/sites';
import { nl } from '../locales/nl';
import { Legend } from './Legend';
import { QuickCheck } from './QuickCheck';

export type SiteState = 'built-in' | 'on' | 'off' | 'loading' | { blocked: BlockedReason };

export interface PopupProps {
  site: SiteState;
  notice?: string;
  /** Findings per category in the active field; `undefined` when no field on this page is being checked. */
  counts?: Partial<Record<RuleId, number>>;
  onSwitch(on: boolean): void;
  onOpenTrainer(): void;
  onOpenOptions(): void;
}

const button = { font: 'inherit', padding: '6px 10px' } as const;

export function Popup({ site, notice, counts, onSwitch, onOpenTrainer, onOpenOptions }: PopupProps) {
  const total = counts ? Object.values(counts).reduce((a, b) => a + (b ?? 0), 0) : 0;
  const status =
    typeof site === 'object'
      ? nl.ui.popup.blocked[site.blocked]
      : { 'built-in': nl.ui.popup.builtIn, on: nl.ui.popup.on, off: nl.ui.popup.off, loading: '' }[site];
  return (
    <main style={{ width: 360, padding: 12, font: '14px/1.4 system-ui, sans-serif', color: '#1f2937' }}>
      <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>{nl.ui.appName}</h1>
      <section aria-live="polite">
        <p id="site-status">{status}</p>
        {(site === 'on' || site === 'off') && (
          <button type="button" onClick={() => onSwitch(site === 'off')} style={button}>
            {site === 'off' ? nl.ui.popup.switchOn : nl.ui.popup.switchOff}
          </button>
        )}
        {notice && <p role="status">{notice}</p>}
      </section>
      <h2 style={{ fontSize: 15, margin: '14px 0 6px' }}>{counts ? nl.ui.popup.counts : nl.ui.popup.legend}</h2>
      {(site === 'built-in' || site === 'on') && !counts && <p>{nl.ui.popup.noField}</p>}
      {counts && total === 0 && <p>{nl.ui.noFindings}</p>}
      <Legend counts={counts} />
      <p style={{ marginTop: 14, display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <button type="button" onClick={onOpenOptions} style={button}>
          {nl.ui.popup.options}
        </button>
        <button type="button" onClick={onOpenTrainer} style={button}>
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
