import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useUserChecker } from '../../ui/hooks/use-user-checker';
import { WelcomePage } from '../../ui/welcome/WelcomePage';

/** The example is checked with the user's settings, so the chosen reader level shows at once. */
function App() {
  return (
    <WelcomePage
      checker={useUserChecker()}
      onOpenTrainer={() => void browser.tabs.create({ url: browser.runtime.getURL('/oefenen.html') })}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
);
