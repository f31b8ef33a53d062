// The welcome screen's text. The build also renders it into index.html (scripts/vite/coursePlugin.ts), so on a
// slow agency network the learner reads the course's title and objectives while the player is still loading.
// (No icons here: the build renders this before the icon set exists.)
import type { Course } from '../content/course';
import { durationInWords } from './duration';
import { ViewHeading } from './ViewHeading';

type IntroCourse = Pick<Course, 'series' | 'module' | 'title' | 'description' | 'estimatedMinutes' | 'objectives'>;

export function WelcomeIntro({ course }: { course: IntroCourse }) {
  return (
    <>
      <div className="welcome-hero">
        <p className="eyebrow">
          {course.series} · {course.module}
        </p>
        <ViewHeading>{course.title}</ViewHeading>
        <p className="lead">{course.description}</p>
        <ul className="welcome-facts">
          <li>
            <strong>About {durationInWords(course.estimatedMinutes)}</strong> of reading and activities
          </li>
          <li>
            <strong>Stop at any point</strong> and continue later where you left off
          </li>
        </ul>
      </div>
      <h2>Learning objectives</h2>
      <ol className="objectives">
        {course.objectives.map((objective) => (
          <li key={objective.id}>{objective.title}</li>
        ))}
      </ol>
    </>
  );
}
