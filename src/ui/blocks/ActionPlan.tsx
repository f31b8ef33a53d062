// The learner's own plan, written for themselves: it is kept in this browser only (useDeviceText), never sent
// to the LMS, and taken away by printing it or saving it as a text file, which needs no network and opens on
// any locked-down PC or phone. Optional: it does not count towards completion. The partners chosen in the
// partnership activity (also kept on this device) come with it, on screen, in print and in the file.
import { useId } from 'react';
import type { BlockOf } from '../../content/schema';
import { inlineToText, richToText } from '../../content/richText';
import { useCourse } from '../CourseContext';
import { RichText } from '../RichText';
import { NOT_KEPT_MESSAGE, readDeviceText, useDeviceText } from '../useDeviceText';
import { partnerNames, PlanSummary } from './PartnerBuilder';
import { parsePartnerPlan, partnerBuilders, partnerPlanKey, type PartnerPlan } from './partnerPlan';
import { usePrintAlone } from '../PrintAlone';
import './activities.css';

type Field = BlockOf<'actionPlan'>['fields'][number];
type Answers = Record<string, string>;
type ChosenPartners = { block: BlockOf<'partnerBuilder'>; plan: PartnerPlan }[];

const FILE_NAME = 'my-action-plan.txt';

export function ActionPlan({ block }: { block: BlockOf<'actionPlan'> }) {
  const { index, announce, deviceStorage, snapshot } = useCourse();
  const id = useId();
  const partners: ChosenPartners = partnerBuilders(index).map((builder) => ({
    block: builder,
    plan: parsePartnerPlan(readDeviceText(deviceStorage, index.course.id, snapshot.learnerId, partnerPlanKey(builder.id)), builder),
  }));
  // One device entry for the whole plan, as JSON, so the plan reads and saves as one thing.
  const [stored, setStored, kept] = useDeviceText(`action-plan:${block.id}`);
  const answers = parseAnswers(stored);
  const setAnswer = (fieldId: string, text: string) => setStored(JSON.stringify({ ...answers, [fieldId]: text }));

  const { printout, print } = usePrintAlone();

  const saveFile = () => {
    const text = planAsText(index.course.title, block, answers, partners, new Date());
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = FILE_NAME;
    link.click();
    // The browser has started the download by the time this runs; the object URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    announce(`Your plan was saved as a file named ${FILE_NAME}. Look for it in your downloads.`);
  };

  return (
    <section className="activity action-plan" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>My action plan</h2>
      <RichText blocks={block.intro} />
      <p id={`${id}-privacy`} className="hint">
        {kept
          ? 'Optional. Your plan stays on this device and is never sent to your learning system. Print it or save it as a file to keep it; on a shared computer, remove it afterwards with “Remove my notes from this device” on your results.'
          : `Optional. ${NOT_KEPT_MESSAGE} Print your plan or save it as a file.`}
      </p>
      {partners.map(({ block: builder, plan }) => (
        <div key={builder.id} className="plan-partners">
          <h3>Partners you chose in the partnership activity</h3>
          <PlanSummary block={builder} plan={plan} />
        </div>
      ))}
      {block.fields.map((field, i) => (
        <PlanField
          key={field.id}
          field={field}
          inputId={`${id}-${field.id}`}
          // The privacy note is said once, with the first box, rather than repeated for every box.
          extraDescription={i === 0 ? `${id}-privacy` : undefined}
          value={answers[field.id] ?? ''}
          onChange={(text) => setAnswer(field.id, text)}
        />
      ))}
      <div className="actions">
        <button type="button" onClick={print}>
          Print my plan
        </button>
        <button type="button" className="secondary" onClick={saveFile}>
          Save my plan as a file
        </button>
      </div>
      {printout(<PlanPrintout title={index.course.title} block={block} answers={answers} partners={partners} />, 'action-plan-printout')}
    </section>
  );
}

interface PlanFieldProps {
  field: Field;
  inputId: string;
  extraDescription: string | undefined;
  value: string;
  onChange(text: string): void;
}

function PlanField({ field, inputId, extraDescription, value, onChange }: PlanFieldProps) {
  const describedBy = [field.hint ? `${inputId}-hint` : null, extraDescription].filter(Boolean).join(' ');
  return (
    <div className="plan-field">
      <label htmlFor={inputId}>{field.label}</label>
      {field.hint && (
        <p id={`${inputId}-hint`} className="hint">
          {field.hint}
        </p>
      )}
      <textarea
        id={inputId}
        rows={4}
        value={value}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** The plan as it prints (the form above is the screen version). */
function PlanPrintout({
  title,
  block,
  answers,
  partners,
}: {
  title: string;
  block: BlockOf<'actionPlan'>;
  answers: Answers;
  partners: ChosenPartners;
}) {
  return (
    <>
      <p>{title}</p>
      <h1>My action plan</h1>
      <RichText blocks={block.intro} />
      {partners.map(({ block: builder, plan }) => (
        <section key={builder.id}>
          <h2>Partners I chose in the partnership activity</h2>
          <PlanSummary block={builder} plan={plan} />
        </section>
      ))}
      {block.fields.map((field) => (
        <section key={field.id}>
          <h2>{field.label}</h2>
          <p className="printout-answer">{answers[field.id]?.trim() || '(left blank)'}</p>
        </section>
      ))}
    </>
  );
}

/** Windows line endings and a byte-order mark, so even an old Notepad on a locked-down PC shows it properly. */
function planAsText(courseTitle: string, block: BlockOf<'actionPlan'>, answers: Answers, partners: ChosenPartners, date: Date): string {
  const partnerSections = partners.map(
    ({ block: builder, plan }) =>
      `Partners I chose in the partnership activity\n${builder.needs
        .map((need) => `- ${inlineToText(need.need)}: ${partnerNames(builder, plan[need.id]) ?? 'no partners chosen yet'}`)
        .join('\n')}`,
  );
  const sections = [...partnerSections, ...block.fields.map((field) => `${field.label}\n${answers[field.id]?.trim() || '(left blank)'}`)];
  const text = [courseTitle, `My action plan, saved ${date.toLocaleDateString()}`, richToText(block.intro), ...sections].join('\n\n');
  return `\ufeff${text}\n`.replace(/\r?\n/g, '\r\n');
}

function parseAnswers(stored: string): Answers {
  if (!stored) return {};
  try {
    const parsed: unknown = JSON.parse(stored);
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    // Not ours or damaged: start the plan afresh rather than fail the page.
    return {};
  }
}
