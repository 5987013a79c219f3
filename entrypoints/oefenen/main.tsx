import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { TrainerPage } from '../../ui/trainer/TrainerPage';
import { useUserChecker } from '../../ui/hooks/use-user-checker';
import { database } from '../../db/database';
import { addIgnoredWord } from '../../db/words';
import { takeTrainerText } from '../../storage/trainer-text';
import { EXAMPLE_LETTERS } from '../../ui/trainer/example-letters';

/** The trainer page checks with the user's (or the organisation's) words and settings. */
function App({ initialText }: { initialText: string }) {
  return (
    <TrainerPage
      letters={EXAMPLE_LETTERS}
      initialText={initialText}
      checker={useUserChecker()}
      onIgnoreWord={(word) => void addIgnoredWord(database(), word)}
    />
  );
}

// Opened from "Controleer met Klaretaal" on selected text: start with that text.
void takeTrainerText().then((text) => {
  createRoot(document.getElementById('root')!).render(
    <ErrorBoundary>
      <App initialText={text} />
    </ErrorBoundary>,
  );
});
