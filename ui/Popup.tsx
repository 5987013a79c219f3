/**
 * The popup: is Klaretaal on for this site (and a switch), how many findings of each category the field the
 * user writes in has, links to the options page and the trainer page, and a quick check box.
 */
import type { RuleId } from '../contract/index';
import type { BlockedReason } from '../extension/sites';
import { nl } from '../locales/nl';
import { Legend } from './Legend';
import { QuickCheck } from './QuickCheck';
import './Popup.css';

export type SiteState = 'built-in' | 'on' | 'off' | 'loading' | { blocked: BlockedReason };

/**
 * What the popup says about the site. Klaretaal answering from the tab means it checks there, so the popup never
 * says "off" then (a site the organisation allows, a test host), whatever the site switch holds.
 */
export function siteStateOf(page: { builtIn: boolean; running: boolean; switchedOn: boolean }): SiteState {
  if (page.builtIn) return 'built-in';
  return page.running || page.switchedOn ? 'on' : 'off';
}

export interface PopupProps {
  site: SiteState;
  notice?: string;
  /** Findings per category in the active field; `undefined` when no field on this page is being checked. */
  counts?: Partial<Record<RuleId, number>>;
  /** Klaretaal was updated in the last week: one line on what is new. */
  whatsNew?: boolean;
  onSwitch(on: boolean): void;
  onOpenTrainer(): void;
  onOpenOptions(): void;
}

export function Popup({ site, notice, counts, whatsNew, onSwitch, onOpenTrainer, onOpenOptions }: PopupProps) {
  const total = counts ? Object.values(counts).reduce((a, b) => a + (b ?? 0), 0) : 0;
  const status =
    typeof site === 'object'
      ? nl.ui.popup.blocked[site.blocked]
      : { 'built-in': nl.ui.popup.builtIn, on: nl.ui.popup.on, off: nl.ui.popup.off, loading: '' }[site];
  return (
    <main className="popup">
      <h1>{nl.ui.appName}</h1>
      {whatsNew && <p className="whats-new">{nl.ui.popup.whatsNew}</p>}
      <section aria-live="polite">
        <p id="site-status">{status}</p>
        {(site === 'on' || site === 'off') && (
          <button type="button" onClick={() => onSwitch(site === 'off')}>
            {site === 'off' ? nl.ui.popup.switchOn : nl.ui.popup.switchOff}
          </button>
        )}
        {notice && <p role="status">{notice}</p>}
      </section>
      <h2>{counts ? nl.ui.popup.counts : nl.ui.popup.legend}</h2>
      {(site === 'built-in' || site === 'on') && !counts && <p>{nl.ui.popup.noField}</p>}
      {counts && total === 0 && <p>{nl.ui.noFindings}</p>}
      <Legend counts={counts} />
      <p className="links">
        <button type="button" onClick={onOpenOptions}>
          {nl.ui.popup.options}
        </button>
        <button type="button" onClick={onOpenTrainer}>
          {nl.ui.popup.trainer}
        </button>
      </p>
      <details>
        <summary>{nl.ui.popup.quickCheck}</summary>
        <QuickCheck />
      </details>
    </main>
  );
}
