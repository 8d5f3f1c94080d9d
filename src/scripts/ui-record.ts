// On a page that exists in every interface language, remembers its language
// as the reader's choice, for the article pages (lib/ui-follow.ts).
import { UI_CHOICE_KEY } from '../lib/ui-choice';

const ui = document.documentElement.dataset.ui;
try {
  if (ui) localStorage.setItem(UI_CHOICE_KEY, ui);
} catch {
  // Storage turned off: article pages keep their own language's interface.
}
