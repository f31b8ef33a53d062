// The largest learner state the course can produce: every page visited, every activity done, every practice
// question answered with its longest possible answer, every final attempt used and answered in full, the pre-test
// answered in full, every evaluation statement rated, the largest shuffle seed.
// Its encoding is the worst case for suspend_data, which must fit SCORM 1.2's 4096 characters (and our budget).
import type { Question } from '../../src/content/schema';
import type { CourseIndex } from '../../src/core/courseIndex';
import { SEED_LIMIT } from '../../src/core/random';
import { pretestItems } from '../../src/core/preTest';
import type { FinalAttempt, LearnerState } from '../../src/core/state';

function longestAnswer(question: Question): string {
  switch (question.kind) {
    case 'single':
      return question.options[0]!.id;
    case 'multiple':
      return question.options
        .map((o) => o.id)
        .sort()
        .join('');
    case 'trueFalse':
      return 't';
    case 'matching':
      return question.pairs
        .map((p) => p.id)
        .sort()
        .join('');
  }
}

export function worstCaseState(index: CourseIndex): LearnerState {
  const final = index.final;
  const attempts: FinalAttempt[] = [];
  if (final) {
    // The largest draw: the longest-answered items of each pool.
    const items = final.pools.flatMap((pool) =>
      [...pool.items].sort((a, b) => longestAnswer(b).length - longestAnswer(a).length).slice(0, pool.draw),
    );
    for (let n = 1; n <= index.course.attempts; n++) {
      attempts.push({
        number: n,
        seed: SEED_LIMIT - 1,
        items: items.map((i) => i.id),
        answers: Object.fromEntries(items.map((i) => [i.id, longestAnswer(i)])),
        score: n === index.course.attempts ? null : 100,
      });
    }
  }
  const longestRole = [...index.course.intake.roles].sort((a, b) => b.code.length - a.code.length)[0];
  return {
    location: index.pageOrder[index.pageOrder.length - 1] ?? null,
    visited: [...index.pageOrder],
    done: [...index.activityIds],
    answers: Object.fromEntries([...index.practiceIds].map((id) => [id, longestAnswer(index.questionById.get(id)!)])),
    attempts,
    role: longestRole?.id ?? null,
    shuffleSeed: SEED_LIMIT - 1,
    pretest: index.pretest
      ? { finished: true, answers: Object.fromEntries(pretestItems(index, SEED_LIMIT - 1).map((item) => [item.id, longestAnswer(item)])) }
      : null,
    evaluation: index.evaluation ? Object.fromEntries(index.evaluation.items.map((item) => [item.id, '5'])) : null,
    // The longest day number the format allows (four base-36 digits), for the worst case.
    finishedOn: 36 ** 4 - 1,
  };
}
