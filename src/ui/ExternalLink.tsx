import type { ReactNode } from 'react';

/** Links leave the course in a new window, so the course (often in an LMS frame) is never navigated away; say so,
 *  in words everyone sees (a new window surprises a sighted learner too). */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const opensWindow = /^https?:/.test(href);
  return (
    <a href={href} {...(opensWindow ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
      {opensWindow && <span className="new-window-note"> (opens in a new window)</span>}
    </a>
  );
}
