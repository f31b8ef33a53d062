// Issue 11 item 12: the interactions of a full run with every attempt used stay under the cap LMSs apply,
// worked out from the real content; and a session really stays within the ceiling it claims.
import { describe, expect, it } from 'vitest';
import { takeFinal, visitEverything } from '../support/driveSession';
import { engineIndex, repoRoot } from '../support/fixtures';
import { immediateClock, MemoryTracker } from '../support/memoryTracker';
import { loadCourse } from '../../src/content/load';
import { indexCourse } from '../../src/core/courseIndex';
import { INTERACTION_CAP, interactionCeiling } from '../../src/core/interactionCeiling';
import { correctAnswer } from '../../src/core/answers';
import { pretestItems } from '../../src/core/preTest';
import { CourseSession } from '../../src/core/session';

describe('the interaction ceiling', () => {
  it(`is at most ${INTERACTION_CAP} for the real course, from its content`, () => {
    const ceiling = interactionCeiling(indexCourse(loadCourse(repoRoot)));
    console.info(`interaction ceiling of the real course: ${JSON.stringify(ceiling)}`);
    expect(ceiling.total).toBe(ceiling.final + ceiling.role + ceiling.practice + ceiling.pretest + ceiling.evaluation);
    expect(ceiling.total).toBeLessThanOrEqual(INTERACTION_CAP);
  });

  it('holds for a learner who checks every answer many times, changes role often and uses every attempt', () => {
    const index = engineIndex();
    const tracker = new MemoryTracker();
    const session = new CourseSession(index, tracker, immediateClock, () => new MemoryTracker());
    session.start();
    for (const role of ['prosecutor', 'survivor', 'other']) session.dispatch({ type: 'setRole', role });
    for (const item of pretestItems(index, session.getSnapshot().state.shuffleSeed)) {
      session.dispatch({ type: 'answerPretest', itemId: item.id, answer: correctAnswer(item) });
    }
    session.dispatch({ type: 'finishPretest' });
    for (let pass = 0; pass < 3; pass++) visitEverything(session, index);
    for (let attempt = 0; attempt < index.course.attempts; attempt++) takeFinal(session, index, 11 + attempt, 0);
    session.dispatch({ type: 'submitEvaluation', ratings: Object.fromEntries(index.evaluation!.items.map((item) => [item.id, '4'])) });
    session.finish();
    const sent = [...tracker.saves, tracker.finished!].flatMap((report) => report.interactions);
    expect(sent.length).toBe(interactionCeiling(index).total);
  });
});
