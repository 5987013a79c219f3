/**
 * Who the user writes for: one of the reader profiles (B1 on a fresh install). Choosing one also sets the limits
 * of the long-sentence, long-word and rare-word rules. On the options page and on the welcome page.
 */
import { readerProfileItem, settingsItem } from '../../storage/settings';
import { applyProfile, isReaderProfile, READER_PROFILES, sanitizeSettings, type ReaderProfile } from '../../engine/index';
import { nl } from '../../locales/nl';
import { useOptimisticItem } from '../hooks/use-storage-item';
import { useAttempt } from './attempt';

const t = nl.ui.options;

export function ReaderLevel() {
  const [profile, showProfile] = useOptimisticItem(readerProfileItem);
  const attempt = useAttempt();
  const choose = async (p: ReaderProfile) => {
    showProfile(p);
    if (!(await attempt(() => readerProfileItem.setValue(p)))) return showProfile(await readerProfileItem.getValue());
    // Read the stored settings right before writing: another tab may have changed them since this page rendered.
    await attempt(async () => settingsItem.setValue(applyProfile(sanitizeSettings(await settingsItem.getValue()), p)));
  };
  return (
    <fieldset>
      <legend>{t.readerLevel}</legend>
      {READER_PROFILES.map((p) => (
        <label key={p} className="choice">
          <input
            type="radio"
            name="profile"
            value={p}
            checked={isReaderProfile(profile) && profile === p}
            onChange={() => void choose(p)}
          />
          {t.profiles[p]}
        </label>
      ))}
      <p className="hint">{t.profileHint}</p>
    </fieldset>
  );
}
