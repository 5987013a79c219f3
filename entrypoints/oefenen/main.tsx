import { createRoot } from 'react-dom/client';
import { suggestionCardCss } from '../../components/SuggestionCard';
import { TrainerPage } from '../../components/TrainerPage';
import { EXAMPLE_LETTERS } from '../../trainer/example-letters';

const style = document.createElement('style');
style.textContent = suggestionCardCss.replace('.card{position:fixed;', '.card{position:static;');
document.head.append(style);
createRoot(document.getElementById('root')!).render(<TrainerPage letters={EXAMPLE_LETTERS} />);
