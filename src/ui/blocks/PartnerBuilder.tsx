// A planning activity: for each survivor need, the learner chooses the partners from the fact sheet's list they
// would reach out to in their community. The fact sheet lists needs and partners separately and pairs none of them,
// so nothing is marked right or wrong. One need is shown at a time, so a phone shows one short list and a keyboard
// goes through one need's partners, not all of them. The plan stays on this device (partnerPlan.ts) and comes back
// in the action plan. The activity counts as done when every need has a partner, or when the learner says so.
import { useEffect, useId, useRef, useState } from 'react';
import type { BlockOf } from '../../content/schema';
import { inlineToText } from '../../content/richText';
import { useCourse } from '../CourseContext';
import { InlineText, RichText } from '../RichText';
import { useDeviceText } from '../useDeviceText';
import { parsePartnerPlan, partnerPlanKey, withPartnerToggled, type PartnerPlan } from './partnerPlan';
import './activities.css';

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

export function PartnerBuilder({ block }: { block: BlockOf<'partnerBuilder'> }) {
  const { snapshot, dispatch, announce } = useCourse();
  const id = useId();
  const [stored, setStored] = useDeviceText(partnerPlanKey(block.id));
  const plan = parsePartnerPlan(stored, block);
  const [position, setPosition] = useState(0);
  const done = snapshot.state.done.includes(block.id);
  const need = block.needs[position] ?? block.needs[0]!;
  const chosen = new Set(plan[need.id] ?? []);
  const everyNeedPlanned = block.needs.every((n) => (plan[n.id]?.length ?? 0) > 0);

  useEffect(() => {
    if (everyNeedPlanned && !done) dispatch({ type: 'complete', activityId: block.id });
  }, [everyNeedPlanned, done, dispatch, block.id]);

  // "Previous need" and "Next need" bring another list: focus goes to its first partner, so the keyboard is
  // where the choosing is, and a screen reader says the new need (the group's name) with it.
  const firstPartner = useRef<HTMLInputElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    firstPartner.current?.focus();
  }, [position]);
  const goToNeed = (next: number) => {
    moved.current = true;
    setPosition(next);
  };

  const toggle = (partnerId: string) => setStored(JSON.stringify(withPartnerToggled(plan, block, need.id, partnerId)));
  const finish = () => {
    dispatch({ type: 'complete', activityId: block.id });
    announce('Your plan is saved on this device. You will find it again in your action plan.');
  };

  return (
    <section className="activity partner-builder" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Plan the partnership</h2>
      <RichText blocks={block.prompt} />
      <fieldset className="partner-need">
        <legend>
          <span className="question-label">
            Need {position + 1} of {block.needs.length}:
          </span>{' '}
          <InlineText nodes={need.need} />
        </legend>
        <ul className="options" role="list">
          {block.partners.map((partner, i) => (
            <li key={partner.id}>
              <label className="option">
                <input
                  ref={i === 0 ? firstPartner : undefined}
                  type="checkbox"
                  value={partner.id}
                  checked={chosen.has(partner.id)}
                  onChange={() => toggle(partner.id)}
                />
                <span>
                  <InlineText nodes={partner.label} />
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="actions">
        {position > 0 && (
          <button type="button" className="secondary" onClick={() => goToNeed(position - 1)}>
            Previous need
          </button>
        )}
        {position < block.needs.length - 1 && (
          <button type="button" onClick={() => goToNeed(position + 1)}>
            Next need
          </button>
        )}
        <button type="button" className={position < block.needs.length - 1 ? 'secondary' : undefined} onClick={finish}>
          I am done planning
        </button>
      </div>
      {done && (
        <p className="activity-status">
          You have completed this activity. Your plan comes back in your action plan; you can still change it here.
        </p>
      )}
      <h3>Your plan so far</h3>
      <PlanSummary block={block} plan={plan} />
      {block.source && (
        <p className="source">
          Source: <InlineText nodes={block.source} />
        </p>
      )}
    </section>
  );
}

/** The plan need by need, as the action plan also shows it. */
export function PlanSummary({ block, plan }: { block: BlockOf<'partnerBuilder'>; plan: PartnerPlan }) {
  return (
    <ul className="partner-plan">
      {block.needs.map((need) => (
        <li key={need.id}>
          <InlineText nodes={need.need} />: {partnerNames(block, plan[need.id]) ?? 'no partners chosen yet'}
        </li>
      ))}
    </ul>
  );
}

/** "A, B and C", or null when no partner is chosen. */
export function partnerNames(block: BlockOf<'partnerBuilder'>, partnerIds: string[] | undefined): string | null {
  const labels = block.partners.filter((p) => partnerIds?.includes(p.id)).map((p) => inlineToText(p.label));
  return labels.length > 0 ? listFormat.format(labels) : null;
}
