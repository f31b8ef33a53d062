// WCAG 2.1.1 Keyboard, 2.4.3 Focus Order, 2.4.7 Focus Visible (and 2.2's 2.4.11 Focus Not Obscured): the whole
// course, from the welcome screen to "Finish and close", taken with key presses only in the real SCORM 2004
// package in the preview LMS. Every focus stop is sampled for a visible focus indicator (see keyboardLearner.ts).
import { describe, expect, it } from 'vitest';
import { openCourse } from './support';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { completePageByKeyboard, KeyboardLearner, nextByKeyboard, pretestByKeyboard } from './support/keyboardLearner';
import { course, pretest } from './support/learner';

const env = useBrowserAndPreview();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('keyboard only', () => {
  it('completes the whole course with Tab, Shift+Tab, Enter, Space, arrows and typing, with focus always visible', async () => {
    const run = await openCourse(env.browser, env.preview, { version: '2004' });
    await run.page.setViewportSize({ width: 1280, height: 900 });
    const kb = new KeyboardLearner(run.page, () => run.sco);
    const sco = run.sco;
    const h1 = (title: string) => sco.getByRole('heading', { level: 1, name: title, exact: true });
    const menuToggle = sco.getByRole('button', { name: 'Course menu' });
    const menuEntry = (title: string) =>
      sco.getByRole('navigation', { name: 'Course menu' }).getByRole('button', { name: new RegExp(`^${escape(title)}\\s*,`) });
    await h1(course.title).waitFor();

    // The skip link is the first stop in the course, shows when focused, and moves focus to the main content.
    const skip = sco.getByRole('link', { name: 'Skip to main content' });
    await kb.focus(skip);
    const skipBox = await skip.evaluate((a) => a.getBoundingClientRect().toJSON() as DOMRect);
    expect(skipBox.top).toBeGreaterThanOrEqual(0);
    expect(skipBox.height).toBeGreaterThanOrEqual(24);
    await kb.press('Enter');
    await kb.expectFocusOn(sco.locator('main'));
    await kb.press('Tab');
    expect(await sco.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);

    // The optional role question, with the arrow keys on a closed select.
    const role = course.intake.roles[1]!;
    await kb.chooseOption(sco.locator('.intake select'), role.label);

    // The pre-test comes first; answered by keyboard and submitted, it gives way to the first page.
    await kb.activate(sco.getByRole('button', { name: 'Start the course' }));
    await kb.expectFocusOn(h1(pretest.title));
    await pretestByKeyboard(kb);
    await kb.expectFocusOn(h1(course.pages[0]!.title));

    // The course menu: open it, go to another page, then choose the page already shown; focus lands on the h1.
    const third = course.pages[2]!;
    await kb.activate(menuToggle);
    expect(await menuToggle.getAttribute('aria-expanded')).toBe('true');
    await kb.activate(menuEntry(third.title));
    await kb.expectFocusOn(h1(third.title));
    await kb.activate(menuToggle, 'Space');
    await kb.activate(menuEntry(third.title));
    await kb.expectFocusOn(h1(third.title));
    await kb.activate(menuToggle);
    await kb.activate(menuEntry(course.pages[0]!.title));
    await kb.expectFocusOn(h1(course.pages[0]!.title));

    // No keyboard trap (2.1.2): Tab past the course's last control leaves the course for the LMS page around it,
    // and Shift+Tab comes back to it.
    const pageNext = sco.getByRole('navigation', { name: 'Page' }).getByRole('button').last();
    await kb.focus(pageNext);
    await kb.press('Tab');
    expect(await sco.evaluate(() => document.hasFocus())).toBe(false);
    await kb.press('Shift+Tab');
    await kb.expectFocusOn(pageNext);

    for (const [i, page] of course.pages.entries()) {
      await completePageByKeyboard(kb, page);
      await nextByKeyboard(kb, course.pages[i + 1]?.title ?? 'Your results');
    }

    // Every page is complete, the assessment passed; the certificate is shown; finish.
    expect(await sco.locator('main .certificate-card').count()).toBe(1);
    await kb.activate(sco.getByRole('button', { name: 'Finish and close' }));
    await kb.expectFocusOn(sco.getByText('Your session has ended', { exact: false }));
    const cmi = (await run.lms.record())!.cmi;
    expect([cmi['cmi.completion_status'], cmi['cmi.success_status']]).toEqual(['completed', 'passed']);

    console.log(
      `keyboard: the course completed with ${kb.keyPresses} key presses; ${kb.stops} focus stops sampled; the partnership plan (one partner for each need) took ${kb.partnerPlanPresses}`,
    );
    // One need's list at a time: a plan costs at most one pass through each need's partners and its button.
    const builder = course.pages.flatMap((page) => page.blocks).find((block) => block.type === 'partnerBuilder');
    if (builder?.type === 'partnerBuilder')
      expect(kb.partnerPlanPresses).toBeLessThanOrEqual(builder.needs.length * (builder.partners.length + 2));
    expect([...kb.problems]).toEqual([]);
    await run.context.close();
  }, 900_000);
});
