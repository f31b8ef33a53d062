// A learner taking the real built course through its UI, guided by the course content (so the right answers
// are known): every page, every activity, the checkpoints and the final assessment.
import type { Frame, Locator } from 'playwright-core';
import type { Course, CoursePage } from '../../../src/content/course';
import { inlineToText, richToText, type Inline } from '../../../src/content/richText';
import type { BlockOf, PretestQuiz, Question } from '../../../src/content/schema';
import { loadCourse } from '../../../src/content/load';
import { repoRoot } from '../../support/fixtures';

export const course: Course = loadCourse(repoRoot);
/** The course's knowledge pre-test. */
export const pretest: PretestQuiz = (() => {
  const quiz = Object.values(course.quizzes).find((candidate): candidate is PretestQuiz => candidate.kind === 'pretest');
  if (!quiz) throw new Error('The course has no pre-test');
  return quiz;
})();

/** Inline content as the text a learner sees, with white space folded. */
export const text = (nodes: Inline[]) => inlineToText(nodes).replace(/\s+/g, ' ').trim();
/** A distinctive start of a question's stem, to find its form on the page. */
export const stemStart = (question: Question) => stemText(question).slice(0, 60);
const stemText = (question: Question) => richToText(question.stem).replace(/\s+/g, ' ').trim();

export async function answer(container: Locator, question: Question, right: boolean): Promise<void> {
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const chosen = right ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!];
      for (const option of question.options) {
        const control = container.getByLabel(text(option.text), { exact: true });
        if (chosen.includes(option)) await control.check();
        else if (question.kind === 'multiple') await control.setChecked(false);
      }
      break;
    }
    case 'trueFalse':
      await container.getByLabel(question.answer === right ? 'True' : 'False', { exact: true }).check();
      break;
    case 'matching': {
      const answers = question.pairs.map((p) => text(p.answer));
      for (const [i, pair] of question.pairs.entries()) {
        const target = right ? answers[i]! : answers[(i + 1) % answers.length]!;
        await container.getByLabel(text(pair.prompt), { exact: true }).selectOption({ label: target });
      }
      break;
    }
  }
}

/** How a test learner answers the practice questions: right at once, or wrong first (only the first answer is
 *  recorded, so a wrong one first is the larger record and shows both kinds of feedback). */
export type Practice = 'right' | 'wrong-then-right';

/** Answers a knowledge check or checkpoint item (wrong and checked first, if asked), right, and checks it. */
export async function practise(sco: Frame, question: Question, how: Practice = 'wrong-then-right'): Promise<void> {
  const container = sco.locator('section.question').filter({ hasText: stemStart(question) });
  if (how === 'wrong-then-right') {
    await answer(container, question, false);
    await container.getByRole('button', { name: 'Check answer' }).click();
    await container.locator('.feedback-verdict', { hasText: 'Not quite.' }).waitFor();
  }
  await answer(container, question, true);
  await container.getByRole('button', { name: 'Check answer' }).click();
  await container.locator('.feedback-verdict', { hasText: 'Correct.' }).waitFor();
}

/** Where each activity is on the page, for the mouse, keyboard and accessibility learners alike. */
export const activityOn = {
  reflection: (sco: Frame, block: BlockOf<'reflection'>) =>
    sco.locator('section.reflection').filter({ hasText: richToText(block.prompt).slice(0, 50) }),
  sort: (sco: Frame) => sco.locator('section.sort-activity').first(),
  scenario: (sco: Frame) => sco.locator('section.scenario').first(),
  partnerBuilder: (sco: Frame) => sco.locator('section.partner-builder').first(),
  /** The partner builder shows one need at a time, as a group named "Need n of N: <need>". */
  partnerNeed: (sco: Frame, need: BlockOf<'partnerBuilder'>['needs'][number]) =>
    activityOn.partnerBuilder(sco).getByRole('group', { name: new RegExp(`^Need \\d+ of \\d+: ${escapeRegExp(text(need.need))}$`) }),
};

/** The partner a test learner plans for the nth need: a different one each time, from the fact sheet's list. */
export function plannedPartner(block: BlockOf<'partnerBuilder'>, needPosition: number): BlockOf<'partnerBuilder'>['partners'][number] {
  return block.partners[(needPosition * 5) % block.partners.length]!;
}

export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Writes a note in a reflection and compares it with the model answer. */
export async function revealReflection(sco: Frame, block: BlockOf<'reflection'>): Promise<void> {
  const section = activityOn.reflection(sco, block);
  await section.getByRole('textbox').fill('My own thoughts, which stay on this device.');
  await section.getByRole('button', { name: 'Compare with the model answer' }).click();
  await section.getByRole('heading', { name: 'Model answer' }).waitFor();
}

