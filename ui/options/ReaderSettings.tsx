/** Who the user writes for, how the reader is addressed, and each rule on/off with its options. */
import { readerProfileItem, settingsItem } from '../../storage/settings';
import { applyProfile, isReaderProfile, READER_PROFILES, sanitizeSettings, type ReaderProfile } from '../../engine/index';
import type { RuleId, Settings } from '../../contract/index';
import { nl } from '../../locales/nl';
import { rules } from '../../rules/index';
import { useOptimisticItem } from '../hooks/use-storage-item';
import { useAttempt } from './attempt';

const t = nl.ui.options;

export function ReaderSettings({ organisationSet }: { organisationSet: boolean }) {
  const [stored, show] = useOptimisticItem(settingsItem);
  const [profile, showProfile] = useOptimisticItem(readerProfileItem);
  const attempt = useAttempt();
  if (!stored) return null;
  const settings = sanitizeSettings(stored);

  const change = async (update: (s: Settings) => Settings) => {
    show(update(settings));
    // Read the stored value right before writing: another tab may have changed it since this page rendered.
    const ok = await attempt(async () => settingsItem.setValue(update(sanitizeSettings(await settingsItem.getValue()))));
    if (!ok) show(await settingsItem.getValue()); // show what is stored
  };
  const chooseProfile = async (p: ReaderProfile) => {
    showProfile(p);
    if (!(await attempt(() => readerProfileItem.setValue(p)))) return showProfile(await readerProfileItem.getValue());
    await change((s) => applyProfile(s, p));
  };
  const toggleRule = (rule: RuleId, on: boolean) =>
    change((s) => ({ ...s, disabledRules: on ? s.disabledRules.filter((r) => r !== rule) : [...s.disabledRules, rule] }));
  const setOption = (rule: RuleId, key: string, value: number) =>
    change((s) => ({ ...s, ruleOptions: { ...s.ruleOptions, [rule]: { ...s.ruleOptions[rule], [key]: value } } }));

  return (
    <>
      <section aria-labelledby="reader-title">
        <h2 id="reader-title">{t.reader}</h2>
        {organisationSet && <p className="hint">{t.fromOrganisation}</p>}
        <fieldset>
          <legend>{t.readerLevel}</legend>
          {READER_PROFILES.map((p) => (
            <label key={p} className="choice">
              <input
                type="radio"
                name="profile"
                value={p}
                checked={isReaderProfile(profile) && profile === p}
                onChange={() => void chooseProfile(p)}
              />
              {t.profiles[p]}
            </label>
          ))}
          <p className="hint">{t.profileHint}</p>
        </fieldset>
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
      </section>
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
      </section>
    </>
  );
}
