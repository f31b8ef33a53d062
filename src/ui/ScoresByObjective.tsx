// The learner's score per objective before the course (the pre-test) and in the final assessment (the latest
// submitted attempt), side by side, so they can see what they learned.
import { objectiveStatuses } from '../core/completion';
import { pretestScores } from '../core/preTest';
import { useCourse } from './CourseContext';

export function ScoresByObjective() {
  const { index, snapshot } = useCourse();
  if (!index.pretest && !index.final) return null;
  const before = pretestScores(index, snapshot.state);
  const after = new Map(objectiveStatuses(index, snapshot.state).map((status) => [status.id, status.scorePercent]));
  const pretestNote = !index.pretest ? null : before ? null : snapshot.state.pretest?.finished ? 'Skipped' : 'Not taken';
  return (
    <table className="scores-by-objective">
      <caption>Your scores by part of the course</caption>
      <thead>
        <tr>
          <th scope="col">Part of the course</th>
          {index.pretest && <th scope="col">Pre-test</th>}
          {index.final && <th scope="col">Final assessment</th>}
        </tr>
      </thead>
      <tbody>
        {index.course.objectives.map((objective) => {
          const final = after.get(objective.id) ?? null;
          const pre = before?.get(objective.id);
          return (
            <tr key={objective.id}>
              <th scope="row">{objective.short}</th>
              {index.pretest && <td>{pretestNote ?? (pre === undefined ? '–' : `${pre}%`)}</td>}
              {index.final && <td>{final === null ? 'Not taken yet' : `${final}%`}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
