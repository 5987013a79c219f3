/**
 * Presentation mode: full screen when the browser allows it (headless browsers and some settings refuse; the
 * mode works without it), and the keys of trainer/presentation.ts on the whole page while it is on.
 */
import { useEffect, useRef, useState } from 'react';
import { actionFor, type Action } from './presentation';

/** `onAction` returns true when it handled 'leave' itself (a card was open and is now closed). */
export function usePresentation(onAction: (action: Action) => boolean | void) {
  const [presenting, setPresenting] = useState(false);
  const fullscreen = useRef(false);
  const handler = useRef(onAction);
  handler.current = onAction;

  const start = () => {
    setPresenting(true);
    try {
      const request = document.documentElement.requestFullscreen?.();
      void request?.then(() => (fullscreen.current = true)).catch(() => undefined);
    } catch {
      // Refused: stay in the page, large and with the keys.
    }
  };
  const stop = () => {
    setPresenting(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    fullscreen.current = false;
  };

  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      const action = actionFor({
        key: e.key,
        ctrlKey: e.ctrlKey,
        altKey: e.altKey,
        metaKey: e.metaKey,
        target: e.target as HTMLInputElement | null,
      });
      if (!action) return;
      e.preventDefault();
      if (action === 'leave') {
        if (!handler.current(action)) stop();
      } else handler.current(action);
    };
    // In full screen the browser takes Escape itself and only leaves full screen: leave the mode with it.
    const onFullscreen = () => {
      if (fullscreen.current && !document.fullscreenElement) stop();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presenting]);

  return { presenting, start, stop };
}
