import { createRoot } from 'react-dom/client';
import { OptionsPage } from '../../components/options/OptionsPage';
import { database } from '../../db/database';
import { syncBuiltIns } from '../../db/words';

const db = database();
// The background loads the built-in words at start; do it here too, in case this page opens first.
void syncBuiltIns(db);
createRoot(document.getElementById('root')!).render(<OptionsPage db={db} />);
