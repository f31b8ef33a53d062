// The player shell: skip link, the course header (series, module, title, menu), the current view, notices and the
// live region. On a page, Back / Next and the progress sit in a bar under <main>, which scrolls (PageBar).
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { completedPageCount } from '../core/completion';
import type { CourseSession } from '../core/session';
import type { FinishResult } from '../core/tracker';
import { CompletionView } from './CompletionView';
import { CourseContext, type CourseContextValue } from './CourseContext';
import { CourseMenu } from './CourseMenu';
import { EvaluationView } from './EvaluationView';
import { pretestOpen } from '../core/preTest';
import { PretestView } from './PretestView';
import { Notices } from './Notices';
import { PageBar, type PageBarProps } from './PageBar';
import { PageView } from './PageView';
import { Icon } from './icons/Icon';
import { useAnnouncer } from './useAnnouncer';
import { FocusOnArrival } from './ViewHeading';
import { useInputModality } from './useInputModality';
import { useKeepFocusInView } from './useKeepFocusInView';
import { WelcomeView } from './WelcomeView';

type View =
  | { kind: 'welcome' }
  | { kind: 'pretest' }
  | { kind: 'page'; pageId: string }
  | { kind: 'results' }
  /** `from`: where "Back" goes, the final assessment's page or the results. */
  | { kind: 'evaluation'; from: { kind: 'page'; pageId: string } | { kind: 'results' } };

function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** onLeave: what "Finish and close" does once the session has ended (the player closes the window if it can). */
export function App({ session, onLeave }: { session: CourseSession; onLeave?: (ending: FinishResult | null) => void }) {
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  // The rules in force: the course's, with the LMS's pass mark when it gives one.
  const index = snapshot.index;
  const [view, setView] = useState<View>({ kind: 'welcome' });
  const [menuOpen, setMenuOpen] = useState(false);
  /** Counts navigations, so choosing the view already shown (from the menu) is still a navigation. */
  const [visit, setVisit] = useState(0);
  const { message, announce } = useAnnouncer();
  useInputModality();
  const { course, pageOrder } = index;

  const showView = useCallback((next: View) => {
    setView(next);
    setMenuOpen(false);
    setVisit((n) => n + 1);
  }, []);
  const goTo = useCallback(
    (pageId: string) => {
      session.dispatch({ type: 'go', pageId });
      showView({ kind: 'page', pageId });
    },
    [session, showView],
  );
  const showResults = useCallback(() => showView({ kind: 'results' }), [showView]);
  const openEvaluation = useCallback(() => {
    showView({ kind: 'evaluation', from: view.kind === 'page' ? view : { kind: 'results' } });
  }, [showView, view]);

  const context: CourseContextValue = useMemo(
    () => ({
      index,
      snapshot,
      dispatch: (action) => session.dispatch(action),
      announce,
      goTo,
      openEvaluation,
      deviceStorage: deviceStorage(),
    }),
    [index, snapshot, session, announce, goTo, openEvaluation],
  );

  const viewTitle =
    view.kind === 'page'
      ? (index.pageById.get(view.pageId)?.title ?? '')
      : view.kind === 'results'
        ? 'Your results'
        : view.kind === 'pretest'
          ? (index.pretest?.title ?? '')
          : view.kind === 'evaluation'
            ? (index.evaluation?.title ?? '')
            : 'Welcome';
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
  const firstPage = pageOrder[0] as string;
  if (view.kind === 'welcome') {
    const resumeTo = snapshot.state.location;
    const start = () => (pretestOpen(index, snapshot.state) ? showView({ kind: 'pretest' }) : goTo(firstPage));
    body = (
      <WelcomeView
        onStart={start}
        onResume={resumeTo ? () => goTo(resumeTo) : null}
        onResults={snapshot.certificate || snapshot.state.finishedOn !== null ? showResults : null}
      />
    );
  } else if (view.kind === 'pretest' && index.pretest) {
    body = <PretestView pretest={index.pretest} onDone={() => goTo(firstPage)} />;
  } else if (view.kind === 'evaluation' && index.evaluation) {
    const back = view.from;
    body = <EvaluationView form={index.evaluation} onDone={() => (back.kind === 'page' ? goTo(back.pageId) : showResults())} />;
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
  } else if (view.kind === 'results') {
    body = (
      <CompletionView
        onFinish={() => {
          const ending = session.finish(true);
          onLeave?.(ending);
        }}
        onBack={() => goTo(snapshot.state.location ?? (pageOrder[0] as string))}
      />
    );
  }

  return (
    <CourseContext.Provider value={context}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="course-header">
        <div className="course-header-inner">
          <span className="course-mark" aria-hidden="true">
            <Icon name="book-open" />
          </span>
          <div className="course-name">
            <p className="course-series">
              {course.series} · {course.module}
            </p>
            <p className="course-title">{course.title}</p>
          </div>
          <button
            type="button"
            ref={menuButton}
            className="menu-toggle secondary"
            aria-expanded={menuOpen}
            aria-controls="course-menu"
            onClick={() => setMenuOpen(!menuOpen)}
          >
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
        {snapshot.reviewOnly && (
          <p className="notice review-mode" role="status">
            Review mode: your learning system opened this course for review, so nothing you do now is recorded. Your recorded progress,
            status and score stay as they are.
          </p>
        )}
        <Notices onDismiss={(notice) => session.dismissNotice(notice)} />
        <FocusOnArrival.Provider value={visit > 0}>{body}</FocusOnArrival.Provider>
      </main>
      {pageBar && <PageBar {...pageBar} />}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </CourseContext.Provider>
  );
}
