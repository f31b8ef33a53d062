// The compiled course the player receives: validated content with its cross-references resolved.
import type { CourseMeta, EvaluationForm, GlossaryTerm, Page, Quiz, Role } from './schema';

export interface Objective {
  id: string;
  title: string;
  short: string;
}

export interface Section {
  id: string;
  title: string;
  objective: string | null;
  pageIds: string[];
}

export interface CoursePage extends Omit<Page, 'objective'> {
  objective: string | null;
  sectionId: string;
}

export interface Course extends Omit<CourseMeta, 'sections' | 'estimatedMinutes'> {
  /** From the words learners read and the activities they do (src/content/estimate.ts). */
  estimatedMinutes: number;
  sections: Section[];
  pages: CoursePage[];
  quizzes: Record<string, Quiz>;
  /** quizzes/evaluation.yaml, if there is one: offered after the final assessment. */
  evaluation: EvaluationForm | null;
  glossary: GlossaryTerm[];
  intake: { question: string; roles: Role[] };
}
