// The partnership plan a learner makes in the partner builder: for each need, the partners they would reach out
// to. It is the learner's own plan, like the action plan: kept on this device only, never sent to the LMS, and
// shown again in the action plan.
import type { BlockOf } from '../../content/schema';
import type { CourseIndex } from '../../core/courseIndex';

/** need id → partner ids, in the fact sheet's order. */
export type PartnerPlan = Record<string, string[]>;

export function partnerPlanKey(blockId: string): string {
  return `partner-plan:${blockId}`;
}

/** Only what the block still lists is kept: a plan saved against an older version loses what was removed. */
export function parsePartnerPlan(stored: string, block: BlockOf<'partnerBuilder'>): PartnerPlan {
  if (!stored) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    // Not ours or damaged: the learner starts the plan afresh rather than lose the page.
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const plan: PartnerPlan = {};
  for (const need of block.needs) {
    const chosen: unknown = (parsed as Record<string, unknown>)[need.id];
    if (!Array.isArray(chosen)) continue;
    const partners = block.partners.filter((p) => chosen.includes(p.id)).map((p) => p.id);
    if (partners.length > 0) plan[need.id] = partners;
  }
  return plan;
}

export function withPartnerToggled(plan: PartnerPlan, block: BlockOf<'partnerBuilder'>, needId: string, partnerId: string): PartnerPlan {
  const current = new Set(plan[needId] ?? []);
  if (current.has(partnerId)) current.delete(partnerId);
  else current.add(partnerId);
  const partners = block.partners.filter((p) => current.has(p.id)).map((p) => p.id);
  const others = Object.fromEntries(Object.entries(plan).filter(([id]) => id !== needId));
  return partners.length > 0 ? { ...others, [needId]: partners } : others;
}

/** Every partner builder in the course, for the action plan to show their plans. */
export function partnerBuilders(index: CourseIndex): BlockOf<'partnerBuilder'>[] {
  return index.course.pages.flatMap((page) => page.blocks.flatMap((block) => (block.type === 'partnerBuilder' ? [block] : [])));
}
