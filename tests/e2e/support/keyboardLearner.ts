// A learner who uses the keyboard only: Tab and Shift+Tab to move, Enter and Space to press, arrow keys for
// radio buttons and selects, typing for text. Locators are used only to read the page (what to aim for, whether
// it has focus); nothing is clicked, checked or filled through Playwright's element actions. After every key
// press the focused element in the course frame is sampled: its focus indicator must be visible (an outline or
// box-shadow of at least 2 CSS px, 3:1 against the background behind it) and it must be on screen and not
// covered (WCAG 2.4.7, 1.4.11, and 2.2's 2.4.11).
import type { ElementHandle, Frame, Locator, Page } from 'playwright-core';
import type { CoursePage } from '../../../src/content/course';
import type { BlockOf, Question } from '../../../src/content/schema';
import { focusSample } from './axe';
import { activityOn, course, pretest, plannedPartner, pretestRows, shownFinalItems, stemStart, text } from './learner';

/** How many Tab presses may separate two stops before the target is declared unreachable. */
const MAX_TABS = 250;

export class KeyboardLearner {
  /** Every focus stop sampled in the course frame. */
  stops = 0;
  keyPresses = 0;
  /** Key presses the partner builder's plan took (one partner for every need). */
  partnerPlanPresses = 0;
  /** Focus-indicator problems, one line per element and problem. */
  readonly problems = new Set<string>();

  constructor(
    private readonly page: Page,
    private readonly frame: () => Frame,
  ) {}

  get sco(): Frame {
    return this.frame();
  }

  /** Presses one key (Tab, Shift+Tab, Enter, Space, an arrow…), then samples where focus is. Pressing a control
   *  that removes itself must not leave focus on nothing (the document body). */
  async press(key: string): Promise<void> {
    const before = await this.sco.evaluate(() => document.activeElement?.outerHTML.slice(0, 100) ?? '');
    await this.page.keyboard.press(key);
    this.keyPresses++;
    if (await this.focusLost()) {
      await this.sco.waitForTimeout(200); // let the view settle, then ask again
      if (await this.focusLost()) this.problems.add(`${key} on ${before} left focus on the document body`);
    }
    await this.sample();
  }

  private focusLost(): Promise<boolean> {
    return this.sco.evaluate(() => document.hasFocus() && (document.activeElement === null || document.activeElement === document.body));
  }

  /** Types text into the focused field, one key press per character. */
  async type(value: string): Promise<void> {
    await this.page.keyboard.type(value);
    this.keyPresses += value.length;
  }

  async sample(): Promise<void> {
    const sample = await focusSample(this.sco);
    if (!sample) return; // focus is outside the course (in the LMS page around it)
    this.stops++;
    // <main> takes focus only as the skip link's target; it is a region, not a control to operate.
    if (sample.tag === 'main') return;
    if (sample.indicatorPx < 2) this.problems.add(`${sample.element}: focus indicator ${sample.indicatorPx}px`);
    else if (sample.indicatorContrast < 3)
      this.problems.add(`${sample.element}: focus indicator contrast ${sample.indicatorContrast.toFixed(2)}:1`);
    if (!sample.inView) this.problems.add(`${sample.element}: focused but scrolled out of view`);
    else if (!sample.unobscured) this.problems.add(`${sample.element}: focused but covered by other content`);
  }

  /** Moves focus to `target` with Tab or Shift+Tab, whichever way it lies. For a radio button, any radio of its
   *  group counts: a group is one tab stop, and arrow keys move within it. */
  async focus(target: Locator, { group = false }: { group?: boolean } = {}): Promise<void> {
    const handle = (await target.elementHandle({ timeout: 5000 })) as ElementHandle<HTMLElement>;
    for (let i = 0; i < MAX_TABS; i++) {
      const where = await this.sco.evaluate(
        ([t, inGroup]) => {
          const active = document.activeElement;
          const sameGroup =
            inGroup &&
            active instanceof HTMLInputElement &&
            t instanceof HTMLInputElement &&
            active.type === 'radio' &&
            t.type === 'radio' &&
            active.name === t.name;
          if (document.hasFocus() && (active === t || sameGroup)) return 'here';
          if (!document.hasFocus() || !active || active === document.body) return 'Tab';
          return active.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING ? 'Tab' : 'Shift+Tab';
        },
        [handle, group] as const,
      );
      if (where === 'here') return;
      await this.press(where);
    }
    throw new Error(`Could not reach ${await describe(target)} with Tab and Shift+Tab`);
  }

  /** Focuses a button (or link) and presses it with Enter, or Space. */
  async activate(target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
    await this.focus(target);
    await this.press(key);
  }

