/** What the trainer can do with the text: present, compare, start a new text, mark the version from before, copy, print. */
import { nl } from '../../locales/nl';

const t = nl.ui.trainer;

/** Put the text on the clipboard; false when the browser refuses (no permission, no focus, no clipboard). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export interface ToolbarProps {
  presenting: boolean;
  comparing: boolean;
  onPresent(): void;
  onCompare(): void;
  onSetOriginal(): void;
  onNewText(): void;
  onCopy(): void;
}

export function Toolbar({ presenting, comparing, onPresent, onCompare, onSetOriginal, onNewText, onCopy }: ToolbarProps) {
  return (
    <div className="toolbar no-print" role="group" aria-labelledby="tools-title">
      <h2 id="tools-title" className="not-presenting">
        {t.toolsTitle}
      </h2>
      <button type="button" onClick={onPresent}>
        {presenting ? t.stopPresenting : t.present}
      </button>
      <button type="button" aria-pressed={comparing} onClick={onCompare}>
        {t.compare}
      </button>
      {/* Take-home tools are no use in front of the group: hidden while presenting. */}
      <button type="button" className="not-presenting" onClick={onNewText}>
        {t.newText}
      </button>
      <button type="button" className="not-presenting" onClick={onSetOriginal}>
        {t.setOriginal}
      </button>
      <button type="button" className="not-presenting" onClick={onCopy}>
        {t.copy}
      </button>
      <button type="button" className="not-presenting" onClick={() => window.print()}>
        {t.print}
      </button>
    </div>
  );
}
