// Back, Next and the progress, in a bar under the course's scrolling content: always on screen, on a phone and in
// an LMS's short frame, and never over the content (main scrolls above it). It comes after <main>, so it is also
// the last stop for Tab.
import { Icon } from './icons/Icon';

export interface PageBarProps {
  position: { number: number; total: number };
  /** Pages complete, for the progress bar. */
  progress: { done: number; total: number };
  onBack: (() => void) | null;
  onNext: () => void;
  nextLabel: string;
}

export function PageBar({ position, progress, onBack, onNext, nextLabel }: PageBarProps) {
  return (
    <nav className="page-nav" aria-label="Page">
      <div className="page-nav-inner">
        {onBack ? (
          <button type="button" className="secondary" onClick={onBack}>
            <Icon name="arrow-left" /> Back
          </button>
        ) : (
          <span className="page-nav-spacer" />
        )}
        <div className="page-progress">
          <p className="page-position">
            Page {position.number} of {position.total}
          </p>
          <progress max={progress.total} value={progress.done} aria-label="Pages complete" />
          <p className="progress-text">
            {progress.done} of {progress.total} pages complete
          </p>
        </div>
        <button type="button" onClick={onNext}>
          {nextLabel} <Icon name="arrow-right" />
        </button>
      </div>
    </nav>
  );
}
