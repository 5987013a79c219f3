import { createRoot } from 'react-dom/client';
import { BrokenPage, ErrorBoundary } from '../../ui/ErrorBoundary';
import { OptionsPage } from '../../ui/options/OptionsPage';
import { database } from '../../db/database';
import { syncBuiltIns } from '../../db/words';

const root = createRoot(document.getElementById('root')!);
const db = database();
// Open the database first: if the browser refuses it, say so instead of showing an empty page.
db.open().then(
  () => {
    // The background loads the built-in words at start; do it here too, in case this page opens first.
    void syncBuiltIns(db).catch((error: unknown) => console.error('Klaretaal:', error));
    root.render(
      <ErrorBoundary>
        <OptionsPage db={db} />
      </ErrorBoundary>,
    );
  },
  (error: unknown) => {
    console.error('Klaretaal:', error);
    root.render(<BrokenPage />);
  },
);