async function doActivity(sco: Frame, block: BlockOf<'reflection' | 'sort' | 'scenario' | 'partnerBuilder'>): Promise<void> {
  switch (block.type) {
    case 'reflection':
      await revealReflection(sco, block);
      break;
    case 'sort': {
      const section = activityOn.sort(sco);
      for (const item of block.items) {
        const category = block.categories.find((c) => c.id === item.category)!;
        await section
          .getByRole('group', { name: text(item.text), exact: true })
          .getByLabel(text(category.label), { exact: true })
          .check();
      }
      await section.getByRole('button', { name: 'Check my sorting' }).click();
      break;
    }
    case 'scenario': {
      const section = activityOn.scenario(sco);
      for (const step of block.steps) {
        if (step.decision) {
          const best = step.decision.choices.find((c) => c.best) ?? step.decision.choices[0]!;
          await section.getByLabel(text(best.text), { exact: true }).check();
          await section.getByRole('button', { name: 'Choose' }).last().click();
        }
        const next = section.getByRole('button', { name: 'Continue' });
        if (await next.count()) await next.last().click();
      }
      break;
    }
    case 'partnerBuilder': {
      const section = activityOn.partnerBuilder(sco);
      for (const [i, need] of block.needs.entries()) {
        await activityOn
          .partnerNeed(sco, need)
          .getByLabel(text(plannedPartner(block, i).label), { exact: true })
          .check();
        if (i < block.needs.length - 1) await section.getByRole('button', { name: 'Next need' }).click();
      }
      await section.locator('.activity-status').waitFor();
      break;
    }
  }
}

export async function expectPage(sco: Frame, page: CoursePage): Promise<void> {
  await sco.getByRole('heading', { level: 1, name: page.title, exact: true }).waitFor();
}

export async function completePage(sco: Frame, page: CoursePage, practice: Practice = 'right'): Promise<void> {
  await expectPage(sco, page);
  if (page.contentNote) await sco.getByRole('button', { name: 'Read it in full' }).click();
  for (const block of page.blocks) {
    if (block.type === 'question') await practise(sco, block.question, practice);
    else if (block.type === 'quiz') {
      const quiz = course.quizzes[block.quiz]!;
      if (quiz.kind === 'checkpoint') for (const item of quiz.items) await practise(sco, item, practice);
    } else if (block.type === 'reflection' || block.type === 'sort' || block.type === 'scenario' || block.type === 'partnerBuilder') {
      await doActivity(sco, block);
    }
  }
}

/** The learner starts and finishes each page before the nth, arriving on the nth (1-based). */
export async function reachPage(sco: Frame, n: number): Promise<void> {
  await start(sco);
  for (const page of course.pages.slice(0, n - 1)) {
    await completePage(sco, page);
    await next(sco);
  }
  await expectPage(sco, course.pages[n - 1]!);
}

/** Presses "Finish and close" and waits until the course says the session has ended. */
export async function finishSession(sco: Frame): Promise<void> {
  await sco.getByRole('button', { name: 'Finish and close' }).click();
  await sco.getByText('Your session has ended').waitFor();
}

export async function next(sco: Frame): Promise<void> {
  await sco.getByRole('navigation', { name: 'Page' }).getByRole('button').last().click();
}

