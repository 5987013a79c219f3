/**
 * "Afdrukken of als pdf bewaren": what goes into the report besides the marked text, the categories and the
 * scores (always in it). The choice stays for the next print, also one started with the browser's own Ctrl+P.
 */
import { useEffect, useRef, useState } from 'react';
import { nl } from '../../locales/nl';

const t = nl.ui.trainer;

export interface PrintOptions {
  /** The text before and after, side by side. */
  compare: boolean;
  /** The hardest sentences in full. */
  hardest: boolean;
}

export interface PrintDialogProps {
  open: boolean;
  options: PrintOptions;
  onPrint(options: PrintOptions): void;
  onClose(): void;
}

export function PrintDialog({ open, options, onPrint, onClose }: PrintDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState(options);
  // Each time it opens, it starts from the choice made last time.
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    if (open) setDraft(options);
  }

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);

  return (
    // Escape closes a modal dialog by itself; `onClose` tells the page.
    <dialog ref={dialog} className="print-dialog no-print" aria-labelledby="print-dialog-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          dialog.current?.close();
          onPrint(draft);
        }}
      >
        <h2 id="print-dialog-title">{t.print}</h2>
        <p>{t.printAlways}</p>
        <fieldset>
          <legend>{t.printExtra}</legend>
          <label>
            <input type="checkbox" checked={draft.compare} onChange={(e) => setDraft({ ...draft, compare: e.target.checked })} />
            {t.printCompare}
          </label>
          <label>
            <input type="checkbox" checked={draft.hardest} onChange={(e) => setDraft({ ...draft, hardest: e.target.checked })} />
            {t.printHardest}
          </label>
        </fieldset>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t.printNow}
          </button>
          <button type="button" onClick={onClose}>
            {t.printCancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
