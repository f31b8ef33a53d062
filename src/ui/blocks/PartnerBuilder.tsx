// For each survivor need, the learner picks the partners who could help meet it and compares their team with
// the fact sheet's. Many partners can help with a need, so the feedback names each match, each partner the
// fact sheet does not list and each one missed, rather than a bare right or wrong. The activity is done once
// every need has been checked at least once, whatever the result.
import { useId, useState } from 'react';
import type { BlockOf } from '../../content/schema';
import { inlineToText } from '../../content/richText';
import { useCourse } from '../CourseContext';
import { InlineText, RichText } from '../RichText';
import './activities.css';
import { AlertRegion } from '../AlertRegion';

type Need = BlockOf<'partnerBuilder'>['needs'][number];
type Partner = BlockOf<'partnerBuilder'>['partners'][number];

export function PartnerBuilder({ block }: { block: BlockOf<'partnerBuilder'> }) {
  const { snapshot, dispatch, announce } = useCourse();
  const id = useId();
  const [checkedNeeds, setCheckedNeeds] = useState<ReadonlySet<string>>(new Set());
  const done = snapshot.state.done.includes(block.id);

  const onChecked = (need: Need, verdict: string) => {
    const next = new Set(checkedNeeds).add(need.id);
    setCheckedNeeds(next);
    const everyNeed = block.needs.every((n) => next.has(n.id));
    if (everyNeed) dispatch({ type: 'complete', activityId: block.id });
    const remaining = block.needs.length - next.size;
    const progress = everyNeed
      ? 'You have checked every need.'
      : `${remaining} ${remaining === 1 ? 'need' : 'needs'} left to check.`;
    announce(`${inlineToText(need.need)}: ${verdict} Feedback follows the Check button. ${progress}`);
  };

  return (
    <section className="activity partner-builder" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Build the team</h2>
      <RichText blocks={block.prompt} />
      {done && <p className="activity-status">You have completed this activity. You can change your choices and check again.</p>}
      {block.needs.map((need) => (
        <NeedCheck key={need.id} need={need} partners={block.partners} onChecked={(verdict) => onChecked(need, verdict)} />
      ))}
      {block.source && <p className="source">Source: <InlineText nodes={block.source} /></p>}
    </section>
  );
}

interface NeedCheckProps {
  need: Need;
  partners: Partner[];
  onChecked(verdict: string): void;
}

function NeedCheck({ need, partners, onChecked }: NeedCheckProps) {
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [checked, setChecked] = useState<ReadonlySet<string> | null>(null);
  const [hint, setHint] = useState('');

  const toggle = (partnerId: string) => {
    const next = new Set(selected);
    if (next.has(partnerId)) next.delete(partnerId);
    else next.add(partnerId);
    setSelected(next);
  };

  const check = () => {
    if (selected.size === 0) {
      setHint('Choose at least one partner first.');
      return;
    }
    setHint('');
    setChecked(selected);
    onChecked(verdictFor(compare(need, partners, selected)));
  };

  // The feedback is about the choices as checked; after a change it would describe something else.
  const current = checked !== null && sameSet(checked, selected);
  const result = current ? compare(need, partners, checked) : null;

  return (
    <div className="partner-need">
      <fieldset>
        {/* The prompt says once to choose every partner who could help; repeating it in each of up to seven
            legends would make a screen reader say it on entering every group. */}
        <legend id={`${id}-need`}>
          <span className="question-label">Survivor need: </span>
          <InlineText nodes={need.need} />
        </legend>
        <ul className="options" role="list">
          {partners.map((partner) => (
            <li key={partner.id}>
              <label className="option">
                <input type="checkbox" value={partner.id} checked={selected.has(partner.id)} onChange={() => toggle(partner.id)} />
                <span><InlineText nodes={partner.label} /></span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="actions">
        {/* One Check button per need: its name says which need it checks, so a screen reader's list of buttons
            tells them apart. */}
        <button type="button" id={`${id}-check`} aria-labelledby={`${id}-check ${id}-need`} onClick={check}>Check</button>
      </div>
      <AlertRegion>{hint && <p className="hint">{hint}</p>}</AlertRegion>
      {result && (
        <div className={`feedback ${result.missed.length === 0 && result.extra.length === 0 ? 'feedback-right' : 'feedback-wrong'}`}>
          <p className="feedback-verdict"><strong>{verdictFor(result)}</strong></p>
          <ul className="feedback-list">
            <PartnerList title="Your choices that match the fact sheet" partners={result.matched} />
            <PartnerList title="Your choices the fact sheet does not list for this need" partners={result.extra} />
            <PartnerList title="Partners the fact sheet lists that you did not choose" partners={result.missed} />
          </ul>
          <RichText blocks={need.explanation} />
        </div>
      )}
    </div>
  );
}

interface TeamComparison {
  matched: Partner[];
  extra: Partner[];
  missed: Partner[];
}

function compare(need: Need, partners: Partner[], chosen: ReadonlySet<string>): TeamComparison {
  const listed = new Set(need.partners);
  return {
    matched: partners.filter((p) => chosen.has(p.id) && listed.has(p.id)),
    extra: partners.filter((p) => chosen.has(p.id) && !listed.has(p.id)),
    missed: partners.filter((p) => !chosen.has(p.id) && listed.has(p.id)),
  };
}

function verdictFor({ matched, extra, missed }: TeamComparison): string {
  if (missed.length === 0 && extra.length === 0) return 'Your team matches the fact sheet.';
  if (matched.length === 0) return 'None of your choices match the fact sheet.';
  return 'Your team partly matches the fact sheet.';
}

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

function PartnerList({ title, partners }: { title: string; partners: Partner[] }) {
  if (partners.length === 0) return null;
  return <li>{title}: {listFormat.format(partners.map((p) => inlineToText(p.label)))}.</li>;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
