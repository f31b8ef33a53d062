// The certificate of completion, shown once the course is complete by the same rule as the LMS record (every page
// complete and, with a pass mark, the final passed): the learner's name from the LMS (typed by the learner when
// there is none), the course, the day the learner finished (kept in the saved state, so a reprint months later
// shows that day), the duration and the score; printable, and savable as PDF through the browser's print dialog.
import { useId } from 'react';
import { displayName } from '../core/learnerName';
import { useCourse } from './CourseContext';
import { durationInHours } from './duration';
import { Icon } from './icons/Icon';
import { usePrintAlone } from './PrintAlone';
import { useDeviceText } from './useDeviceText';

export function Certificate({ date }: { date: Date }) {
  const { index, snapshot } = useCourse();
  const { course } = index;
  const nameFromLms = displayName(snapshot.learnerName);
  const [typedName, setTypedName] = useDeviceText('certificate-name');
  const name = nameFromLms || typedName.trim();
  const { printout, print } = usePrintAlone();
  const id = useId();
  const dateText = date.toLocaleDateString(course.language, { year: 'numeric', month: 'long', day: 'numeric' });

  // Landscape, like a paper certificate; styles.css prints it alone on one landscape page (Letter or A4).
  const card = (
    <div className="certificate-card">
      <div className="certificate-frame">
        <p className="certificate-series">
          {course.series} · {course.module}
        </p>
        <p className="certificate-kind">Certificate of completion</p>
        <p className="certificate-presented">This certifies that</p>
        <p className="certificate-name">{name || 'Name not given'}</p>
        <p className="certificate-presented">has completed the course</p>
        <p className="certificate-course">{course.title}</p>
        <dl className="certificate-facts">
          <div>
            <dt>Date completed</dt>
            <dd>{dateText}</dd>
          </div>
          <div>
            <dt>Hours</dt>
            <dd>{durationInHours(course.estimatedMinutes)}</dd>
          </div>
          {snapshot.status.scorePercent !== null && (
            <div>
              <dt>Final assessment</dt>
              <dd>{snapshot.status.scorePercent}%</dd>
            </div>
          )}
        </dl>
        <span className="certificate-seal" aria-hidden="true">
          <Icon name="award" />
        </span>
      </div>
    </div>
  );

  return (
    <section className="certificate" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your certificate</h2>
      {!nameFromLms && (
        <div className="certificate-name-entry">
          <label htmlFor={`${id}-name`}>Your name, as it should appear on the certificate</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="name"
            aria-describedby={`${id}-name-note`}
            value={typedName}
            onChange={(e) => setTypedName(e.target.value)}
          />
          <p id={`${id}-name-note`} className="hint">
            No learning system gave us your name. It stays on this device.
          </p>
        </div>
      )}
      {card}
      <button type="button" onClick={print}>
        <Icon name="printer" /> Print the certificate or save it as PDF
      </button>
      <p className="hint">In the print dialog, choose “Save as PDF” as the printer to keep a copy.</p>
      {printout(card, 'certificate-printout')}
    </section>
  );
}
