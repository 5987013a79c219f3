/**
 * When an extension page cannot work (the word database cannot be opened, a bug), say so in plain Dutch
 * instead of showing an empty page. Nothing the user stored is touched.
 */
import { Component, type ReactNode } from 'react';
import { nl } from '../locales/nl';
import './ErrorBoundary.css';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error('Klaretaal:', error);
  }

  render() {
    return this.state.failed ? <BrokenPage /> : this.props.children;
  }
}

/** The page that says Klaretaal cannot open the user's data now, and offers to try again. */
export function BrokenPage() {
  return (
    <main role="alert" className="broken">
      <h1>{nl.ui.broken.title}</h1>
      <p>{nl.ui.broken.body}</p>
      <button type="button" onClick={() => location.reload()}>
        {nl.ui.broken.reload}
      </button>
    </main>
  );
}
