// The h1 of each view. It takes focus when the view appears, so keyboard and screen-reader users start at the
// top of the new content instead of on a button that no longer exists.
import { useEffect, useRef, type ReactNode } from 'react';

export function ViewHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="view-heading">
      {children}
    </h1>
  );
}
