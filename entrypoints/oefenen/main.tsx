import { createRoot } from 'react-dom/client';
import { suggestionCardCss } from '../../components/SuggestionCard';
import { TrainerPage } from '../../components/TrainerPage';
import { takeTrainerText } from '../../editors/trainer-launch';
import { EXAMPLE_LETTERS } from '../../trainer/example-letters';

const style = document.createElement('style');
style.textContent = suggestionCardCss.replace('.card{position:fixed;', '.card{position:static;');
document.head.append(style);
// Opened from "Controleer met Klaretaal" on selected text: start with that text.
void takeTrainerText().then((text) => {
  createRoot(document.getElementById('root')!).render(<TrainerPage letters={EXAMPLE_LETTERS} initialText={text} />);
});
