// WCAG 2.2 AA in a real browser: the built SCORM 2004 package in the preview LMS, in Chromium, walked by a learner
// who stops at every view and every state a learner can reach and has it checked there by two engines, axe-core
// (WCAG 2.0/2.1/2.2 A and AA rules) and IBM Equal Access (its IBM_Accessibility rule set), and by probes for
// heading structure, links that open a new window, controls a screen reader would list under one name, nothing
// to drag; and once each page is done, target sizes, control borders, reflow at 320 CSS px, text at 200% and WCAG
// text spacing. The grant report page (dist/report/index.html) is walked too.
// Also: focus and announcements on page change, feedback announced, print styles, reduced motion, every notice
// (no LMS, refused, saving failed and saved again, unreadable record), the plain web build, and SCORM 1.2.
// docs/accessibility.md is the conformance report these tests back.
//
// The tests in "the course, walked once" share one learner, in order: each goes on from where the last stopped.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame, Locator } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoursePage } from '../../src/content/course';
import type { BlockOf, Question } from '../../src/content/schema';
import { indexCourse } from '../../src/core/courseIndex';
import { CourseSession } from '../../src/core/session';
import { takeFinal, visitEverything } from '../support/driveSession';
import { repoRoot } from '../support/fixtures';
import { immediateClock, MemoryTracker } from '../support/memoryTracker';
import { openCourse, type Course } from './support';
import { sameNamedControls } from './support/ax-tree';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { EQUAL_ACCESS_FALSE_POSITIVES, EQUAL_ACCESS_POLICY, equalAccessViolations } from './support/equal-access';
import { sizeFrame } from './support/frame-size';
import {
  axeViolations,
  clippedText,
  draggables,
  headingProblems,
  horizontalOverflow,
  movingElements,
  setTextSpacing,
  smallTargets,
  unannouncedNewWindowLinks,
  weakControlBorders,
} from './support/axe';
import {
  activityOn,
  answer,
  course,
  expectPage,
  finishSession,
  plannedPartner,
  pretest,
  revealReflection,
  shownFinalItems,
  stemStart,
  takePretest,
  text,
} from './support/learner';

const env = useBrowserAndPreview();
afterAll(() => {
  console.log(
    `accessibility: axe-core (${['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'].join(', ')}) and IBM Equal Access (${EQUAL_ACCESS_POLICY}; false positives allowed: ${
      Object.entries(EQUAL_ACCESS_FALSE_POSITIVES)
        .map(([rule, { reason }]) => `${rule}, ${reason}`)
        .join('; ') || 'none'
    }) checked ${checked.length} views and states; ${layoutChecked} views checked for reflow, 200% text, text spacing, target size and borders`,
  );
});

const finalPage = course.pages.find((p) => p.blocks.some((b) => b.type === 'quiz' && course.quizzes[b.quiz]?.kind === 'final'))!;

/** Every view or state axe-core checked, by name, and how many views had their layout checked. */
const checked: string[] = [];
let layoutChecked = 0;

/** axe-core, IBM Equal Access, heading structure, new-window links, same-named controls and nothing to drag, in
 *  the state the frame is in now. */
async function checkState(sco: Frame, state: string, { h1InMain = true } = {}): Promise<void> {
  const problems = [
    ...(await axeViolations(sco)),
    ...(await equalAccessViolations(sco)).map((v) => `IBM: ${v}`),
    ...(await sameNamedControls(sco.page(), sco)).map((d) => `same name: ${d}`),
    ...(await headingProblems(sco, { h1InMain })),
    ...(await unannouncedNewWindowLinks(sco)),
    ...(await draggables(sco)),
  ];
  checked.push(state);
  expect.soft(problems, state).toEqual([]);
}

/** Target size and control borders on a wide screen; reflow at 320 CSS px; text at 200% on a 1280 px screen;
 *  WCAG 1.4.12 text spacing on a 1280 px screen. */
