// The welcome screen's text. The build also renders it into index.html (scripts/vite/coursePlugin.ts), so on a
// slow agency network the learner reads the course's title and objectives while the player is still loading.
import type { Course } from '../content/course';
import { ViewHeading } from './ViewHeading';

type IntroCourse = Pick<Course, 'series' | 'module' | 'title' | 'description' | 'estimatedMinutes' | 'objectives'>;

export function WelcomeIntro({ course }: { course: IntroCourse }) {
  return (
    <>
      <p className="series">{course.series}, {course.module}</p>
      <ViewHeading>{course.title}</ViewHeading>
      <p>{course.description}</p>
      <p>Estimated time: about {course.estimatedMinutes} minutes. You can stop at any point and continue later.</p>
      <h2>Learning objectives</h2>
      <ol>
        {course.objectives.map((objective) => <li key={objective.id}>{objective.title}</li>)}
      </ol>
    </>
  );
}
