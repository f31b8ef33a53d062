import { completion, isPageComplete, scorePercent, success } from '../core/completion';
import { useCourse } from './CourseContext';
import { ViewHeading } from './ViewHeading';

export function CompletionView({ onFinish, onBack }: { onFinish(): void; onBack(): void }) {
  const { index, snapshot } = useCourse();
  const state = snapshot.state;
  const completed = completion(index, state) === 'completed';
  const result = success(index, state);
  const score = scorePercent(index, state);
  const remaining = index.pageOrder.filter((id) => !isPageComplete(index, state, id)).length;
  return (
    <article className="completion">
      <ViewHeading>Your results</ViewHeading>
      <dl className="results">
        <div><dt>Course status</dt><dd>{completed ? 'Completed' : 'Not yet complete'}</dd></div>
        {index.course.masteryScore !== null && (
          <div><dt>Final assessment</dt><dd>{result === 'passed' ? 'Passed' : result === 'failed' ? 'Not passed' : 'Not taken yet'}{score !== null && ` (${score}%)`}</dd></div>
        )}
      </dl>
      {!completed && <p>{remaining} page{remaining === 1 ? ' is' : 's are'} not complete yet: visit {remaining === 1 ? 'it' : 'them'} and finish {remaining === 1 ? 'its' : 'their'} activities. The course menu shows which.</p>}
      {snapshot.finished ? (
        <p role="status">Your session has ended and your progress is saved. You can close this window.</p>
      ) : (
        <div className="actions">
          <button type="button" className="secondary" onClick={onBack}>Back to the course</button>
          <button type="button" onClick={onFinish}>Finish and close</button>
        </div>
      )}
    </article>
  );
}
