import type { ReactNode } from 'react';

/** A table that scrolls sideways on a narrow screen, reachable by keyboard so it can be scrolled without a mouse. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