  /** Selects a radio button: Tab into its group, then arrow keys (or Space when the group had none selected and
   *  focus landed on it). */
  async chooseRadio(radio: Locator): Promise<void> {
    await this.focus(radio, { group: true });
    const size = await radio.evaluate(
      (r: HTMLInputElement) => (r.form ?? r.ownerDocument).querySelectorAll(`input[type="radio"][name="${CSS.escape(r.name)}"]`).length,
    );
    for (let i = 0; i <= size; i++) {
      const { checked, focused } = await radio.evaluate((r: HTMLInputElement) => ({
        checked: r.checked,
        focused: document.activeElement === r,
      }));
      if (checked) return;
      await this.press(focused ? 'Space' : 'ArrowDown');
    }
    throw new Error(`Could not select ${await describe(radio)} with the arrow keys`);
  }

  async setCheckbox(box: Locator, checked: boolean): Promise<void> {
    if ((await box.isChecked()) === checked) return;
    await this.focus(box);
    await this.press('Space');
  }

  /** Picks an option of a closed select with the arrow keys, as on Windows and Linux. */
  async chooseOption(select: Locator, label: string): Promise<void> {
    await this.focus(select);
    const labels = await select.evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.text.trim()));
    const target = labels.indexOf(label);
    if (target < 0) throw new Error(`No option "${label}" in ${await describe(select)}`);
    for (let i = 0; i <= labels.length; i++) {
      const current = await select.evaluate((s: HTMLSelectElement) => s.selectedIndex);
      if (current === target) return;
      await this.press(current < target ? 'ArrowDown' : 'ArrowUp');
    }
    throw new Error(`Could not choose "${label}" in ${await describe(select)} with the arrow keys`);
  }

  async typeInto(field: Locator, value: string): Promise<void> {
    await this.focus(field);
    await this.type(value);
  }

  /** Waits until focus is on `target` (after a key press that moves it in script), then samples it; records a
   *  problem if it does not get there. */
  async expectFocusOn(target: Locator): Promise<void> {
    const handle = await target.elementHandle({ timeout: 5000 });
    try {
      await this.sco.waitForFunction((el) => document.activeElement === el, handle, { timeout: 5000 });
    } catch {
      // Recorded rather than thrown, so one walk reports every place where focus went astray.
      const active = await this.sco.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
      this.problems.add(`expected focus on ${await describe(target)}, but it is on ${active}`);
    }
    await this.sample();
  }
}

async function describe(target: Locator): Promise<string> {
  return target.evaluate((el) => el.outerHTML.slice(0, 120)).catch(() => String(target));
}

// ——— The course, by keyboard ———

/** Answers a question right with the keyboard, in `container` (a practice question or a final item). */
export async function answerByKeyboard(kb: KeyboardLearner, container: Locator, question: Question): Promise<void> {
  switch (question.kind) {
    case 'single':
      await kb.chooseRadio(container.getByLabel(text(question.options.find((o) => o.correct)!.text), { exact: true }));
      break;
    case 'multiple':
      for (const option of question.options) await kb.setCheckbox(container.getByLabel(text(option.text), { exact: true }), option.correct);
      break;
    case 'trueFalse':
      await kb.chooseRadio(container.getByLabel(question.answer ? 'True' : 'False', { exact: true }));
      break;
    case 'matching':
      for (const pair of question.pairs) await kb.chooseOption(container.getByLabel(text(pair.prompt), { exact: true }), text(pair.answer));
      break;
  }
}

async function practiseByKeyboard(kb: KeyboardLearner, question: Question): Promise<void> {
  const container = kb.sco.locator('section.question').filter({ hasText: stemStart(question) });
  await answerByKeyboard(kb, container, question);
  await kb.activate(container.getByRole('button', { name: 'Check answer' }), 'Space');
  await container.locator('.feedback-verdict', { hasText: 'Correct.' }).waitFor();
}

