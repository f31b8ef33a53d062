// Feedback that appears above the control that asked for it (a sort's "Check", say) pushes that control down the
// scrolling region; a keyboard user would be left focused on something off screen (WCAG 2.4.11). After any change
// to the region's content, a focused control that has left the visible area is scrolled back into it, just far
// enough.
import { useEffect, type RefObject } from 'react';

export function useKeepFocusInView(region: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = region.current;
    if (!root || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(() => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || focused === root || !root.contains(focused)) return;
      const box = focused.getBoundingClientRect();
      const visible = root.getBoundingClientRect();
      if (box.top < visible.top || box.bottom > visible.bottom) focused.scrollIntoView?.({ block: 'nearest' });
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [region]);
}
