import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup, type SiteState } from '../../components/Popup';
import type { RuleId } from '../../engine/types';
import type { FieldCounts, TabMessage } from '../../editors/messages';
import { disableSite, enableSite, isSiteEnabled, startInTab } from '../../editors/site-access';
import { isBuiltIn, sitePattern } from '../../editors/sites';
import { nl } from '../../locales/nl';

/** The tab the popup is about: the active one, or `?tab=<id>` when the popup is opened as a page. */
async function targetTab() {
  const id = Number(new URL(location.href).searchParams.get('tab'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function App() {
  const [site, setSite] = useState<SiteState>('loading');
  const [notice, setNotice] = useState<string>();
  const [tab, setTab] = useState<{ id: number; pattern: string }>();
  const [counts, setCounts] = useState<Partial<Record<RuleId, number>>>();

  useEffect(() => {
    void (async () => {
      const current = await targetTab();
      const pattern = current?.url ? sitePattern(current.url) : undefined;
      if (!current?.id || !pattern) return setSite('impossible');
      // The frame with the field the user writes in answers; no answer when Klaretaal does not run there yet.
      void browser.tabs
        .sendMessage(current.id, { type: 'klaretaal:counts' } satisfies TabMessage)
        .then((answer) => setCounts((answer as FieldCounts | undefined)?.counts))
        .catch(() => undefined);
      if (isBuiltIn(current.url!)) return setSite('built-in');
      setTab({ id: current.id, pattern });
      setSite((await isSiteEnabled(pattern)) ? 'on' : 'off');
    })();
  }, []);

  const onSwitch = useCallback(
    async (on: boolean) => {
      if (!tab) return;
      setNotice(undefined);
      if (on) {
        if (!(await enableSite(tab.pattern))) return setNotice(nl.ui.popup.denied);
        await startInTab(tab.id);
        setSite('on');
      } else {
        await disableSite(tab.pattern);
        await browser.tabs.sendMessage(tab.id, { type: 'klaretaal:stop' } satisfies TabMessage).catch(() => undefined);
        setSite('off');
      }
    },
    [tab],
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
