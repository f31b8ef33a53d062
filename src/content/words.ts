// The words learners read, counted from the compiled content: for the alignment report, for the course's time
// estimate (estimate.ts) and for the rule that no page asks for more than 600 words of continuous reading.
import type { CoursePage } from './course';
import { quizQuestions } from './quizQuestions';
import { inlineToText, richToText, type Inline, type RichText } from './richText';
import type { Block, BlockOf, Question, Quiz } from './schema';

/** Words in plain text: runs of non-space characters that contain a letter or a digit ("—" and "–" are not words). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export const words = (texts: string[]): number => texts.reduce((sum, text) => sum + countWords(text), 0);
export const inline = (nodes: Inline[] | undefined): string[] => (nodes ? [inlineToText(nodes)] : []);
export const rich = (blocks: RichText | undefined): string[] => (blocks ? [richToText(blocks)] : []);

/** Everything a learner can read in a question: stem, options or pairs, and all feedback. */
export function questionTexts(question: Question): string[] {
  const texts = rich(question.stem);
  switch (question.kind) {
    case 'single':
    case 'multiple':
      for (const option of question.options) texts.push(...inline(option.text), ...rich(option.feedback));
      break;
    case 'trueFalse':
      texts.push(...rich(question.feedback.true), ...rich(question.feedback.false));
      break;
    case 'matching':
      for (const pair of question.pairs) texts.push(...inline(pair.prompt), ...inline(pair.answer), ...rich(pair.feedback));
      break;
  }
  return texts;
}

function comparisonTexts(comparison: Omit<BlockOf<'comparison'>, 'type'>): string[] {
  return [
    ...inline(comparison.title),
    ...comparison.columns.flatMap((column) => [...inline(column.heading), ...column.items.flatMap(inline)]),
    ...inline(comparison.source),
  ];
}

/** Everything a learner can read in a block (a quiz block's items are counted with their quiz). */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'text':
      return rich(block.md);
    case 'keyPoints':
      return [...inline(block.title), ...block.items.flatMap(inline), ...inline(block.source)];
    case 'comparison':
      return comparisonTexts(block);
    case 'callout':
      return [...inline(block.title), ...rich(block.md)];
    case 'quote':
      return [...rich(block.md), ...inline(block.attribution)];
    case 'image':
      return [block.alt, ...inline(block.caption)];
    case 'linkCard':
      return [block.title, block.publisher, ...rich(block.description), ...(block.watchFor ?? []).flatMap(inline)];
    case 'reflection':
      return [...rich(block.prompt), ...rich(block.modelAnswer), ...inline(block.modelAnswerSource)];
    case 'question':
      return questionTexts(block.question);
    case 'quiz':
    case 'glossary':
      return [];
    case 'sort':
      return [
        ...rich(block.prompt),
        ...block.categories.flatMap((category) => inline(category.label)),
        ...block.items.flatMap((item) => [...inline(item.text), ...rich(item.feedback)]),
        ...inline(block.source),
        ...(block.answerKey ? comparisonTexts(block.answerKey) : []),
      ];
    case 'scenario':
      return [
        block.title,
        ...block.steps.flatMap((step) => [
          ...rich(step.md),
          ...(step.decision
            ? [...inline(step.decision.prompt), ...step.decision.choices.flatMap((c) => [...inline(c.text), ...rich(c.consequence)])]
            : []),
        ]),
        ...inline(block.source),
      ];
    case 'partnerBuilder':
      return [
        ...rich(block.prompt),
        ...block.partners.flatMap((partner) => inline(partner.label)),
        ...block.needs.flatMap((need) => inline(need.need)),
        ...inline(block.source),
      ];
    case 'actionPlan':
      return [...rich(block.intro), ...block.fields.flatMap((field) => [field.label, ...(field.hint ? [field.hint] : [])])];
    case 'accordion':
      return [...inline(block.title), ...block.items.flatMap((item) => [...inline(item.title), ...rich(item.md)]), ...inline(block.source)];
    case 'tabs':
      return [...inline(block.title), ...block.tabs.flatMap((tab) => [tab.label, ...rich(tab.md)]), ...inline(block.source)];
    case 'process':
      return [...inline(block.title), ...block.steps.flatMap((step) => [...inline(step.title), ...rich(step.md)]), ...inline(block.source)];
    case 'revealCards':
      return [
        ...inline(block.title),
        ...block.cards.flatMap((card) => [...inline(card.front), ...rich(card.back)]),
        ...inline(block.source),
      ];
    case 'diagram':
      return [
        ...inline(block.title),
        ...(block.center ? [block.center] : []),
        ...block.nodes.flatMap((node) => [node.label, ...inline(node.detail)]),
        ...inline(block.source),
      ];
  }
}

