// The h1 of each view. It takes focus when the view appears, so keyboard and screen-reader users start at the
// top of the new content instead of on a button that no longer exists. `refocusKey` moves focus back to it when
// the view's content changes in place (a content note giving way to the page it guards).
// The view the course opens on does not take focus: reading then starts at the top of the document, with the
// skip link, the header and any notice (progress kept on this device only) before the h1, as they are laid out.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/** Whether a view's h1 takes focus when it appears: false for the view the course opens on. */
export const FocusOnArrival = createContext(true);

export function ViewHeading({ children, refocusKey }: { children: ReactNode; refocusKey?: string | number | boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Whether to focus on arrival is decided when the view appears; later runs are the content changing in place,
  // which always refocuses.
  const focusOnArrival = useRef(useContext(FocusOnArrival));
  const arrived = useRef(false);
  useEffect(() => {
    if (focusOnArrival.current || arrived.current) ref.current?.focus();
    arrived.current = true;
  }, [refocusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="view-heading">
      {children}
    </h1>
  );
}
