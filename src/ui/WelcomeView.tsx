import { useId } from 'react';
import { useCourse } from './CourseContext';
import { Icon } from './icons/Icon';
import { WelcomeIntro } from './WelcomeIntro';

interface Props {
  onStart(): void;
  onResume: (() => void) | null;
  /** Shown to a learner who has finished: their result and certificate, one press away after a relaunch. */
  onResults: (() => void) | null;
}

export function WelcomeView({ onStart, onResume, onResults }: Props) {
  const { index, snapshot, dispatch } = useCourse();
  const { course } = index;
  const roleId = useId();
  const resumePage = snapshot.state.location ? index.pageById.get(snapshot.state.location) : undefined;
  return (
    <article className="welcome view">
      <WelcomeIntro course={course} />
      <div className="intake">
        <label htmlFor={roleId}>
          {course.intake.question} <span className="hint">(optional)</span>
        </label>
        <select
          id={roleId}
          value={snapshot.state.role ?? ''}
          onChange={(e) => dispatch({ type: 'setRole', role: e.target.value || null })}
          aria-describedby={`${roleId}-why`}
        >
          <option value="">Choose your role</option>
          {course.intake.roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.label}
            </option>
          ))}
        </select>
        <p id={`${roleId}-why`} className="hint">
          Your answer helps the training program report which professions it reached. You can skip it.
        </p>
      </div>
      <div className="actions welcome-actions">
        {onResults && (
          <button type="button" className="large" onClick={onResults}>
            Show my result and certificate
          </button>
        )}
        {onResume && resumePage ? (
          <>
            <button type="button" className={onResults ? 'secondary' : 'large'} onClick={onResume}>
              Resume: {resumePage.title} <Icon name="arrow-right" />
            </button>
            <button type="button" className="secondary" onClick={onStart}>
              Go to the first page
            </button>
          </>
        ) : (
          <button type="button" className="large" onClick={onStart}>
            Start the course <Icon name="arrow-right" />
          </button>
        )}
      </div>
    </article>
  );
}
