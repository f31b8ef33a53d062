// The course facts the report needs, read from the course's own files (course/course.yaml, course/roles.yaml,
// quizzes/*.yaml) every time: by the CLI on each run and by the page's build, so neither copies them by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CourseFacts, Role } from '../../src/report/core/course';

/** The evaluation statements fixed in INTERFACES.md; quizzes/evaluation.yaml, when there, has the last word. */
const EVALUATION_STATEMENTS: Record<string, string> = {
  relevant: 'The content was relevant to my work',
  clear: 'The content was clear',
  'will-use': 'I will use what I learned in my work',
  confidence: 'I am confident in my ability to work with law enforcement or service providers on a human trafficking case',
};

interface CourseYaml {
  title: string;
  estimatedMinutes: number;
  masteryScore?: number | null;
  objectives: { id: string; title: string; short: string }[];
}

function readYaml<T>(path: string): T {
  return parse(readFileSync(path, 'utf8')) as T;
}

/** Every quiz item with an id, and the objective it assesses (its own, or its pool's or quiz's). */
function collectItems(value: unknown, objective: string | null, found: Map<string, { objective: string | null; text: string | null }>): void {
  if (Array.isArray(value)) {
    for (const entry of value) collectItems(entry, objective, found);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const here = typeof record.objective === 'string' ? record.objective : objective;
  if (typeof record.id === 'string' && typeof record.kind === 'string' && ('stem' in record || 'statement' in record)) {
    const text = typeof record.statement === 'string' ? record.statement : typeof record.stem === 'string' ? record.stem : null;
    found.set(record.id, { objective: here, text: text?.trim() ?? null });
  }
  for (const key of ['items', 'pools']) if (key in record) collectItems(record[key], here, found);
}

export function readCourseFacts(repositoryRoot: string): CourseFacts {
  const course = readYaml<CourseYaml>(join(repositoryRoot, 'course', 'course.yaml'));
  const { roles } = readYaml<{ roles: Role[] }>(join(repositoryRoot, 'course', 'roles.yaml'));
  const itemObjectives: Record<string, string> = {};
  const evaluationItems: Record<string, string> = { ...EVALUATION_STATEMENTS };
  const quizzesDir = join(repositoryRoot, 'quizzes');
  for (const file of readdirSync(quizzesDir).filter((name) => name.endsWith('.yaml')).sort()) {
    const quiz = readYaml<Record<string, unknown>>(join(quizzesDir, file));
    const items = new Map<string, { objective: string | null; text: string | null }>();
    collectItems(quiz, null, items);
    const isEvaluation = quiz.id === 'evaluation' || quiz.kind === 'evaluation';
    for (const [id, item] of items) {
      if (item.objective) itemObjectives[id] = item.objective;
      if (isEvaluation && item.text) evaluationItems[id] = item.text;
    }
  }
  return {
    title: course.title,
    roles: roles.map(({ id, code, label }) => ({ id, code, label })),
    // course.yaml's schema defaults the mastery score to 80 and allows null for a course that only needs completing.
    masteryScore: course.masteryScore === undefined ? 80 : course.masteryScore,
    estimatedMinutes: course.estimatedMinutes,
    objectives: course.objectives.map(({ id, short }) => ({ id, label: short })),
    itemObjectives,
    evaluationItems,
  };
}
