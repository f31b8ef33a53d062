// What a screen reader announces from live regions: text that enters a live region (aria-live, role status,
// alert or log) that was already on the page, and an alert when it appears. Text any other region holds when it
// appears is not announced, so it is not recorded either. Installed in every frame of a context before the course loads.
import type { BrowserContext, Frame } from 'playwright-core';

const RECORDER = `(() => {
  const announced = [];
  window.__announced = announced;
  const clean = (text) => (text || '').replace(/\u00a0/g, '').replace(/\\s+/g, ' ').trim();
  const say = (text) => { const t = clean(text); if (t && announced[announced.length - 1] !== t) announced.push(t); };
  // What a screen reader reads of a node: its text without what is hidden from assistive technology.
  const spoken = (node) => {
    if (node.nodeType === 3) return node.parentElement && node.parentElement.closest('[aria-hidden="true"]') ? '' : node.textContent;
    if (node.nodeType !== 1 || node.closest('[aria-hidden="true"]')) return '';
    const copy = node.cloneNode(true);
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return copy.textContent;
  };
  const regionOf = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return el && el.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
  };
  const known = new WeakSet();
  const remember = (root) => {
    if (root.nodeType !== 1) return;
    for (const el of [root, ...root.querySelectorAll('*')]) if (regionOf(el) === el) known.add(el);
  };
  new MutationObserver((mutations) => {
    const added = [];
    for (const m of mutations) {
      const region = regionOf(m.target);
      if (region && known.has(region)) {
        // An atomic region is read whole; otherwise what changed is read.
        if (region.getAttribute('aria-atomic') === 'true') say(spoken(region));
        else if (m.type === 'characterData') say(spoken(m.target));
        else for (const node of m.addedNodes) say(spoken(node));
      }
      for (const node of m.addedNodes) {
        added.push(node);
        // An alert is read when it appears, with what it holds.
        if (node.nodeType === 1 && node.getAttribute('role') === 'alert') say(spoken(node));
      }
    }
    // Other regions that appeared in this batch are live from the next change on.
    for (const node of added) remember(node);
  }).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => remember(document.documentElement));
})();`;

/** Records announcements in every page and frame this context opens from now on. */
export async function recordAnnouncements(context: BrowserContext): Promise<void> {
  await context.addInitScript(RECORDER);
}

/** The announcements recorded in the frame since it loaded (or since the last `takeAnnouncements`), and clears them. */
export function takeAnnouncements(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const list = (window as unknown as { __announced?: string[] }).__announced ?? [];
    return list.splice(0, list.length);
  });
}
