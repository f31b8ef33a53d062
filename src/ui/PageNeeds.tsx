// Says, at the top of a page, what completes it, so no learner wonders whether an optional reflection holds back
// their completion (it never does) or misses the one activity that does.
import type { CoursePage } from '../content/course';
import { useCourse } from './CourseContext';

const ACTIVITY_NAMES: Record<string, string> = {
  sort: 'the sorting activity',
  scenario: 'the scenario, to its end',
  partnerBuilder: 'the partnership builder',
};

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function PageNeeds({ page }: { page: CoursePage }) {
  const { index } = useCourse();
  const requirements = index.requirementsByPage.get(page.id) ?? [];
  const questions = requirements.filter((r) => r.kind === 'question').length;
  const needs: string[] = [];
  if (questions > 0) needs.push(questions === 1 ? 'answer the question' : `answer the ${questions} questions`);
  for (const block of page.blocks) {
    const name = ACTIVITY_NAMES[block.type];
    if (name) needs.push(`do ${name}`);
  }
  if (requirements.some((r) => r.kind === 'final')) needs.push('pass the final assessment (or use all your attempts)');
  const hasReflection = page.blocks.some((b) => b.type === 'reflection' || b.type === 'actionPlan');
  if (needs.length === 0 && !hasReflection) return null;
  return (
    <p className="page-needs hint">
      {needs.length > 0 ? `To complete this page, ${list(needs)}.` : 'Opening this page completes it.'}
      {hasReflection && ' Writing your own thoughts is optional.'}
    </p>
  );
}
