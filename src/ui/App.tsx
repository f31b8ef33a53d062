// The player shell: skip link, the course header (series, module, title, menu), the current view, notices and the
// live region. On a page, Back / Next and the progress sit in a bar under <main>, which scrolls (PageBar).
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { completedPageCount } from '../core/completion';
import type { CourseIndex } from '../core/courseIndex';
import type { CourseSession } from '../core/session';
import { CompletionView } from './CompletionView';
import { CourseContext, type CourseContextValue } from './CourseContext';
import { CourseMenu } from './CourseMenu';
import { Notices } from './Notices';
import { PageBar, type PageBarProps } from './PageBar';
import { PageView } from './PageView';
import { Icon } from './icons/Icon';
import { useAnnouncer } from './useAnnouncer';
import { FocusOnArrival } from './ViewHeading';
import { useInputModality } from './useInputModality';
import { useKeepFocusInView } from './useKeepFocusInView';
import { WelcomeView } from './WelcomeView';

type View = { kind: 'welcome' } | { kind: 'page'; pageId: string } | { kind: 'results' };

function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function App({ index, session }: { index: CourseIndex; session: CourseSession }) {
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [view, setView] = useState<View>({ kind: 'welcome' });
  const [menuOpen, setMenuOpen] = useState(false);
  /** Counts navigations, so choosing the view already shown (from the menu) is still a navigation. */
  const [visit, setVisit] = useState(0);
  const { message, announce } = useAnnouncer();
  useInputModality();
  const { course, pageOrder } = index;

  const goTo = useCallback(
    (pageId: string) => {
      session.dispatch({ type: 'go', pageId });
      setView({ kind: 'page', pageId });
      setMenuOpen(false);
      setVisit((n) => n + 1);
    },
    [session],
  );
  const showResults = useCallback(() => {
    setView({ kind: 'results' });
    setMenuOpen(false);
    setVisit((n) => n + 1);
  }, []);

  const context: CourseContextValue = useMemo(
    () => ({ index, snapshot, dispatch: (action) => session.dispatch(action), announce, goTo, deviceStorage: deviceStorage() }),
    [index, snapshot, session, announce, goTo],
  );

  const viewTitle =
    view.kind === 'page' ? index.pageById.get(view.pageId)?.title ?? '' : view.kind === 'results' ? 'Your results' : 'Welcome';
  useEffect(() => {
    document.title = `${viewTitle} – ${course.title}`;
    announce(view.kind === 'welcome' ? `${course.title}. Welcome.` : `${viewTitle}.`);
  }, [viewTitle, view.kind, course.title, announce, visit]);
  // A new view focuses its own h1 (ViewHeading). Choosing the view already shown from the menu mounts nothing
  // new, and the closing menu takes the focused button with it: focus goes to the view's h1 then too.
  // <main> is the scrolling region (the page bar stays under it): a new view starts at its top, above its h1.
  const mainRef = useRef<HTMLElement>(null);
  useKeepFocusInView(mainRef);
  useEffect(() => {
    if (visit > 0 && (document.activeElement === null || document.activeElement === document.body)) {
      document.querySelector<HTMLElement>('.view-heading')?.focus();
    }
    mainRef.current?.scrollTo?.(0, 0);
  }, [visit]);

  // Escape closes the open menu from anywhere in it (or on its button), and focus goes back to the button.
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);

  const done = completedPageCount(index, snapshot.state);
  let body;
  let pageBar: PageBarProps | null = null;
  if (view.kind === 'welcome') {
    const resumeTo = snapshot.state.location;
    body = <WelcomeView onStart={() => goTo(pageOrder[0] as string)} onResume={resumeTo ? () => goTo(resumeTo) : null} />;
  } else if (view.kind === 'page') {
    const position = pageOrder.indexOf(view.pageId);
    const page = index.pageById.get(view.pageId);
    if (!page) return null;
    const next = pageOrder[position + 1];
    const previous = pageOrder[position - 1];
    body = <PageView key={page.id} page={page} />;
    pageBar = {
      position: { number: position + 1, total: pageOrder.length },
      progress: { done, total: pageOrder.length },
      onBack: previous ? () => goTo(previous) : null,
      onNext: next ? () => goTo(next) : showResults,
      nextLabel: next ? 'Next' : 'See your results',
    };
  } else {
    body = (
      <CompletionView
        onFinish={() => session.finish()}
        onBack={() => goTo(snapshot.state.location ?? (pageOrder[0] as string))}
      />
    );
  }

  return (
    <CourseContext.Provider value={context}>
      <a className="skip-link" href="#main">Skip to main content</a>
      <header className="course-header">
        <div className="course-header-inner">
          <span className="course-mark" aria-hidden="true"><Icon name="book-open" /></span>
          <div className="course-name">
            <p className="course-series">{course.series} · {course.module}</p>
            <p className="course-title">{course.title}</p>
          </div>
          <button type="button" ref={menuButton} className="menu-toggle secondary" aria-expanded={menuOpen} aria-controls="course-menu" onClick={() => setMenuOpen(!menuOpen)}>
            <Icon name={menuOpen ? 'x' : 'menu'} /> Course menu
          </button>
        </div>
      </header>
      <div id="course-menu" hidden={!menuOpen}>
        {menuOpen && <CourseMenu currentPageId={view.kind === 'page' ? view.pageId : null} onChoose={goTo} onResults={showResults} />}
      </div>
      {/* The scrolling region is a Tab stop, so keyboard users can scroll it with the arrow keys on any page,
          even one with nothing else to focus (axe: scrollable-region-focusable). */}
      <main id="main" tabIndex={0} ref={mainRef}>
        <Notices onDismiss={(notice) => session.dismissNotice(notice)} />
        <FocusOnArrival.Provider value={visit > 0}>{body}</FocusOnArrival.Provider>
      </main>
      {pageBar && <PageBar {...pageBar} />}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">{message}</div>
    </CourseContext.Provider>
  );
}
