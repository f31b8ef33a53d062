// The h1 of each view. It takes focus when the view appears, so keyboard and screen-reader users start at the
// top of the new content instead of on a button that no longer exists. `refocusKey` moves focus back to it when
// the view's content changes in place (a content note giving way to the page it guards).
import { useEffect, useRef, type ReactNode } from 'react';

export function ViewHeading({ children, refocusKey }: { children: ReactNode; refocusKey?: string | number | boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [refocusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="view-heading">
      {children}
    </h1>
  );
}
