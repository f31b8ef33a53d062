// Steps and readings shared by the fault, resume and security tests: learner records built with the course's own
// codec, what the call log says was written and committed, what the course menu says, and the browser events
// that end a session.
import type { BrowserContext, Frame } from 'playwright-core';
import { roleOf } from '../../../preview/shared/api-methods';
import { CMI_NAMES } from '../../../preview/shared/cmi-names';
import type { ApiCall, CmiRecord, ScormVersion } from '../../../preview/shared/lms-types';
import type { CoursePage } from '../../../src/content/course';
import { correctAnswer } from '../../../src/core/answers';
import { indexCourse, type CourseIndex } from '../../../src/core/courseIndex';
import { currentAttempt } from '../../../src/core/finalAssessment';
import { apply, type Action } from '../../../src/core/progress';
import { initialState, type LearnerState } from '../../../src/core/state';
import { course, expectPage } from './learner';

export const courseIndex: CourseIndex = indexCourse(course);

/** The state a list of learner actions leads to, by the course's own rules. */
export function stateAfter(actions: readonly Action[], index: CourseIndex = courseIndex): LearnerState {
  return actions.reduce((state, action) => apply(index, state, action), initialState);
}

/** Every page visited, every activity done, every practice question right, the final passed on the first try. */
export function finishedState(): LearnerState {
  const index = courseIndex;
  const everything: Action[] = index.pageOrder.map((pageId): Action => ({ type: 'go', pageId }));
  everything.push(...[...index.activityIds].map((activityId): Action => ({ type: 'complete', activityId })));
  for (const id of index.practiceIds)
    everything.push({ type: 'answer', questionId: id, answer: correctAnswer(index.questionById.get(id)!) });
  everything.push({ type: 'startAttempt', seed: 4242 });
  const drawn = stateAfter(everything);
  const items = currentAttempt(drawn)?.items ?? [];
  const answers = items.map((itemId): Action => ({ type: 'answerFinal', itemId, answer: correctAnswer(index.questionById.get(itemId)!) }));
  return stateAfter([...everything, ...answers, { type: 'submitAttempt' }]);
}

/** The status an LMS holds for the learner, in the words both versions can say. */
export type LmsStatus = 'incomplete' | 'completed' | 'passed';

/** The data-model elements that hold completion and success in each version. */
export const STATUS_ELEMENTS: Record<ScormVersion, { completion: string; success: string | null; scoreRaw: string }> = {
  '12': { completion: 'cmi.core.lesson_status', success: null, scoreRaw: 'cmi.core.score.raw' },
  '2004': { completion: 'cmi.completion_status', success: 'cmi.success_status', scoreRaw: 'cmi.score.raw' },
};

/** A record as an LMS keeps it between sessions: a suspended attempt with this status and saved state. */
export function suspendedRecord(version: ScormVersion, status: LmsStatus, suspendData: string, score?: number): CmiRecord {
  const names = CMI_NAMES[version];
  const elements = STATUS_ELEMENTS[version];
  const record: CmiRecord = { [names.exit]: 'suspend', [names.suspendData]: suspendData };
  if (version === '12') record[elements.completion] = status;
  else {
    record[elements.completion] = status === 'incomplete' ? 'incomplete' : 'completed';
    if (status === 'passed') record[elements.success!] = 'passed';
  }
  if (score !== undefined) {
    record[elements.scoreRaw] = String(score);
    if (version === '2004') record['cmi.score.scaled'] = String(score / 100);
  }
  return record;
}

export function callsOf(calls: readonly ApiCall[], version: ScormVersion, role: NonNullable<ReturnType<typeof roleOf>>): ApiCall[] {
  return calls.filter((call) => roleOf(version, call.method) === role);
}

/** Every value the course wrote to one element, in order. */
export function valuesWritten(calls: readonly ApiCall[], version: ScormVersion, element: string): string[] {
  return callsOf(calls, version, 'setValue')
    .filter((call) => call.args[0] === element)
    .map((call) => String(call.args[1]));
}

/** The call log without the calls a fault made fail on purpose, so the rest can still be held to a clean run. */
export function withoutInjectedFailures(calls: readonly ApiCall[], version: ScormVersion, role: 'initialize' | 'commit'): ApiCall[] {
  return calls.filter((call) => roleOf(version, call.method) !== role || (call.result === 'true' && !call.threw));
}

/** The interaction ids in a stored record, in slot order. */
export function interactionIds(record: CmiRecord): string[] {
  return Object.entries(record)
    .filter(([element]) => /^cmi\.interactions\.\d+\.id$/.test(element))
    .sort(([a], [b]) => slotOf(a) - slotOf(b))
    .map(([, id]) => id);
}

const slotOf = (element: string) => Number(element.split('.')[2]);

/** What the course menu says of each page ("Title, complete": each page's accessible name), read with the menu
 *  opened and closed again. */
export async function menuStates(sco: Frame): Promise<string[]> {
  const toggle = sco.getByRole('button', { name: 'Course menu' });
  await toggle.click();
  const states = await sco
    .getByRole('navigation', { name: 'Course menu' })
    .locator('.menu-page')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  await toggle.click();
  return states;
}

export function menuState(pageId: string, state: 'complete' | 'visited' | 'not visited'): string {
  return `${course.pages.find((p) => p.id === pageId)!.title}, ${state}`;
}

export async function goToPageFromMenu(sco: Frame, page: CoursePage): Promise<void> {
  await sco.getByRole('button', { name: 'Course menu' }).click();
  const title = sco.locator('.menu-page-title').getByText(page.title, { exact: true });
  await sco.getByRole('navigation', { name: 'Course menu' }).locator('.menu-page').filter({ has: title }).click();
  await expectPage(sco, page);
}

export async function openResults(sco: Frame): Promise<void> {
  await sco.getByRole('button', { name: 'Course menu' }).click();
  await sco.getByRole('button', { name: 'Your results' }).click();
  await sco.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
}

/** Uncaught errors in any page of the context, the course frame's included; a live list. */
export function uncaughtErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('weberror', (error) => errors.push(error.error().message));
  return errors;
}

/**
 * Presses the page navigation's buttons by label, one after the other, faster than any learner: inside the frame,
 * with only a task's pause for the page to render the next button in between.
 */
export async function clickPageButtonsFast(sco: Frame, labels: readonly string[]): Promise<void> {
  await sco.evaluate(async (names) => {
    for (const name of names) {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Page"] button')];
      // The label, without the space before the button's icon.
      const button = buttons.find((b) => b.textContent?.trim() === name);
      if (!button) throw new Error(`No "${name}" button in the page navigation`);
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, labels);
}

/** The events a browser sends a course page that is going away or out of sight. */
export type PageEvent = 'visibility-hidden' | 'pagehide' | 'unload';

/** Fires one of them in the course frame, as the browser would, while the page stays up to be examined. */
export async function firePageEvent(sco: Frame, event: PageEvent): Promise<void> {
  await sco.evaluate((name) => {
    if (name === 'visibility-hidden') {
      // The tab cannot really be hidden in headless Chromium; the course reads visibilityState, so it is shadowed.
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      Reflect.deleteProperty(document, 'visibilityState');
    } else if (name === 'pagehide') {
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    } else {
      window.dispatchEvent(new Event('unload'));
    }
  }, event);
}