async function checkLayout(run: Course, state: string): Promise<void> {
  const sco = run.sco;
  const problems = [...(await smallTargets(sco)), ...(await weakControlBorders(sco))];
  await sizeFrame(run.page, 320, 640);
  problems.push(
    ...(await horizontalOverflow(sco)).map((p) => `at 320px: ${p}`),
    ...(await clippedText(sco)).map((p) => `at 320px, clipped: ${p}`),
  );
  await sizeFrame(run.page, 1280, 800);
  await sco.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  problems.push(
    ...(await horizontalOverflow(sco)).map((p) => `text at 200%: ${p}`),
    ...(await clippedText(sco)).map((p) => `text at 200%, clipped: ${p}`),
  );
  const heading = await sco.evaluate(() => {
    const h1 = document.querySelector('h1')!.getBoundingClientRect();
    return {
      left: h1.left,
      right: h1.right,
      height: h1.height,
      fontSize: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
    };
  });
  if (heading.left < 0 || heading.right > 1280 || heading.fontSize < 50)
    problems.push(`text at 200%: the h1 is not shown whole at double size (${JSON.stringify(heading)})`);
  await sco.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  await setTextSpacing(sco, true);
  problems.push(
    ...(await horizontalOverflow(sco)).map((p) => `text spacing: ${p}`),
    ...(await clippedText(sco)).map((p) => `text spacing, clipped: ${p}`),
  );
  await setTextSpacing(sco, false);
  layoutChecked++;
  expect.soft(problems, state).toEqual([]);
}

// Focus moves and live-region text are set in effects after the render a click causes, so the tests poll them.
const liveText = async (sco: Frame) =>
  ((await sco.locator('.visually-hidden[aria-live]').textContent()) ?? '').replace(/\u00a0/g, '').trim();

/** On arrival: focus on the new h1 (at launch, focus left at the top of the document, where reading starts), the
 *  view named in the document's title and announced in the live region. */
async function expectArrival(
  sco: Frame,
  heading: string,
  { named = heading, announced = `${heading}.`, atLaunch = false } = {},
): Promise<void> {
  await sco.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  if (atLaunch) expect(await sco.evaluate(() => document.activeElement === document.body)).toBe(true);
  else
    await sco.waitForFunction((t) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === t, heading, {
      timeout: 5000,
    });
  expect(await sco.evaluate(() => document.title)).toBe(`${named} – ${course.title}`);
  await expect.poll(() => liveText(sco)).toBe(announced);
}

const focusedText = (sco: Frame) => sco.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function practiseChecked(sco: Frame, question: Question, state: string): Promise<void> {
  const container = sco.locator('section.question').filter({ hasText: stemStart(question) });
  const check = container.getByRole('button', { name: 'Check answer' });
  if (!checked.some((name) => name.includes('checked with no answer'))) {
    await check.click();
    await container.getByRole('alert').waitFor();
    await checkState(sco, `${state}: checked with no answer (hint)`);
  }
  await answer(container, question, false);
  await check.click();
  await container.locator('.feedback-verdict', { hasText: 'Not quite.' }).waitFor();
  await expect.poll(() => liveText(sco)).toBe('Not quite. Feedback follows the question.');
  await checkState(sco, `${state}: answered wrong, feedback shown`);
  await answer(container, question, true);
  await check.click();
  await container.locator('.feedback-verdict', { hasText: 'Correct.' }).waitFor();
  await expect.poll(() => liveText(sco)).toBe('Correct. Feedback follows the question.');
  await checkState(sco, `${state}: answered right, feedback shown`);
}

