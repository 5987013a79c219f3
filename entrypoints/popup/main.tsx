import { createRoot } from 'react-dom/client';
import { QuickCheck } from '../../components/QuickCheck';

createRoot(document.getElementById('root')!).render(<QuickCheck />);
