// Automated WCAG 2.1 A/AA checks of each activity in the states a learner sees: before and after feedback.
// Colour contrast needs real CSS layout, which jsdom lacks; it is left to the browser tests and review.
import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { renderCourse } from '../../../tests/support/renderCourse';

const FIXTURE = 'tests/fixtures/activities';

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openPage(number: number) {
  const view = renderCourse(FIXTURE);
  await view.user.click(screen.getByRole('button', { name: 'Start the course' }));
  for (let i = 1; i < number; i++) await view.user.click(screen.getByRole('button', { name: 'Next' }));
  return view;
}

describe('activities meet WCAG 2.1 AA checks', () => {
  it('sort, with feedback shown', async () => {
    const { user } = await openPage(1);
    expect(await violations()).toEqual([]);
    for (const name of ['Investigations', 'Victim centered', 'Interrogation']) {
      await user.click(within(screen.getByRole('group', { name })).getByRole('radio', { name: 'Law enforcement focus' }));
    }
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(await violations()).toEqual([]);
  });

  it('scenario, played to the end', async () => {
    const { user } = await openPage(2);
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: 'Build rapport without asking for her name' }));
    await user.click(screen.getByRole('button', { name: /^Choose/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await violations()).toEqual([]);
  });

  it('partner builder, a plan made and the second need shown', async () => {
    const { user } = await openPage(3);
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: 'Service provider' }));
    await user.click(screen.getByRole('button', { name: 'Next need' }));
    await user.click(screen.getByRole('checkbox', { name: 'Law enforcement' }));
    expect(await violations()).toEqual([]);
  });

  it('action plan', async () => {
    await openPage(4);
    expect(await violations()).toEqual([]);
  });
});
