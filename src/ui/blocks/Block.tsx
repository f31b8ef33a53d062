// One component per block type; this switch is the only place that knows them all.
import type { Block as BlockValue } from '../../content/schema';
import { useCourse } from '../CourseContext';
import { PracticeQuestion } from '../question/PracticeQuestion';
import { Accordion } from './Accordion';
import { ActionPlan } from './ActionPlan';
import { Checkpoint } from './Checkpoint';
import { Diagram } from './Diagram';
import { FinalAssessment } from './FinalAssessment';
import { Glossary } from './Glossary';
import { PartnerBuilder } from './PartnerBuilder';
import { Process } from './Process';
import { Reflection } from './Reflection';
import { RevealCards } from './RevealCards';
import { Scenario } from './Scenario';
import { Callout, Comparison, ImageBlock, KeyPoints, LinkCard, Quote, TextBlock } from './SimpleBlocks';
import { SortActivity } from './SortActivity';
import { Tabs } from './Tabs';

export function Block({ block }: { block: BlockValue }) {
  const { index } = useCourse();
  switch (block.type) {
    case 'text':
      return <TextBlock block={block} />;
    case 'keyPoints':
      return <KeyPoints block={block} />;
    case 'comparison':
      return <Comparison block={block} />;
    case 'callout':
      return <Callout block={block} />;
    case 'quote':
      return <Quote block={block} />;
    case 'image':
      return <ImageBlock block={block} />;
    case 'linkCard':
      return <LinkCard block={block} />;
    case 'reflection':
      return <Reflection block={block} />;
    case 'question':
      return <PracticeQuestion question={block.question} label="Check your understanding" />;
    case 'quiz': {
      const quiz = index.course.quizzes[block.quiz];
      if (quiz?.kind === 'final') return <FinalAssessment quiz={quiz} />;
      // The pre-test is no page block: it is offered before the first lesson.
      return quiz?.kind === 'checkpoint' ? <Checkpoint quiz={quiz} /> : null;
    }
    case 'sort':
      return <SortActivity block={block} />;
    case 'scenario':
      return <Scenario block={block} />;
    case 'partnerBuilder':
      return <PartnerBuilder block={block} />;
    case 'actionPlan':
      return <ActionPlan block={block} />;
    case 'glossary':
      return <Glossary />;
    case 'accordion':
      return <Accordion block={block} />;
    case 'tabs':
      return <Tabs block={block} />;
    case 'process':
      return <Process block={block} />;
    case 'revealCards':
      return <RevealCards block={block} />;
    case 'diagram':
      return <Diagram block={block} />;
  }
}
