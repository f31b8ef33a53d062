import { useEffect, useRef, useState } from 'react';
import { dayDate, dayNumber } from '../core/calendarDay';
import { isPageComplete } from '../core/completion';
import { Certificate } from './Certificate';
import { useCourse } from './CourseContext';
import { clearDeviceNotes } from './deviceNotes';
import { ViewHeading } from './ViewHeading';

export function CompletionView({ onFinish, onBack }: { onFinish(): void; onBack(): void }) {
  const { index, snapshot, deviceStorage, announce } = useCourse();
  const { completion, success, scorePercent } = snapshot.status;
  const completed = completion === 'completed';
  const remaining = index.pageOrder.filter((id) => !isPageComplete(index, snapshot.state, id)).length;
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
    <article className="completion">
      <ViewHeading>Your results</ViewHeading>
      <dl className="results">
        <div><dt>Course status</dt><dd>{completed ? 'Completed' : 'Not yet complete'}</dd></div>
        {index.course.masteryScore !== null && (
          <div><dt>Final assessment</dt><dd>{success === 'passed' ? 'Passed' : success === 'failed' ? 'Not passed' : 'Not taken yet'}{scorePercent !== null && ` (${scorePercent}%)`}</dd></div>
        )}
      </dl>
      {!completed && remaining > 0 && (
        <p>{remaining} page{remaining === 1 ? ' is' : 's are'} not complete yet: visit {remaining === 1 ? 'it' : 'them'} and finish {remaining === 1 ? 'its' : 'their'} activities. The course menu shows which.{success === 'passed' && ' Your certificate is ready once every page is complete.'}</p>
      )}
      {snapshot.certificate && <Certificate date={dayDate(snapshot.state.finishedOn ?? dayNumber(Date.now()))} />}
      <p>
        <button type="button" className="secondary" onClick={clearNotes}>Remove my notes from this device</button>{' '}
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
          <button type="button" className="secondary" onClick={onBack}>Back to the course</button>
          <button type="button" onClick={() => { finishing.current = true; onFinish(); }}>Finish and close</button>
        </div>
      )}
    </article>
  );
}
