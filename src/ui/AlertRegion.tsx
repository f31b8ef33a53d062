// A region for hints and warnings that is on the page before anything is said in it: screen readers announce
// what enters a live region, not a region that appears with its text (or a node the renderer reuses and turns
// into an alert), so the hint is put inside a region that was already there.
import type { ReactNode } from 'react';

export function AlertRegion({ children }: { children: ReactNode }) {
  return <div role="alert">{children}</div>;
}