async function activityByKeyboard(
  kb: KeyboardLearner,
  block: BlockOf<'reflection' | 'sort' | 'scenario' | 'partnerBuilder' | 'actionPlan'>,
): Promise<void> {
  const sco = kb.sco;
  switch (block.type) {
    case 'reflection': {
      const section = activityOn.reflection(sco, block);
      await kb.typeInto(section.getByRole('textbox'), 'Typed.');
      await kb.activate(section.getByRole('button', { name: 'Compare with the model answer' }));
      await kb.expectFocusOn(section.getByRole('heading', { name: 'Model answer' }));
      break;
    }
    case 'sort': {
      const section = activityOn.sort(sco);
      for (const item of block.items) {
        const category = block.categories.find((c) => c.id === item.category)!;
        await kb.chooseRadio(
          section.getByRole('group', { name: text(item.text), exact: true }).getByLabel(text(category.label), { exact: true }),
        );
      }
      await kb.activate(section.getByRole('button', { name: 'Check my sorting' }));
      await section.locator('.activity-summary').waitFor();
      break;
    }
    case 'scenario': {
      const section = activityOn.scenario(sco);
      for (const step of block.steps) {
        if (step.decision) {
          const best = step.decision.choices.find((c) => c.best) ?? step.decision.choices[0]!;
          await kb.chooseRadio(section.getByLabel(text(best.text), { exact: true }));
          await kb.activate(section.getByRole('button', { name: 'Choose' }).last());
        }
        const next = section.getByRole('button', { name: 'Continue' });
        if (await next.count()) {
          const steps = await section.locator('.scenario-step').count();
          await kb.activate(next.last());
          await kb.expectFocusOn(section.locator('.scenario-step > h3').nth(steps));
        }
      }
      await section.locator('.activity-status').waitFor();
      break;
    }
    case 'partnerBuilder': {
      // A plan with one partner for every need; the key presses it takes are counted for the report.
      const section = activityOn.partnerBuilder(sco);
      const pressesBefore = kb.keyPresses;
      for (const [i, need] of block.needs.entries()) {
        const needBox = activityOn.partnerNeed(sco, need);
        await kb.setCheckbox(needBox.getByLabel(text(plannedPartner(block, i).label), { exact: true }), true);
        if (i < block.needs.length - 1) {
          await kb.activate(section.getByRole('button', { name: 'Next need' }));
          await kb.expectFocusOn(
            activityOn
              .partnerNeed(sco, block.needs[i + 1]!)
              .getByRole('checkbox')
              .first(),
          );
        }
      }
      await section.locator('.activity-status').waitFor();
      kb.partnerPlanPresses = kb.keyPresses - pressesBefore;
      break;
    }
    case 'actionPlan': {
      const section = sco.locator('section.action-plan').first();
      await kb.typeInto(section.getByRole('textbox').first(), 'Meet the task force.');
      break;
    }
  }
}

/** Moves to the next page with the page navigation's last button and waits for the new h1 to have focus. */
export async function nextByKeyboard(kb: KeyboardLearner, nextTitle: string): Promise<void> {
  await kb.activate(kb.sco.getByRole('navigation', { name: 'Page' }).getByRole('button').last());
  await kb.expectFocusOn(kb.sco.getByRole('heading', { level: 1, name: nextTitle, exact: true }));
}

/** Everything a page asks for, by keyboard: the content note, questions, checkpoint items, activities, the final. */
export async function completePageByKeyboard(kb: KeyboardLearner, page: CoursePage): Promise<void> {
  const sco = kb.sco;
  if (page.contentNote) {
    await kb.activate(sco.getByRole('button', { name: 'Read it in full' }));
    await kb.expectFocusOn(sco.getByRole('heading', { level: 1, name: page.title, exact: true }));
  }
  for (const block of page.blocks) {
    if (block.type === 'question') await practiseByKeyboard(kb, block.question);
    else if (block.type === 'quiz') {
      const quiz = course.quizzes[block.quiz]!;
      if (quiz.kind === 'checkpoint') for (const item of quiz.items) await practiseByKeyboard(kb, item);
      else await finalByKeyboard(kb);
    } else if (
      block.type === 'reflection' ||
      block.type === 'sort' ||
      block.type === 'scenario' ||
      block.type === 'partnerBuilder' ||
      block.type === 'actionPlan'
    ) {
      await activityByKeyboard(kb, block);
    }
  }
}

async function finalByKeyboard(kb: KeyboardLearner): Promise<void> {
  const sco = kb.sco;
  await kb.activate(sco.getByRole('button', { name: 'Start the assessment' }));
  await kb.expectFocusOn(sco.locator('section.final > p').first());
  const items = await shownFinalItems(sco);
  for (const [i, item] of items.entries()) await answerByKeyboard(kb, sco.locator('ol.final-items > li').nth(i), item);
  await kb.activate(sco.getByRole('button', { name: 'Submit answers' }));
  await kb.expectFocusOn(sco.getByRole('heading', { level: 2, name: 'Your result' }));
}

/** The pre-test by keyboard, every item answered right, then "Submit and start the course". */
export async function pretestByKeyboard(kb: KeyboardLearner): Promise<void> {
  const items = pretest.pools.flatMap((pool) => pool.items);
  const legends = await pretestRows(kb.sco).locator('legend').allInnerTexts();
  for (const [i, legend] of legends.entries()) {
    const item = items.find((candidate) => legend.replace(/\s+/g, ' ').includes(stemStart(candidate)))!;
    await answerByKeyboard(kb, pretestRows(kb.sco).nth(i), item);
  }
  await kb.activate(kb.sco.getByRole('button', { name: 'Submit and start the course' }));
}
