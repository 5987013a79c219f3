/**
 * What the trainer can do: present, compare, copy and print (the toolbar above the text), and start a new text or
 * mark the version from before (beside the text box, which they are about).
 */
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
  onCopy(): void;
  onPrint(): void;
}

export function Toolbar({ presenting, comparing, onPresent, onCompare, onCopy, onPrint }: ToolbarProps) {
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
      <button type="button" className="not-presenting" onClick={onCopy}>
        {t.copy}
      </button>
      <button type="button" className="not-presenting" aria-haspopup="dialog" onClick={onPrint}>
        {t.print}
      </button>
    </div>
  );
}

export function TextTools({ onNewText, onSetOriginal }: { onNewText(): void; onSetOriginal(): void }) {
  return (
    <div className="text-tools not-presenting">
      <button type="button" onClick={onNewText}>
        {t.newText}
      </button>
      <button type="button" onClick={onSetOriginal}>
        {t.setOriginal}
      </button>
    </div>
  );
}