export function pageTexts(page: CoursePage): string[] {
  return [page.title, ...rich(page.contentNote?.md), ...page.blocks.flatMap(blockTexts)];
}

export function quizTexts(quiz: Quiz): string[] {
  return [quiz.title, ...rich(quiz.intro), ...quizQuestions(quiz).flatMap(questionTexts)];
}

// ---------- continuous reading ----------

/** A stretch of text a learner reads without doing anything in between, and where it is. */
export interface ReadingStretch {
  where: string;
  words: number;
}

/** The page's stretches of continuous reading. Text shown as the page opens runs on from block to block until
 *  something asks the learner to act (a question, an activity) or hides text behind a choice (accordion, tabs,
 *  process steps, reveal cards): that ends the stretch. What such a block shows closed (its titles, labels and
 *  card fronts) belongs to the stretch around it; each panel, tab, step or card back is a stretch of its own, and
 *  so is each step of a scenario. */
export function readingStretches(page: CoursePage): ReadingStretch[] {
  const stretches: ReadingStretch[] = [];
  let open: ReadingStretch = { where: `${page.id}: top`, words: countWords(page.title) };
  const close = (nextWhere: string) => {
    if (open.words > 0) stretches.push(open);
    open = { where: nextWhere, words: 0 };
  };
  const own = (where: string, texts: string[]) => stretches.push({ where, words: words(texts) });
  page.blocks.forEach((block, i) => {
    const at = `${page.id}: blocks[${i}] (${block.type})`;
    switch (block.type) {
      case 'text':
      case 'keyPoints':
      case 'comparison':
      case 'callout':
      case 'quote':
      case 'image':
      case 'linkCard':
      case 'diagram':
        open.words += words(blockTexts(block));
        return;
      case 'glossary':
        return; // a reference to look things up in, read a term at a time
      case 'accordion':
        open.words += words([...inline(block.title), ...block.items.flatMap((item) => inline(item.title))]);
        block.items.forEach((item, n) => own(`${at} item ${n + 1}`, rich(item.md)));
        return;
      case 'tabs':
        open.words += words([...inline(block.title), ...block.tabs.map((tab) => tab.label)]);
        block.tabs.forEach((tab, n) => own(`${at} tab ${n + 1}`, rich(tab.md)));
        return;
      case 'process':
        open.words += words([...inline(block.title), ...block.steps.flatMap((step) => inline(step.title))]);
        block.steps.forEach((step, n) => own(`${at} step ${n + 1}`, rich(step.md)));
        return;
      case 'revealCards':
        open.words += words([...inline(block.title), ...block.cards.flatMap((card) => inline(card.front))]);
        block.cards.forEach((card, n) => own(`${at} card ${n + 1}`, rich(card.back)));
        return;
      case 'scenario':
        close(`${at} after`);
        block.steps.forEach((step, n) => own(`${at} step ${n + 1}`, rich(step.md)));
        return;
      case 'question':
      case 'quiz':
      case 'reflection':
      case 'sort':
      case 'partnerBuilder':
      case 'actionPlan':
        close(`${at} after`);
        return;
    }
  });
  close('');
  return stretches;
}

/** The longest stretch of continuous reading on the page. */
export function longestStretch(page: CoursePage): ReadingStretch {
  return readingStretches(page).reduce<ReadingStretch>((longest, s) => (s.words > longest.words ? s : longest), {
    where: page.id,
    words: 0,
  });
}
