import { useEffect, useRef, useState } from 'react';
import type { CoursePage } from '../content/course';
import { dayDate } from '../core/calendarDay';
import { finalStatus } from '../core/finalAssessment';
import { Certificate } from './Certificate';
import { useCourse } from './CourseContext';
import { clearDeviceNotes } from './deviceNotes';
import { EvaluationInvite } from './EvaluationView';
import { Icon } from './icons/Icon';
import { finalAndClosingPages, pagesToReview, unfinishedPages } from './nextSteps';
import { ScoresByObjective } from './ScoresByObjective';
import { ViewHeading } from './ViewHeading';

/** A list of pages to go to, one button each (no commas to trip over). */
function PageLinks({ pages, onGo }: { pages: CoursePage[]; onGo(pageId: string): void }) {
  return (
    <ul className="page-links">
      {pages.map((page) => (
        <li key={page.id}>
          <button type="button" className="page-link" onClick={() => onGo(page.id)}>
            <span>{page.title}</span> <Icon name="arrow-right" />
          </button>
        </li>
      ))}
    </ul>
  );
}

export function CompletionView({ onFinish, onBack }: { onFinish(): void; onBack(): void }) {
  const { index, snapshot, goTo, deviceStorage, announce } = useCourse();
  const { completion, success, scorePercent } = snapshot.status;
  const completed = completion === 'completed';
  // Complete by the same rule as the LMS record (every page, and a pass): never "has completed" beside "Not yet complete".
  const earnedCertificate = snapshot.certificate;
  const final = finalStatus(index, snapshot.state);
  const { finalPage, closing } = finalAndClosingPages(index);
  const unfinished = unfinishedPages(index, snapshot.state);
  const attemptsLeft = final.kind === 'failed' ? final.attemptsLeft : null;
  const toReview = attemptsLeft ? pagesToReview(index, snapshot.state) : [];
  const [notesCleared, setNotesCleared] = useState<boolean | null>(null);
  // "Finish and close" gives way to the message that the session has ended: focus goes to that message.
  const endedMessage = useRef<HTMLParagraphElement>(null);
  const finishing = useRef(false);
  useEffect(() => {
    if (snapshot.finished && finishing.current) endedMessage.current?.focus();
    finishing.current = false;
  }, [snapshot.finished]);
  const clearNotes = () => {
    const cleared = clearDeviceNotes(deviceStorage, index.course.id, snapshot.learnerId);
    setNotesCleared(cleared);
    announce(cleared ? 'Your notes were removed from this device.' : 'Your notes could not be removed from this device.');
  };
  const ending = snapshot.ending;

  return (
    <article className="completion view">
      <ViewHeading>Your results</ViewHeading>
      <dl className={`results ${earnedCertificate ? 'results-passed' : ''}`}>
        <div>
          <dt>Course status</dt>
          <dd>{completed ? 'Completed' : 'Not yet complete'}</dd>
        </div>
        {index.course.masteryScore !== null && (
          <div>
            <dt>Final assessment</dt>
            <dd>
              {success === 'passed' ? 'Passed' : success === 'failed' ? 'Not passed' : 'Not taken yet'}
              {scorePercent !== null && ` (${scorePercent}%)`}
            </dd>
          </div>
        )}
      </dl>
      <ScoresByObjective />

      <section className="next-steps" aria-labelledby="next-steps-title">
        <h2 id="next-steps-title">What to do next</h2>
        {toReview.length > 0 && finalPage && (
          <>
            <p>
              You have {attemptsLeft} attempt{attemptsLeft === 1 ? '' : 's'} left. Review the pages that teach the questions you missed,
              then take the final assessment again:
            </p>
            <PageLinks pages={toReview} onGo={goTo} />
            <p>
              <button type="button" onClick={() => goTo(finalPage.id)}>
                Go to the final assessment
              </button>
            </p>
          </>
        )}
        {attemptsLeft === 0 && (
          <p>
            You have used all your attempts at the final assessment, and your result is recorded. You can still read any page of the course.
          </p>
        )}
        {!earnedCertificate && toReview.length === 0 && unfinished.length > 0 && (
          <>
            <p>
              {unfinished.length === 1 ? 'This page is' : `These ${unfinished.length} pages are`} not complete yet. Visit{' '}
              {unfinished.length === 1 ? 'it' : 'each'} and finish {unfinished.length === 1 ? 'its' : 'their'} activities
              {success === 'passed' ? '; your certificate is ready once every page is complete' : ''}:
            </p>
            <PageLinks pages={unfinished} onGo={goTo} />
          </>
        )}
        {earnedCertificate && (
          <>
            <p>Well done. Print or save your certificate below{closing.length > 0 ? ', and read the closing pages before you go' : ''}.</p>
            {closing.length > 0 && <PageLinks pages={closing} onGo={goTo} />}
          </>
        )}
      </section>

      <EvaluationInvite />
      {/* The session keeps the day the certificate rule was first met (finishedOn) as soon as it is met. */}
      {earnedCertificate && snapshot.state.finishedOn !== null && <Certificate date={dayDate(snapshot.state.finishedOn)} />}
      <p>
        <button type="button" className="secondary" onClick={clearNotes}>
          Remove my notes from this device
        </button>{' '}
        {notesCleared === true && 'Your reflections, action plan and certificate name are removed from this browser.'}
        {notesCleared === false && 'This browser did not let the course remove them.'}
      </p>
      {ending ? (
        <p role="status" ref={endedMessage} tabIndex={-1}>
          {snapshot.reviewOnly
            ? 'Your session has ended. In review mode nothing was recorded, and your record stays as it was.'
            : ending.saved
              ? 'Your session has ended and your progress is saved.'
              : 'Your session has ended, but your learning system did not confirm that it saved your latest progress.'}{' '}
          {ending.lmsTakesOver
            ? 'Your learning system should now close the course. If it stays open, use your learning system’s own link back to the course page, or close this tab or window.'
            : 'To leave, use your learning system’s own link back to the course page (above or beside the course), or close this tab or window.'}
        </p>
      ) : (
        <div className="actions">
          <button type="button" className="secondary" onClick={onBack}>
            <Icon name="arrow-left" /> Back to the course
          </button>
          <button
            type="button"
            onClick={() => {
              finishing.current = true;
              onFinish();
            }}
          >
            Finish and close
          </button>
        </div>
      )}
    </article>
  );
}
