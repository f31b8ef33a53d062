import { useEffect, useRef } from 'react';
import { isPageComplete } from '../core/completion';
import { Certificate } from './Certificate';
import { useCourse } from './CourseContext';
import { EvaluationInvite } from './EvaluationView';
import { ScoresByObjective } from './ScoresByObjective';
import { ViewHeading } from './ViewHeading';

export function CompletionView({ onFinish, onBack }: { onFinish(): void; onBack(): void }) {
  const { index, snapshot } = useCourse();
  const { completion, success, scorePercent } = snapshot.status;
  const completed = completion === 'completed';
  const remaining = index.pageOrder.filter((id) => !isPageComplete(index, snapshot.state, id)).length;
  const earnedCertificate = success === 'passed' || (index.course.masteryScore === null && completed);
  // "Finish and close" gives way to the message that the session has ended: focus goes to that message.
  const endedMessage = useRef<HTMLParagraphElement>(null);
  const finishing = useRef(false);
  useEffect(() => {
    if (snapshot.finished && finishing.current) endedMessage.current?.focus();
    finishing.current = false;
  }, [snapshot.finished]);
  return (
    <article className="completion">
      <ViewHeading>Your results</ViewHeading>
      <dl className="results">
        <div><dt>Course status</dt><dd>{completed ? 'Completed' : 'Not yet complete'}</dd></div>
        {index.course.masteryScore !== null && (
          <div><dt>Final assessment</dt><dd>{success === 'passed' ? 'Passed' : success === 'failed' ? 'Not passed' : 'Not taken yet'}{scorePercent !== null && ` (${scorePercent}%)`}</dd></div>
        )}
      </dl>
      <ScoresByObjective />
      {!completed && remaining > 0 && (
        <p>{remaining} page{remaining === 1 ? ' is' : 's are'} not complete yet: visit {remaining === 1 ? 'it' : 'them'} and finish {remaining === 1 ? 'its' : 'their'} activities. The course menu shows which.</p>
      )}
      <EvaluationInvite />
      {earnedCertificate && <Certificate date={new Date()} />}
      {snapshot.finished ? (
        <p role="status" ref={endedMessage} tabIndex={-1}>Your session has ended and your progress is saved. You can close this window.</p>
      ) : (
        <div className="actions">
          <button type="button" className="secondary" onClick={onBack}>Back to the course</button>
          <button type="button" onClick={() => { finishing.current = true; onFinish(); }}>Finish and close</button>
        </div>
      )}
    </article>
  );
}
