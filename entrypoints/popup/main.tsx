import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup, type SiteState } from '../../ui/Popup';
import type { RuleId } from '../../contract/index';
import { askTab } from '../../extension/messages';
import { disableSite, enableSite, isSiteEnabled } from '../../storage/sites';
import { isBuiltIn, pageAccess } from '../../extension/sites';
import { nl } from '../../locales/nl';

/**
 * The tab the popup is about: the active one (its address is readable thanks to `activeTab`: the user clicked
 * Klaretaal's button on it), or `?tab=<id>` when the popup is opened as a page.
 */
async function targetTab() {
  const id = Number(new URL(location.href).searchParams.get('tab'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Where Klaretaal runs from the start: the webmail hosts of the manifest (and the test hosts of the test build). */
const builtInMatches = () => (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);

function App() {
  const [site, setSite] = useState<SiteState>('loading');
  const [notice, setNotice] = useState<string>();
  const [pattern, setPattern] = useState<string>();
  const [counts, setCounts] = useState<Partial<Record<RuleId, number>>>();

  useEffect(() => {
    void (async () => {
      const current = await targetTab();
      const access = pageAccess(current?.url, browser.runtime.getURL('/'));
      if (current?.id === undefined || access.kind === 'blocked')
        return setSite({ blocked: access.kind === 'blocked' ? access.reason : 'unknown' });
      // The frame with the field the user writes in answers; no answer when Klaretaal does not run there yet.
      void askTab(current.id, { type: 'klaretaal:counts' }).then((answer) => setCounts(answer?.counts));
      if (isBuiltIn(current.url!, builtInMatches())) return setSite('built-in');
      setPattern(access.pattern);
      setSite((await isSiteEnabled(access.pattern)) ? 'on' : 'off');
    })();
  }, []);

  const onSwitch = useCallback(
    async (on: boolean) => {
      if (!pattern) return;
      setNotice(undefined);
      if (on) {
        // Chrome may close the popup while its prompt is open; the background then finishes the job.
        const asking = setTimeout(() => setNotice(nl.ui.popup.asking), 400);
        const granted = await enableSite(pattern).catch(() => false);
        clearTimeout(asking);
        if (!granted) return setNotice(nl.ui.popup.denied);
        setSite('on');
      } else {
        // The background takes Klaretaal away from every open tab of this site.
        await disableSite(pattern);
        setCounts(undefined);
        setSite('off');
      }
    },
    [pattern],
  );

  return (
    <Popup
      site={site}
      notice={notice}
      counts={counts}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onSwitch={(on) => void onSwitch(on)}
      onOpenTrainer={() => void browser.tabs.create({ url: browser.runtime.getURL('/oefenen.html') })}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);
