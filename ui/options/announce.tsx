/**
 * Messages appear beside what caused them: each part of a page is an `AnnounceScope`, and its `ScopeStatus`
 * (placed right under the controls) shows and reads out what the last action there did.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';

interface Scope {
  message: string;
  announce(message: string): void;
}

const ScopeContext = createContext<Scope>({ message: '', announce: () => undefined });

export function AnnounceScope({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  return <ScopeContext.Provider value={{ message, announce: setMessage }}>{children}</ScopeContext.Provider>;
}

/** Tell the user what happened, in the status line of the nearest scope. */
export const useAnnounce = (): ((message: string) => void) => useContext(ScopeContext).announce;

export function ScopeStatus() {
  const { message } = useContext(ScopeContext);
  return (
    <p className="status" role="status" aria-live="polite">
      {message}
    </p>
  );
}
