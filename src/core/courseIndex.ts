// Lookups the rules need, built once per course.
import type { Course, CoursePage } from '../content/course';
import { quizQuestions } from '../content/quizQuestions';
import type { CheckpointQuiz, EvaluationForm, FinalQuiz, PretestQuiz, Question } from '../content/schema';

/** Something a learner must do before a page counts as complete. */
export type Requirement = { kind: 'question'; id: string } | { kind: 'activity'; id: string } | { kind: 'final' };

export interface CourseIndex {
  course: Course;
  pageOrder: string[];
  pageById: Map<string, CoursePage>;
  questionById: Map<string, Question>;
  /** Knowledge checks and checkpoint items, i.e. practice; their answers are saved. */
  practiceIds: Set<string>;
  activityIds: Set<string>;
  requirementsByPage: Map<string, Requirement[]>;
  checkpoints: CheckpointQuiz[];
  final: FinalQuiz | null;
  pretest: PretestQuiz | null;
  /** The pre-test's items (in questionById too, so saved answers find them). */
  pretestIds: Set<string>;
  evaluation: EvaluationForm | null;
}

export function indexCourse(course: Course): CourseIndex {
  const questionById = new Map<string, Question>();
  const practiceIds = new Set<string>();
  const activityIds = new Set<string>();
  const requirementsByPage = new Map<string, Requirement[]>();
  const checkpoints: CheckpointQuiz[] = [];
  let final: FinalQuiz | null = null;
  let pretest: PretestQuiz | null = null;

  for (const quiz of Object.values(course.quizzes)) {
    if (quiz.kind === 'final') final = quiz;
    else if (quiz.kind === 'pretest') pretest = quiz;
    else checkpoints.push(quiz);
    // Pre-test answers are reported too (pre.<item>), so its items are looked up like the final's.
    if (quiz.kind !== 'checkpoint') for (const item of quizQuestions(quiz)) questionById.set(item.id, item);
  }
  const pretestIds = new Set(pretest ? quizQuestions(pretest).map((item) => item.id) : []);

  for (const page of course.pages) {
    const requirements: Requirement[] = [];
    for (const block of page.blocks) {
      switch (block.type) {
        case 'question':
          questionById.set(block.question.id, block.question);
          practiceIds.add(block.question.id);
          requirements.push({ kind: 'question', id: block.question.id });
          break;
        case 'quiz': {
          const quiz = course.quizzes[block.quiz];
          if (quiz?.kind === 'checkpoint') {
            for (const item of quiz.items) {
              questionById.set(item.id, item);
              practiceIds.add(item.id);
              requirements.push({ kind: 'question', id: item.id });
            }
          } else if (quiz?.kind === 'final') {
            requirements.push({ kind: 'final' });
          }
          break;
        }
        case 'reflection':
          // Optional: what a learner writes for themselves never holds back their completion.
          activityIds.add(block.id);
          break;
        case 'sort':
        case 'scenario':
        case 'partnerBuilder':
          activityIds.add(block.id);
          requirements.push({ kind: 'activity', id: block.id });
          break;
        default:
          break;
      }
    }
    requirementsByPage.set(page.id, requirements);
  }

  return {
    course,
    pageOrder: course.pages.map((p) => p.id),
    pageById: new Map(course.pages.map((p) => [p.id, p])),
    questionById,
    practiceIds,
    activityIds,
    requirementsByPage,
    checkpoints,
    final,
    pretest,
    pretestIds,
    evaluation: course.evaluation,
  };
}

/**
 * The rules with the LMS's pass mark in force: when the LMS gives one (SCORM 2004 scaled_passing_score, 1.2
 * mastery_score) it decides pass or fail on the results screen, the certificate and the record alike, because
 * the LMS judges the score by it too. Without one the course's own mastery score applies.
 */
export function withPassMark(index: CourseIndex, passMarkPercent: number | null): CourseIndex {
  if (passMarkPercent === null || passMarkPercent === index.course.masteryScore) return index;
  return { ...index, course: { ...index.course, masteryScore: passMarkPercent } };
}