async function activityChecked(
  sco: Frame,
  block: BlockOf<'reflection' | 'sort' | 'scenario' | 'partnerBuilder' | 'actionPlan'>,
  state: string,
  run: Course,
): Promise<void> {
  switch (block.type) {
    case 'reflection': {
      await revealReflection(sco, block);
      await expect.poll(() => focusedText(sco)).toBe('Model answer');
      await checkState(sco, `${state}: reflection, model answer revealed`);
      break;
    }
    case 'sort': {
      const section = activityOn.sort(sco);
      const checkButton = section.getByRole('button', { name: 'Check my sorting' });
      await checkButton.click();
      await section.getByRole('alert').waitFor();
      await checkState(sco, `${state}: sort, checked before sorting (hint)`);
      for (const [i, item] of block.items.entries()) {
        const category = block.categories.find((c) => (i === 0 ? c.id !== item.category : c.id === item.category))!;
        await section
          .getByRole('group', { name: text(item.text), exact: true })
          .getByLabel(text(category.label), { exact: true })
          .check();
      }
      await checkButton.click();
      await section.locator('.activity-summary').waitFor();
      await expect.poll(() => liveText(sco)).toMatch(/sorted correctly/);
      await checkState(sco, `${state}: sort, checked with one wrong`);
      const first = block.items[0]!;
      const right = block.categories.find((c) => c.id === first.category)!;
      await section
        .getByRole('group', { name: text(first.text), exact: true })
        .getByLabel(text(right.label), { exact: true })
        .check();
      await checkButton.click();
      await checkState(sco, `${state}: sort, checked all right`);
      break;
    }
    case 'scenario': {
      const section = activityOn.scenario(sco);
      for (const [i, step] of block.steps.entries()) {
        if (step.decision) {
          const choose = section.getByRole('button', { name: 'Choose' }).last();
          await choose.click();
          // Each step shown has its alert region; the one that speaks is this step's.
          await section.getByRole('alert').filter({ hasText: 'Choose one of the options first.' }).waitFor();
          await checkState(sco, `${state}: scenario step ${i + 1}, chose nothing (hint)`);
          const other = step.decision.choices.find((c) => !c.best);
          if (other) {
            await section.getByLabel(text(other.text), { exact: true }).check();
            await choose.click();
            await checkState(sco, `${state}: scenario step ${i + 1}, another choice and its consequence`);
          }
          const best = step.decision.choices.find((c) => c.best) ?? step.decision.choices[0]!;
          await section.getByLabel(text(best.text), { exact: true }).check();
          await choose.click();
          await checkState(sco, `${state}: scenario step ${i + 1}, the case's choice and its consequence`);
        }
        const next = section.getByRole('button', { name: 'Continue' });
        if (await next.count()) {
          await next.last().click();
          await expect.poll(() => focusedText(sco)).toBe(`Step ${i + 2} of ${block.steps.length}`);
          await checkState(sco, `${state}: scenario step ${i + 2} shown`);
        }
      }
      await section.locator('.activity-status').waitFor();
      break;
    }
    case 'partnerBuilder': {
      const section = activityOn.partnerBuilder(sco);
      for (const [i, need] of block.needs.entries()) {
        const needBox = activityOn.partnerNeed(sco, need);
        await needBox.getByLabel(text(plannedPartner(block, i).label), { exact: true }).check();
        if (i === 0) await checkState(sco, `${state}: partner builder, first need planned`);
        if (i < block.needs.length - 1) {
          await section.getByRole('button', { name: 'Next need' }).click();
          // Focus goes to the next need's first partner.
          await expect
            .poll(() => sco.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
            .toBe(block.partners[0]!.id);
        }
      }
      await section.locator('.activity-status').waitFor();
      await checkState(sco, `${state}: partner builder, every need planned`);
      break;
    }
    case 'actionPlan': {
      const section = sco.locator('section.action-plan').first();
      const fields = section.getByRole('textbox');
      for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill(`Step ${i + 1} of my plan.`);
      await checkState(sco, `${state}: action plan typed`);
      await expectPrintsAlone(run, section.getByRole('button', { name: 'Print my plan' }), 'action-plan-printout', 'Step 1 of my plan.');
      break;
    }
  }
}

/** "Print" shows only its printout on paper (print media), and the page prints as usual once printing ends. */
async function expectPrintsAlone(run: Course, button: Locator, printout: string, expectedText: string): Promise<void> {
  const sco = run.sco;
  // The real print dialog would block the page; what is checked here is what the print CSS shows.
  await sco.evaluate(() => {
    window.print = () => undefined;
  });
  await button.click();
  await run.page.emulateMedia({ media: 'print' });
  const shown = await sco.evaluate((cls) => {
    const alone = document.querySelector(`.print-alone.${cls}`)!;
    const withText = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
      (el) => el.checkVisibility() && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
    );
    return {
      printout: alone.checkVisibility() ? (alone as HTMLElement).innerText : null,
      outside: withText
        .filter((el) => !alone.contains(el))
        .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent.trim().slice(0, 40)}`),
    };
  }, printout);
  expect(shown.outside, `${printout}: only the printout prints`).toEqual([]);
  expect(shown.printout).toContain(expectedText);
  await sco.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const afterwards = await sco.evaluate(
    (cls) => ({
      printoutShown: document.querySelector(`.print-alone.${cls}`)!.checkVisibility(),
      mainShown: document.querySelector('main')!.checkVisibility(),
      headerShown: document.querySelector('.course-header')!.checkVisibility(),
    }),
    printout,
  );
  // Printed any other way (Ctrl+P), the page prints without the course's header and menu, and without printouts.
  expect(afterwards).toEqual({ printoutShown: false, mainShown: true, headerShown: false });
  await run.page.emulateMedia({ media: 'screen' });
}

async function pageChecked(run: Course, page: CoursePage): Promise<void> {
  const sco = run.sco;
  const state = page.id;
  if (page.contentNote) {
    await checkState(sco, `${state}: content note shown`);
    if (page.blocks.some((b) => b.type === 'scenario')) {
      await sco.getByRole('button', { name: 'Skip the details' }).click();
      await sco.locator('.details-skipped').waitFor();
      await expect.poll(() => focusedText(sco)).toBe(page.title);
      await checkState(sco, `${state}: content note, details skipped`);
      await sco.getByRole('button', { name: 'Show the full text' }).click();
    } else {
      await sco.getByRole('button', { name: 'Read it in full' }).click();
    }
    await sco.locator('.content-note').waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(sco)).toBe(page.title);
    await checkState(sco, `${state}: content note dismissed, full text`);
  }
  for (const [i, block] of page.blocks.entries()) {
    if (block.type === 'question') await practiseChecked(sco, block.question, `${state}: question`);
    else if (block.type === 'quiz') {
      const quiz = course.quizzes[block.quiz]!;
      if (quiz.kind === 'checkpoint')
        for (const [n, item] of quiz.items.entries()) await practiseChecked(sco, item, `${state}: checkpoint item ${n + 1}`);
      else await finalChecked(run);
    } else if (
      block.type === 'reflection' ||
      block.type === 'sort' ||
      block.type === 'scenario' ||
      block.type === 'partnerBuilder' ||
      block.type === 'actionPlan'
    ) {
      await activityChecked(sco, block, `${state}: block ${i + 1}`, run);
    } else if (block.type === 'accordion' || block.type === 'tabs' || block.type === 'revealCards') {
      await disclosureChecked(sco, block, `${state}: block ${i + 1}`);
    }
  }
}

/** The blocks that show part of their content at a time, with every part shown: each accordion part open, each
 *  tab selected in turn, every card revealed. (Process and diagram blocks show everything on arrival.) */
async function disclosureChecked(sco: Frame, block: BlockOf<'accordion' | 'tabs' | 'revealCards'>, state: string): Promise<void> {
  switch (block.type) {
    case 'accordion': {
      const section = sco.locator('section.accordion').filter({ hasText: text(block.items[0]!.title) });
      for (const summary of await section.locator('summary').all()) await summary.click();
      await checkState(sco, `${state}: accordion, every part open`);
      break;
    }
    case 'tabs': {
      const section = sco.locator('section.tabs').filter({ has: sco.getByRole('tab', { name: block.tabs[0]!.label, exact: true }) });
      for (const tab of block.tabs.slice(1)) {
        await section.getByRole('tab', { name: tab.label, exact: true }).click();
        await checkState(sco, `${state}: tabs, "${tab.label}" selected`);
      }
      break;
    }
    case 'revealCards': {
      const section = sco.locator('section.reveal-cards').filter({ hasText: text(block.cards[0]!.front) });
      // Every card starts closed; each press opens one.
      for (const button of await section.locator('.reveal-card-front button').all()) await button.click();
      await checkState(sco, `${state}: reveal cards, every card revealed`);
      break;
    }
  }
}

async function finalChecked(run: Course): Promise<void> {
  const sco = run.sco;
  await expect(sco.locator('section.final').innerText()).resolves.toContain('There is no time limit.');
  await sco.getByRole('button', { name: 'Start the assessment' }).click();
  const items = await shownFinalItems(sco);
  await expect.poll(() => focusedText(sco)).toMatch(/^Attempt 1 of \d+\./);
  await checkState(sco, 'final assessment: attempt 1 in progress');
  await sco.getByRole('button', { name: 'Submit answers' }).click();
  await sco.locator('section.final [role="alert"]').waitFor();
  await checkState(sco, 'final assessment: submitted with questions unanswered (warning)');
  for (const [i, item] of items.entries()) await answer(sco.locator('ol.final-items > li').nth(i), item, false);
  await sco.getByRole('button', { name: 'Submit answers' }).click();
  await sco.getByRole('heading', { name: 'Your result' }).waitFor();
  await expect.poll(() => focusedText(sco)).toBe('Your result');
  await expect.poll(() => liveText(sco)).toBe('Answers submitted. Your results follow.');
  await checkState(sco, 'final assessment: failed, with the parts to review and feedback on each question');
  await checkLayout(run, 'final assessment: failed');
  await sco.getByRole('button', { name: 'Start attempt 2' }).click();
  const second = await shownFinalItems(sco);
  for (const [i, item] of second.entries()) await answer(sco.locator('ol.final-items > li').nth(i), item, true);
  await checkState(sco, 'final assessment: attempt 2 answered, before submitting');
  await sco.getByRole('button', { name: 'Submit answers' }).click();
  await sco.getByText('You passed.').waitFor();
  await checkState(sco, 'final assessment: passed, with feedback on each question');
}

const nextButton = (sco: Frame) => sco.getByRole('navigation', { name: 'Page' }).getByRole('button').last();
const menuToggle = (sco: Frame) => sco.getByRole('button', { name: 'Course menu' });

describe('the course, walked once (SCORM 2004)', () => {
  let run: Course;

  it('welcome, role question, menu and results before starting', async () => {
    run = await openCourse(env.browser, env.preview, { version: '2004' });
    await run.page.setViewportSize({ width: 1400, height: 1000 });
    await sizeFrame(run.page, 1280, 800);
    const sco = run.sco;
    // The welcome view is named "Welcome" in the title and announced with the course's name.
    await expectArrival(sco, course.title, { named: 'Welcome', announced: `${course.title}. Welcome.`, atLaunch: true });
    expect(await sco.evaluate(() => document.documentElement.lang)).toMatch(/^en\b/);
    expect(await sco.locator('meta[http-equiv="refresh" i]').count()).toBe(0);
    await checkState(sco, 'welcome');
    await checkLayout(run, 'welcome');
    await sco.locator('.intake select').selectOption({ index: 2 });
    await checkState(sco, 'welcome: role chosen');

    await menuToggle(sco).click();
    await checkState(sco, 'course menu open (welcome)');
    await checkLayout(run, 'course menu open (welcome)');
    await sco.getByRole('button', { name: 'Your results' }).click();
    await expectArrival(sco, 'Your results');
    await checkState(sco, 'results: nothing done yet, no certificate');
    await sco.getByRole('button', { name: 'Back to the course' }).click();
    await expectArrival(sco, course.pages[0]!.title);
  });

  it('every page, in every state a learner reaches (content notes, questions, activities, checkpoints, final assessment)', async () => {
    const sco = run.sco;
    for (const [i, page] of course.pages.entries()) {
      await expectArrival(sco, page.title);
      await checkState(sco, `${page.id}: arrived`);
      await pageChecked(run, page);
      await checkLayout(run, `${page.id}: done`);
      if (i === 10) {
        // The menu on a narrow screen, on a page in the middle of the course.
        await menuToggle(sco).click();
        await checkState(sco, `course menu open (${page.id})`);
        await checkLayout(run, `course menu open (${page.id})`);
        await menuToggle(sco).click();
      }
      await nextButton(sco).click();
    }
    await expectArrival(sco, 'Your results');
  }, 900_000);

  it('results with the certificate (name from the LMS), printing it alone, and the end of the session', async () => {
    const sco = run.sco;
    expect(await sco.locator('main .certificate-name').textContent()).toBe('Preview Learner');
    await checkState(sco, 'results: passed, certificate');
    await checkLayout(run, 'results: passed, certificate');
    await expectPrintsAlone(run, sco.getByRole('button', { name: /^Print the certificate/ }), 'certificate-printout', 'Preview Learner');
    await finishSession(sco);
    await expect.poll(() => focusedText(sco)).toMatch(/^Your session has ended/);
    await checkState(sco, 'results: session ended');
  });

  it('respects prefers-reduced-motion: nothing animates or transitions', async () => {
    await run.page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await movingElements(run.sco)).toEqual([]);
    await run.page.emulateMedia({ reducedMotion: null });
    await run.context.close();
  });
});

describe('the pre-test and the evaluation (SCORM 2004)', () => {
  it('the pre-test: shown, answered, submitted', async () => {
    const run = await openCourse(env.browser, env.preview, { version: '2004' });
    await run.page.setViewportSize({ width: 1400, height: 1000 });
    await sizeFrame(run.page, 1280, 800);
    const sco = run.sco;
    await sco.getByRole('button', { name: 'Start the course' }).click();
    await expectArrival(sco, pretest.title);
    await checkState(sco, 'pre-test: shown');
    await checkLayout(run, 'pre-test: shown');
    await takePretest(sco, { rightCount: 2 });
    await expectArrival(sco, course.pages[0]!.title);
    await checkState(sco, 'pre-test: submitted, first page');
    await run.context.close();
  });

  it('the evaluation: offered on the results, shown, sent with nothing chosen (hint), sent, thanked', async () => {
    // A learner who did everything and passed in an earlier session.
    const index = indexCourse(course);
    const tracker = new MemoryTracker();
    const session = new CourseSession(index, tracker, immediateClock, () => new MemoryTracker());
    session.start();
    visitEverything(session, index);
    takeFinal(session, index, 1);
    session.flush();
    const suspendData = tracker.last!.suspendData;
    const run = await openCourse(env.browser, env.preview, {
      version: '2004',
      preload: {
        'cmi.completion_status': 'completed',
        'cmi.success_status': 'passed',
        'cmi.exit': 'suspend',
        'cmi.suspend_data': suspendData,
      },
    });
    await run.page.setViewportSize({ width: 1400, height: 1000 });
    await sizeFrame(run.page, 1280, 800);
    const sco = run.sco;
    await menuToggle(sco).click();
    await sco.getByRole('button', { name: 'Your results' }).click();
    await expectArrival(sco, 'Your results');
    await checkState(sco, 'results: scores by objective, evaluation offered');
    await sco.getByRole('button', { name: 'Evaluate the course' }).click();
    const form = course.evaluation!;
    await expectArrival(sco, form.title);
    await checkState(sco, 'evaluation: shown');
    await checkLayout(run, 'evaluation: shown');
    await sco.getByRole('button', { name: 'Send my answers' }).click();
    await sco.getByRole('alert').waitFor();
    await checkState(sco, 'evaluation: sent with nothing chosen (hint)');
    for (const item of form.items)
      await sco.getByRole('group', { name: item.statement }).getByLabel(form.scale[3]!, { exact: true }).check();
    await sco.getByRole('button', { name: 'Send my answers' }).click();
    await sco.locator('article.evaluation [role="status"]').waitFor();
    await expect.poll(() => focusedText(sco)).toBe(form.title);
    await checkState(sco, 'evaluation: sent, thanked');
    await run.context.close();
  });
});

describe('notices', () => {
  it('no LMS (noApi), LMS refused, saving failed and saved again, unreadable saved progress: each passes axe', async () => {
    const noApi = await openCourse(env.browser, env.preview, { version: '2004', faults: { noApi: true } });
    let sco = noApi.sco;
    await sco.getByText('not connected to a learning system').waitFor();
    await checkState(sco, 'notice: no LMS (noApi fault)');
    await sco.getByRole('button', { name: /^Dismiss/ }).click();
    await expect.poll(() => focusedText(sco)).toBe(course.title);
    await checkState(sco, 'notice dismissed');
    await noApi.context.close();

    const refused = await openCourse(env.browser, env.preview, { version: '2004', faults: { initialize: 'false' } });
    await refused.sco.getByText('did not accept the connection').waitFor();
    await checkState(refused.sco, 'notice: LMS refused the connection');
    await refused.context.close();

    // The first save (at launch) and its first retry fail: the learner is told; the next retry works.
    const flaky = await openCourse(env.browser, env.preview, { version: '2004', faults: { commit: 'false', commitFailures: 2 } });
    sco = flaky.sco;
    await sco.getByRole('alert').filter({ hasText: 'not being saved right now' }).waitFor({ timeout: 15_000 });
    await checkState(sco, 'notice: saving failed (alert)');
    await sco.getByText('being saved again').waitFor({ timeout: 15_000 });
    await checkState(sco, 'notice: saved again');
    await flaky.context.close();

    const garbled = await openCourse(env.browser, env.preview, {
      version: '2004',
      preload: { 'cmi.suspend_data': 'not a saved state', 'cmi.exit': 'suspend', 'cmi.completion_status': 'incomplete' },
    });
    await garbled.sco.getByText('could not be read').waitFor();
    await checkState(garbled.sco, 'notice: saved progress could not be read');
    await garbled.context.close();
  });
});

describe('the plain web build (no LMS)', () => {
  it('welcome with the device-only notice, and a certificate that asks for the name, print it alone', async () => {
    // A learner who passed earlier on this device: the record the web build keeps in localStorage.
    const index = indexCourse(course);
    const tracker = new MemoryTracker();
    const session = new CourseSession(index, tracker, immediateClock, () => new MemoryTracker());
    session.start();
    visitEverything(session, index);
    takeFinal(session, index, 1);
    session.dispatch({ type: 'go', pageId: finalPage.id });
    session.flush();
    const report = tracker.last!;
    const stored = JSON.stringify({
      suspendData: report.suspendData,
      completion: report.completion,
      success: report.success,
      scorePercent: report.scorePercent,
    });

    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const url = pathToFileURL(resolve(repoRoot, 'dist/web/index.html')).href;
    // Stored before the course starts (a reload would let the course save over it on the way out).
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [`course-progress:${course.id}`, stored] as const);
    await page.goto(url);
    const frame = page.mainFrame();
    await frame.getByRole('button', { name: `Resume: ${finalPage.title}` }).waitFor();
    await frame.getByText('not connected to a learning system').waitFor();
    await checkState(frame, 'web build: welcome with the device-only notice, resume');

    await menuToggle(frame).click();
    await frame.getByRole('button', { name: 'Your results' }).click();
    await expectArrival(frame, 'Your results');
    const nameField = frame.getByLabel('Your name, as it should appear on the certificate');
    await checkState(frame, 'web build: results, certificate asking for a name');
    await nameField.fill('Alex Example');
    await checkState(frame, 'web build: certificate with the typed name');
    const webRun = { page, context, sco: frame } as unknown as Course;
    await expectPrintsAlone(webRun, frame.getByRole('button', { name: /^Print the certificate/ }), 'certificate-printout', 'Alex Example');
    await context.close();
  });
});

describe('the grant report page (dist/report/index.html)', () => {
  const reportUrl = pathToFileURL(resolve(repoRoot, 'dist/report/index.html')).href;
  const moodle = (name: string) => resolve(repoRoot, 'tests/fixtures/lms-exports/moodle-5.0.6', name);
  // The report's h1 heads its banner (program and grant number), above the steps in main.
  const reportPage = { h1InMain: false };

  it('empty, with Moodle downloads and xAPI statements read, and at 390 px: each passes both engines', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(reportUrl);
    const frame = page.mainFrame();
    await checkState(frame, 'report page: empty', reportPage);
    await page.getByLabel('Program name').fill('Anytown Task Force Training');
    await page.getByLabel('Grant number').fill('15POVC-24-GG-01234-HT');
    const files = page.locator('input[type=file][multiple]');
    await files.setInputFiles(
      ['scorm12_basic-tab.txt', 'scorm12_interactions.ods', 'scorm2004_basic.xlsx', 'scorm2004_interactions-tab.txt'].map(moodle),
    );
    await page.getByRole('heading', { name: /Figures for FY2027 Q1/ }).waitFor();
    await checkState(frame, 'report page: Moodle downloads read, figures shown', reportPage);
    await files.setInputFiles([resolve(repoRoot, 'tests/fixtures/reports/synthetic/xapi-statements.SYNTHETIC.json')]);
    await page.getByText('voided statements left out').waitFor();
    await checkState(frame, 'report page: knowledge gain and evaluation from xAPI statements', reportPage);
    await page.setViewportSize({ width: 390, height: 900 });
    await checkState(frame, 'report page: at 390 px', reportPage);
    await context.close();
  });
});

describe('SCORM 1.2', () => {
  it('welcome and first page pass axe (same player, other tracker)', async () => {
    const run = await openCourse(env.browser, env.preview, { version: '12' });
    const sco = run.sco;
    await sco.getByRole('heading', { level: 1, name: course.title }).waitFor();
    await checkState(sco, 'SCORM 1.2: welcome');
    await sco.getByRole('button', { name: 'Start the course' }).click();
    await sco.getByRole('heading', { level: 1, name: pretest.title }).waitFor();
    await checkState(sco, 'SCORM 1.2: pre-test');
    await sco.getByRole('button', { name: 'Skip the pre-test' }).click();
    await expectPage(sco, course.pages[0]!);
    await checkState(sco, 'SCORM 1.2: first page');
    await run.context.close();
  });
});
