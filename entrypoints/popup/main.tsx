import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup, siteStateOf, type SiteState } from '../../ui/Popup';
import type { RuleId } from '../../contract/index';
import { askTab } from '../../extension/messages';
import { disableSite, enableSite, isSiteEnabled } from '../../storage/sites';
import { isBuiltIn, pageAccess } from '../../extension/sites';
import { nl } from '../../locales/nl';
import { showsWhatsNew, updatedAtItem } from '../../storage/updates';

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
  const [whatsNew, setWhatsNew] = useState(false);
  useEffect(() => {
    void updatedAtItem.getValue().then((at) => setWhatsNew(showsWhatsNew(at, Date.now())));
  }, []);

  useEffect(() => {
    void (async () => {
      const current = await targetTab();
      const access = pageAccess(current?.url, browser.runtime.getURL('/'));
      if (current?.id === undefined || access.kind === 'blocked')
        return setSite({ blocked: access.kind === 'blocked' ? access.reason : 'unknown' });
      // The frame with the field the user writes in answers; no answer when Klaretaal does not run there yet.
      const answer = await askTab(current.id, { type: 'klaretaal:counts' });
      setCounts(answer?.counts);
      const builtIn = isBuiltIn(current.url!, builtInMatches());
      if (!builtIn) setPattern(access.pattern);
      const switchedOn = !builtIn && (await isSiteEnabled(access.pattern));
      setSite(siteStateOf({ builtIn, running: answer !== undefined, switchedOn }));
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
      whatsNew={whatsNew}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onSwitch={(on) => void onSwitch(on)}
      onOpenTrainer={() => void browser.tabs.create({ url: browser.runtime.getURL('/oefenen.html') })}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);
