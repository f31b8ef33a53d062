// Announcements as a screen-reader user meets them: after each action of each activity, the text that enters a
// live region (what a screen reader reads out without the learner moving) and where focus lands, read from
// Chromium's accessibility tree through the DevTools protocol. One learner, in order, through the real course.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, BlockOf } from '../../src/content/schema';
import { richToText } from '../../src/content/richText';
import { shortText } from '../../src/ui/shortText';
import { openCourse, type Course } from './support';
import { focusedNode } from './support/ax-tree';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { recordAnnouncements, takeAnnouncements } from './support/live-regions';
import {
  activityOn,
  answer,
  answerFinalItems,
  course,
  openFromMenu,
  plannedPartner,
  pretest,
  shownFinalItems,
  stemStart,
  text,
} from './support/learner';

const env = useBrowserAndPreview();
let run: Course;

beforeAll(async () => {
  const context = await env.browser.newContext();
  await recordAnnouncements(context);
  run = await openCourse(env.browser, env.preview, { version: '2004', context });
});
afterAll(async () => {
  await run?.context.close();
});

/** What a screen reader has on focus: its role and name, or for an element named by nothing (a paragraph), its text. */
async function focusOf(page: Page, sco: Frame): Promise<string> {
  const node = await focusedNode(page, sco);
  if (!node) return 'nothing (the document)';
  const name = node.name || (await sco.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
  return `${node.role}: ${name}`;
}

/** Does `action`, waits until the announcements settle, and returns what was announced and where focus is. */
async function after(
  action: () => Promise<unknown>,
  settle: (said: string[]) => boolean = (said) => said.length > 0,
): Promise<{ said: string[]; focus: string }> {
  await takeAnnouncements(run.sco);
  await action();
  const said: string[] = [];
  await expect
    .poll(
      async () => {
        said.push(...(await takeAnnouncements(run.sco)));
        return settle(said);
      },
      { timeout: 5000 },
    )
    .toBe(true);
  // A short pause: anything announced just after what was awaited is counted too.
  await new Promise((resolve) => setTimeout(resolve, 300));
  said.push(...(await takeAnnouncements(run.sco)));
  return { said, focus: await focusOf(run.page, run.sco) };
}
const nothingMore = () => true;

/** Opens a page from the menu and waits until its arrival is announced, so that what the next action announces is
 *  its own (the arrival is announced after the page is drawn, and could otherwise fall into the next count). */
async function arriveFromMenu(sco: Frame, title: string): Promise<void> {
  await openFromMenu(sco, title);
  await expect.poll(() => takeAnnouncements(sco)).toContain(`${title}.`);
}

const pageWith = <T extends Block['type']>(type: T) => {
  const page = course.pages.find((p) => p.blocks.some((b) => b.type === type))!;
  return { page, block: page.blocks.find((b) => b.type === type) as BlockOf<T> };
};

describe('announcements and focus, action by action', () => {
  it('launch, start, the pre-test skipped, menu and Escape', async () => {
    const sco = run.sco;
    await sco.getByRole('heading', { level: 1, name: course.title }).waitFor();
    await expect.poll(() => takeAnnouncements(sco)).toEqual([`${course.title}. Welcome.`]);
    expect(await focusOf(run.page, sco)).toBe('nothing (the document)');
    expect(await after(() => sco.getByRole('button', { name: 'Start the course' }).click())).toEqual({
      said: [`${pretest.title}.`],
      focus: `heading: ${pretest.title}`,
    });
    expect(
      await after(
        () => sco.getByRole('button', { name: 'Skip the pre-test' }).click(),
        (said) => said.length >= 2,
      ),
    ).toEqual({
      said: ['Pre-test skipped.', `${course.pages[0]!.title}.`],
      focus: `heading: ${course.pages[0]!.title}`,
    });
    expect(await after(() => sco.getByRole('button', { name: 'Course menu' }).click(), nothingMore)).toEqual({
      said: [],
      focus: 'button: Course menu',
    });
    expect(await after(() => run.page.keyboard.press('Escape'), nothingMore)).toEqual({ said: [], focus: 'button: Course menu' });
  });

  it('a knowledge check: no answer, a wrong one, the right one', async () => {
    const sco = run.sco;
    const { page, block } = pageWith('question');
    await arriveFromMenu(sco, page.title);
    const question = block.question;
    const container = sco.locator('section.question').filter({ hasText: stemStart(question) });
    const check = container.getByRole('button', { name: /^Check answer/ });
    const checkName = `button: Check answer: ${shortText(richToText(question.stem))}`;
    expect(await after(() => check.click())).toEqual({
      said: [question.kind === 'matching' ? 'Choose a match for every item first.' : 'Choose an answer first.'],
      focus: checkName,
    });
    await answer(container, question, false);
    expect(await after(() => check.click())).toEqual({ said: ['Not quite. Feedback follows the question.'], focus: checkName });
    await answer(container, question, true);
    expect(await after(() => check.click())).toEqual({ said: ['Correct. Feedback follows the question.'], focus: checkName });
  });

  it('a reflection: the model answer revealed', async () => {
    const sco = run.sco;
    const { page, block } = pageWith('reflection');
    await arriveFromMenu(sco, page.title);
    const section = activityOn.reflection(sco, block);
    await section.getByRole('textbox').fill('My own thoughts.');
    expect(await after(() => section.getByRole('button', { name: /^Compare with the model answer/ }).click())).toEqual({
      said: ['Model answer shown below your notes.'],
      focus: 'heading: Model answer',
    });
  });

  it('the sorting activity: checked before sorting, with one wrong, all right', async () => {
    const sco = run.sco;
    const { page, block } = pageWith('sort');
    await arriveFromMenu(sco, page.title);
    const section = activityOn.sort(sco);
    const check = section.getByRole('button', { name: 'Check my sorting' });
    expect(await after(() => check.click())).toEqual({
      said: [`Choose a category for every item first. ${block.items.length} items are not sorted yet.`],
      focus: 'button: Check my sorting',
    });
    for (const [i, item] of block.items.entries()) {
      const category = block.categories.find((c) => (i === 0 ? c.id !== item.category : c.id === item.category))!;
      await section
        .getByRole('group', { name: text(item.text), exact: true })
        .getByLabel(text(category.label), { exact: true })
        .check();
    }
    expect(await after(() => check.click())).toEqual({
      said: [
        `${block.items.length - 1} of ${block.items.length} sorted correctly. Feedback follows each item; change any item and check again.`,
      ],
      focus: 'button: Check my sorting',
    });
    const first = block.items[0]!;
    await section
      .getByRole('group', { name: text(first.text), exact: true })
      .getByLabel(text(block.categories.find((c) => c.id === first.category)!.label), { exact: true })
      .check();
    expect(await after(() => check.click())).toEqual({
      said: [`${block.items.length} of ${block.items.length} sorted correctly. Well done.`],
      focus: 'button: Check my sorting',
    });
  });

  it('the scenario: its content note, a decision with nothing chosen, a choice, and the next step', async () => {
    const sco = run.sco;
    const { page, block } = pageWith('scenario');
    await arriveFromMenu(sco, page.title);
    if (page.contentNote) {
      expect(await after(() => sco.getByRole('button', { name: 'Read it in full' }).click(), nothingMore)).toEqual({
        said: [],
        focus: `heading: ${page.title}`,
      });
    }
    const section = activityOn.scenario(sco);
    const firstDecision = block.steps.findIndex((s) => s.decision);
    for (let i = 0; i < firstDecision; i++) {
      expect(
        await after(
          () =>
            section
              .getByRole('button', { name: /^Continue/ })
              .last()
              .click(),
          nothingMore,
        ),
      ).toEqual({ said: [], focus: `heading: Step ${i + 2} of ${block.steps.length}` });
    }
    const step = block.steps[firstDecision]!;
    const choose = section.getByRole('button', { name: /^Choose/ }).last();
    // Named by its step, so the Choose buttons of several steps are told apart.
    const chooseName = `button: Choose Step ${firstDecision + 1} of ${block.steps.length}`;
    const nothing = await after(() => choose.click());
    expect(nothing.said).toHaveLength(1);
    // The step's heading is set in capitals on screen, and Chromium names the button with the text as shown.
    expect(nothing.focus.toLowerCase()).toBe(chooseName.toLowerCase());
    const other = step.decision!.choices.find((c) => !c.best)!;
    await section.getByLabel(text(other.text), { exact: true }).check();
    const chosen = await after(() => choose.click());
    expect(chosen.said).toEqual([
      expect.stringMatching(/^This is not the approach the case took\. What happens next follows your choice\./),
    ]);
    expect(chosen.focus.toLowerCase()).toBe(chooseName.toLowerCase());
  });

  it('the partner builder: the next need, and the plan finished', async () => {
    const sco = run.sco;
    const { page, block } = pageWith('partnerBuilder');
    await arriveFromMenu(sco, page.title);
    const section = activityOn.partnerBuilder(sco);
    await activityOn
      .partnerNeed(sco, block.needs[0]!)
      .getByLabel(text(plannedPartner(block, 0).label), { exact: true })
      .check();
    // The next need's list comes: focus on its first partner, inside the group named by the need.
    const moved = await after(() => section.getByRole('button', { name: 'Next need' }).click(), nothingMore);
    expect(moved).toEqual({ said: [], focus: `checkbox: ${text(block.partners[0]!.label)}` });
    expect(
      await sco.evaluate(() =>
        document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    ).toBe(`Need 2 of ${block.needs.length}: ${text(block.needs[1]!.need)}`);
    expect(await after(() => section.getByRole('button', { name: 'I am done planning' }).click())).toEqual({
      said: ['Your plan is saved on this device. You will find it again in your action plan.'],
      focus: 'button: I am done planning',
    });
  });

  it('the final assessment: start, submit with questions unanswered, submit, the result', async () => {
    const sco = run.sco;
    const finalPage = course.pages.find((p) => p.blocks.some((b) => b.type === 'quiz' && course.quizzes[b.quiz]?.kind === 'final'))!;
    await arriveFromMenu(sco, finalPage.title);
    const started = await after(() => sco.getByRole('button', { name: 'Start the assessment' }).click());
    expect(started.said).toEqual(['Attempt 1 started.']);
    expect(started.focus).toMatch(/^paragraph: Attempt 1 of \d+\. \d+ questions\. Your answers are saved as you go\.$/);
    const items = await shownFinalItems(sco);
    const submit = sco.getByRole('button', { name: 'Submit answers' });
    expect(await after(() => submit.click())).toEqual({
      said: [`Warning: ${items.length} questions are not answered and will count as wrong. Press “Submit answers” again to submit anyway.`],
      focus: 'button: Submit answers',
    });
    await answerFinalItems(sco, items);
    expect(await after(() => submit.click())).toEqual({ said: ['Answers submitted. Your results follow.'], focus: 'heading: Your result' });
  });

  it('the results: finishing the session', async () => {
    const sco = run.sco;
    await sco.getByRole('button', { name: 'Course menu' }).click();
    expect(await after(() => sco.getByRole('button', { name: 'Your results' }).click())).toEqual({
      said: ['Your results.'],
      focus: 'heading: Your results',
    });
    const finished = await after(() => sco.getByRole('button', { name: 'Finish and close' }).click(), nothingMore);
    expect(finished.focus).toBe(
      'status: Your session has ended and your progress is saved. Your learning system should now close the course. If it stays open, use your learning system’s own link back to the course page, or close this tab or window.',
    );
  });
});
