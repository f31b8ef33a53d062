// The course menu: pages grouped by section (objective), each with its state in words everyone sees, a legend
// for the marks, and the results screen. Section titles are list labels, not headings: the menu comes before
// the page in the document, and its headings would come before the page's h1.
import { isPageComplete } from '../core/completion';
import { useCourse } from './CourseContext';

type PageState = 'complete' | 'visited' | 'not visited';

const stateMark: Record<PageState, string> = { complete: '✓', visited: '•', 'not visited': '○' };

interface Props {
  currentPageId: string | null;
  onChoose(pageId: string): void;
  onResults(): void;
}

export function CourseMenu({ currentPageId, onChoose, onResults }: Props) {
  const { index, snapshot } = useCourse();
  const state = snapshot.state;
  return (
    <nav className="course-menu" aria-label="Course menu">
      <p className="menu-legend">
        Each page shows its state:{' '}
        {(Object.keys(stateMark) as PageState[]).map((pageState, i) => (
          <span key={pageState} className="menu-legend-entry">
            {i > 0 && ', '}
            <span className="menu-page-mark" aria-hidden="true">
              {stateMark[pageState]}
            </span>{' '}
            {pageState}
          </span>
        ))}
        .
      </p>
      <ol className="menu-sections">
        {index.course.sections.map((section) => (
          <li key={section.id}>
            <span className="menu-section-title" id={`menu-section-${section.id}`}>
              {section.title}
            </span>
            <ol className="menu-pages" aria-labelledby={`menu-section-${section.id}`}>
              {section.pageIds.map((pageId) => {
                const page = index.pageById.get(pageId);
                if (!page) return null;
                const pageState: PageState = isPageComplete(index, state, pageId)
                  ? 'complete'
                  : state.visited.includes(pageId)
                    ? 'visited'
                    : 'not visited';
                return (
                  <li key={pageId}>
                    <button
                      type="button"
                      className={`menu-page menu-page-${pageState.replace(' ', '-')}`}
                      aria-current={pageId === currentPageId ? 'page' : undefined}
                      aria-label={`${page.title}, ${pageState}`}
                      onClick={() => onChoose(pageId)}
                    >
                      <span className="menu-page-mark" aria-hidden="true">
                        {stateMark[pageState]}
                      </span>
                      {/* Named "<title>, <state>" (aria-label: a hidden comma would be read with a space before it);
                          on screen the layout sets them apart. */}
                      <span className="menu-page-title">{page.title}</span> <span className="menu-page-state">{pageState}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      <p className="menu-results">
        <button type="button" className="link-button" onClick={onResults}>
          Your results
        </button>
      </p>
    </nav>
  );
}