/** Opens the course menu and chooses the page with this title (menu entries are named "<title>, <state>"). */
export async function openFromMenu(sco: Frame, title: string): Promise<void> {
  await sco.getByRole('button', { name: 'Course menu' }).click();
  await sco
    .getByRole('navigation', { name: 'Course menu' })
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}\\s*,`) })
    .click();
  await sco.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
}

/** Presses "Start the course" (or "Resume: …"). A learner starting afresh meets the pre-test first: they skip
 *  it, unless `pretest` says how many of its items to answer right (the others wrong) before submitting. */
export async function start(sco: Frame, { pretest: how = 'skip' }: { pretest?: 'skip' | { rightCount: number } } = {}): Promise<void> {
  const button = sco.getByRole('button', { name: /^(Start the course|Resume: )/ });
  // The button's text ends with its arrow icon's white space, so it is compared trimmed.
  const fresh = (await button.textContent())?.trim() === 'Start the course';
  await button.click();
  if (fresh) await takePretest(sco, how);
}

export const pretestRows = (sco: Frame) => sco.locator('article.pretest ol.final-items > li');

/** On the pre-test: skips it, or answers it (the first `rightCount` items right) and submits; then the first page. */
export async function takePretest(sco: Frame, how: 'skip' | { rightCount: number }): Promise<Question[]> {
  await sco.getByRole('heading', { level: 1, name: pretest.title }).waitFor();
  const items = pretest.pools.flatMap((pool) => pool.items);
  const shown = await pretestRows(sco).locator('legend').allInnerTexts();
  const inOrder = shown.map((legend) => items.find((item) => legend.replace(/\s+/g, ' ').includes(stemText(item)))!);
  if (how === 'skip') {
    await sco.getByRole('button', { name: 'Skip the pre-test' }).click();
  } else {
    for (const [i, item] of inOrder.entries()) await answer(pretestRows(sco).nth(i), item, i < how.rightCount);
    await sco.getByRole('button', { name: 'Submit and start the course' }).click();
  }
  await expectPage(sco, course.pages[0]!);
  return inOrder;
}

const finalItemsByStem = new Map<string, Question>(
  Object.values(course.quizzes)
    .flatMap((quiz) => (quiz.kind === 'final' ? quiz.pools.flatMap((pool) => pool.items) : []))
    .map((item) => [stemText(item), item]),
);
const shownFinalItemRows = (sco: Frame) => sco.locator('ol.final-items > li');

/** The items of the attempt under way, in the order shown. */
export async function shownFinalItems(sco: Frame): Promise<Question[]> {
  const rows = shownFinalItemRows(sco);
  await rows.first().waitFor();
  const legends = await rows.locator('legend').allInnerTexts();
  return legends.map((text) => {
    const legend = text.replace(/\s+/g, ' ');
    const item = [...finalItemsByStem.entries()].find(([stem]) => legend.includes(stem))?.[1];
    if (!item) throw new Error(`No final item matches "${legend}"`);
    return item;
  });
}

/** Presses "Start the assessment" or "Start attempt N"; returns the drawn items in the order shown. */
export async function startFinalAttempt(sco: Frame): Promise<Question[]> {
  await sco.getByRole('button', { name: /^(Start the assessment|Start attempt \d+)$/ }).click();
  return shownFinalItems(sco);
}

/** Answers the shown items at positions [from, to): the first `rightCount` of the attempt right, the rest wrong. */
export async function answerFinalItems(
  sco: Frame,
  items: readonly Question[],
  { rightCount = Infinity, from = 0, to = items.length }: { rightCount?: number; from?: number; to?: number } = {},
): Promise<void> {
  for (let i = from; i < to; i++) await answer(shownFinalItemRows(sco).nth(i), items[i]!, i < rightCount);
}

export async function submitFinalAttempt(sco: Frame): Promise<void> {
  await sco.getByRole('button', { name: 'Submit answers' }).click();
  await sco.getByRole('heading', { name: 'Your result' }).waitFor();
}

/** Takes a final attempt with `rightCount` right answers (all by default). Returns its items, in the order shown. */
export async function takeFinalAttemptItems(sco: Frame, rightCount = Infinity): Promise<Question[]> {
  const items = await startFinalAttempt(sco);
  await answerFinalItems(sco, items, { rightCount });
  await submitFinalAttempt(sco);
  return items;
}

/** Takes a final attempt with `rightCount` right answers (all by default). Returns the number of items. */
export async function takeFinalAttempt(sco: Frame, rightCount = Infinity): Promise<number> {
  return (await takeFinalAttemptItems(sco, rightCount)).length;
}

/** From the welcome screen to the results screen, passing the final assessment (with `takeFinal`, if given). */
export async function walkCourse(
  sco: Frame,
  {
    takeFinal = takeFinalAttempt,
    pretest = 'skip',
    practice = 'right',
    afterPage,
  }: {
    takeFinal?: (sco: Frame) => Promise<unknown>;
    pretest?: 'skip' | { rightCount: number };
    practice?: Practice;
    /** Anything more the learner does on a page once it is complete, before the final assessment or Next. */
    afterPage?: (sco: Frame, page: CoursePage) => Promise<void>;
  } = {},
): Promise<void> {
  await start(sco, { pretest });
  for (const page of course.pages) {
    await completePage(sco, page, practice);
    await afterPage?.(sco, page);
    if (page.blocks.some((b) => b.type === 'quiz' && course.quizzes[b.quiz]?.kind === 'final')) await takeFinal(sco);
    await next(sco);
  }
  await sco.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await sco.getByRole('button', { name: 'Course menu' }).click();
  const states = await sco.locator('.menu-page:not(.menu-page-complete)').allTextContents();
  if (states.length > 0) throw new Error(`Pages not complete after the walk: ${states.join('; ')}`);
  await sco.getByRole('button', { name: 'Course menu' }).click();
}
