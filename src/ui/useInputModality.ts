// Whether the learner is using the keyboard or a pointer right now, on <html data-input>. The views move focus to
// their h1 in script; a focus ring there helps keyboard users see where they are, but on first load and after a
// click or a tap it is only a stray box round the title. styles.css draws it for data-input="keyboard" only.
import { useEffect } from 'react';

export function useInputModality(): void {
  useEffect(() => {
    const root = document.documentElement;
    const keyboard = (event: KeyboardEvent) => {
      if (!event.altKey && !event.ctrlKey && !event.metaKey) root.dataset.input = 'keyboard';
    };
    const pointer = () => {
      root.dataset.input = 'pointer';
    };
    window.addEventListener('keydown', keyboard, true);
    window.addEventListener('pointerdown', pointer, true);
    return () => {
      window.removeEventListener('keydown', keyboard, true);
      window.removeEventListener('pointerdown', pointer, true);
      delete root.dataset.input;
    };
  }, []);
}
