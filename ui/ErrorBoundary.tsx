/**
 * When an extension page cannot work (the word database cannot be opened, a bug), say so in plain Dutch
 * instead of showing an empty page. Nothing the user stored is touched.
 */
import { Component, type ReactNode } from 'react';
import { nl } from '../locales/nl';

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
    <main role="alert" style={{ maxWidth: 640, margin: '32px auto', padding: '0 24px', font: '16px/1.5 system-ui, sans-serif' }}>
      <h1 style={{ fontSize: '1.4rem' }}>{nl.ui.broken.title}</h1>
      <p>{nl.ui.broken.body}</p>
      <button type="button" onClick={() => location.reload()} style={{ font: 'inherit', padding: '6px 12px' }}>
        {nl.ui.broken.reload}
      </button>
    </main>
  );
}
