// One polite live region for the whole course: page changes, answer feedback and other updates are read out
// once, without moving the learner's focus.
import { useCallback, useRef, useState } from 'react';

export function useAnnouncer(): { message: string; announce(message: string): void } {
  const [message, setMessage] = useState('');
  const toggle = useRef(false);
  const announce = useCallback((text: string) => {
    // The same text twice in a row must still be read: alternate an invisible trailing character.
    toggle.current = !toggle.current;
    setMessage(toggle.current ? text : `${text}\u00a0`);
  }, []);
  return { message, announce };
}
