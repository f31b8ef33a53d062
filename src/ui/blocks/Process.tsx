// Steps in order (the chapters of a story, the stages of a path), one open at a time under a list of them all,
// so the learner sees the whole path and where they are on it. Choosing a step moves focus to its heading, so
// a screen reader reads the step that is now shown.
import { useEffect, useId, useRef, useState, type ReactNode, type Ref } from 'react';
import type { BlockOf } from '../../content/schema';
import { chooseDetails, useHideDetails } from '../HideDetailsContext';
import { Icon } from '../icons/Icon';
import { InlineText, RichText } from '../RichText';
import { BlockSource, BlockTitle, innerHeading } from './BlockParts';

export function Process({ block }: { block: BlockOf<'process'> }) {
  const id = useId();
  const hideDetails = useHideDetails();
  const [current, setCurrent] = useState(0);
  const [moved, setMoved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moved) heading.current?.focus();
  }, [current, moved]);
  const go = (index: number) => {
    setCurrent(index);
    setMoved(true);
  };
  const step = block.steps[current]!;
  const total = block.steps.length;
  return (
    <section className="process" aria-labelledby={block.title ? `${id}-title` : `${id}-step`}>
      <BlockTitle title={block.title} id={`${id}-title`} />
      <ol className="process-steps" aria-label="Steps">
        {block.steps.map((s, i) => (
          <li key={i} className={i < current ? 'process-step-seen' : undefined}>
            <button
              type="button"
              className="process-step"
              aria-current={i === current ? 'step' : undefined}
              aria-controls={`${id}-panel`}
              onClick={() => go(i)}
            >
              <span className="process-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="process-step-title">
                <InlineText nodes={s.title} />
              </span>
            </button>
          </li>
        ))}
      </ol>
      <div className="process-panel" id={`${id}-panel`}>
        <StepHeading level={innerHeading(block.title)} id={`${id}-step`} headingRef={heading}>
          <span className="process-count">
            Step {current + 1} of {total}
          </span>{' '}
          <InlineText nodes={step.title} />
        </StepHeading>
        <RichText blocks={chooseDetails(hideDetails, step.md, step.withoutDetails)} />
        <div className="process-nav">
          {current > 0 && (
            <button type="button" className="secondary" onClick={() => go(current - 1)}>
              <Icon name="arrow-left" /> Previous step
            </button>
          )}
          {current < total - 1 && (
            <button type="button" className="secondary" onClick={() => go(current + 1)}>
              Next step <Icon name="arrow-right" />
            </button>
          )}
        </div>
      </div>
      <BlockSource source={block.source} />
    </section>
  );
}

/** The shown step's heading: one level below the block's title, or at the page's second level without one. It
 *  takes focus when the learner moves to a step, so a screen reader reads the step now shown. */
function StepHeading({
  level: Heading,
  id,
  headingRef,
  children,
}: {
  level: 'h2' | 'h3';
  id: string;
  headingRef: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  return (
    <Heading id={id} ref={headingRef} tabIndex={-1} className="process-heading">
      {children}
    </Heading>
  );
}
