/** Who the user writes for, how the reader is addressed, and each rule on/off with its options. */
import { settingsItem } from '../../storage/settings';
import { sanitizeSettings } from '../../engine/index';
import type { RuleId, Settings } from '../../contract/index';
import { nl } from '../../locales/nl';
import { rules } from '../../rules/index';
import { useOptimisticItem } from '../hooks/use-storage-item';
import { AnnounceScope, ScopeStatus } from './announce';
import { useAttempt } from './attempt';
import { ReaderLevel } from './ReaderLevel';

const t = nl.ui.options;

export function ReaderSettings({ organisationSet }: { organisationSet: boolean }) {
  return (
    <>
      <AnnounceScope>
        <ReaderSection organisationSet={organisationSet} />
      </AnnounceScope>
      <AnnounceScope>
        <RulesSection />
      </AnnounceScope>
    </>
  );
}

/** The stored settings and a change to them; a failed write shows the stored state again and says so. */
function useSettings(): [Settings | undefined, (update: (s: Settings) => Settings) => Promise<void>] {
  const [stored, show] = useOptimisticItem(settingsItem);
  const attempt = useAttempt();
  const settings = stored && sanitizeSettings(stored);
  const change = async (update: (s: Settings) => Settings) => {
    if (settings) show(update(settings));
    // Read the stored value right before writing: another tab may have changed it since this page rendered.
    const ok = await attempt(async () => settingsItem.setValue(update(sanitizeSettings(await settingsItem.getValue()))));
    if (!ok) show(await settingsItem.getValue()); // show what is stored
  };
  return [settings, change];
}

function ReaderSection({ organisationSet }: { organisationSet: boolean }) {
  const [settings, change] = useSettings();
  if (!settings) return null;
  return (
    <section aria-labelledby="reader-title">
      <h2 id="reader-title">{t.reader}</h2>
      {organisationSet && <p className="hint">{t.fromOrganisation}</p>}
      <ReaderLevel />
      <fieldset>
        <legend>{t.address}</legend>
        {(['u', 'je'] as const).map((a) => (
          <label key={a} className="choice">
            <input
              type="radio"
              name="address"
              value={a}
              checked={settings.address === a}
              onChange={() => void change((s) => ({ ...s, address: a }))}
            />
            {a === 'u' ? t.addressU : t.addressJe}
          </label>
        ))}
        <p className="hint">{t.addressHint}</p>
      </fieldset>
      <ScopeStatus />
    </section>
  );
}

function RulesSection() {
  const [settings, change] = useSettings();
  if (!settings) return null;
  const toggleRule = (rule: RuleId, on: boolean) =>
    change((s) => ({ ...s, disabledRules: on ? s.disabledRules.filter((r) => r !== rule) : [...s.disabledRules, rule] }));
  const setOption = (rule: RuleId, key: string, value: number) =>
    change((s) => ({ ...s, ruleOptions: { ...s.ruleOptions, [rule]: { ...s.ruleOptions[rule], [key]: value } } }));
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t.rules}</h2>
      <ul className="rules">
        {rules.map((rule) => {
          const on = !settings.disabledRules.includes(rule.id);
          return (
            <li key={rule.id} data-rule={rule.id}>
              <label className="choice">
                <input type="checkbox" checked={on} onChange={(e) => void toggleRule(rule.id, e.target.checked)} />
                <strong>{rule.texts.nl.title}</strong>
              </label>
              <p className="hint">{rule.texts.nl.why}</p>
              {Object.entries(rule.defaults).map(([key, fallback]) => {
                if (typeof fallback !== 'number') return null;
                const value = settings.ruleOptions[rule.id]?.[key];
                return (
                  <label key={key} className="option">
                    {rule.texts.nl.options[key]}
                    <input
                      type="number"
                      min={1}
                      max={99}
                      disabled={!on}
                      value={typeof value === 'number' ? value : fallback}
                      onChange={(e) => {
                        const n = Number(e.target.value);
                        if (Number.isInteger(n) && n >= 1 && n <= 99) void setOption(rule.id, key, n);
                      }}
                    />
                  </label>
                );
              })}
            </li>
          );
        })}
      </ul>
      <ScopeStatus />
    </section>
  );
}
