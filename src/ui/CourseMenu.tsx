// The course menu: pages grouped by section (objective), each with its state in words.
import { isPageComplete } from '../core/completion';
import { useCourse } from './CourseContext';

export function CourseMenu({ currentPageId, onChoose }: { currentPageId: string | null; onChoose(pageId: string): void }) {
  const { index, snapshot } = useCourse();
  const state = snapshot.state;
  return (
    <nav className="course-menu" aria-label="Course menu">
      <ol className="menu-sections">
        {index.course.sections.map((section) => (
          <li key={section.id}>
            <h2 className="menu-section-title">{section.title}</h2>
            <ol className="menu-pages">
              {section.pageIds.map((pageId) => {
                const page = index.pageById.get(pageId);
                if (!page) return null;
                const complete = isPageComplete(index, state, pageId);
                const visited = state.visited.includes(pageId);
                const stateText = complete ? 'complete' : visited ? 'visited' : 'not visited';
                return (
                  <li key={pageId}>
                    <button
                      type="button"
                      className={`menu-page menu-page-${stateText.replace(' ', '-')}`}
                      aria-current={pageId === currentPageId ? 'page' : undefined}
                      onClick={() => onChoose(pageId)}
                    >
                      <span className="menu-page-mark" aria-hidden="true">{complete ? '✓' : visited ? '•' : ''}</span>
                      <span className="menu-page-title">{page.title}</span>
                      <span className="visually-hidden">, {stateText}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
