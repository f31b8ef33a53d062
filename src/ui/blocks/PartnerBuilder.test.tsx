import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryTracker, renderCourse } from '../../../tests/support/renderCourse';

const FIXTURE = 'tests/fixtures/activities';

/** The partner builder is on the fixture's third page. */
async function openPartnerPage(tracker = new MemoryTracker()) {
  const view = renderCourse(FIXTURE, { tracker });
  await view.user.click(screen.getByRole('button', { name: 'Start the course' }));
  await view.user.click(screen.getByRole('button', { name: 'Next' }));
  await view.user.click(screen.getByRole('button', { name: 'Next' }));
  return { ...view, tracker };
}

const need = (name: RegExp) => within(screen.getByRole('group', { name }));
const summary = () => screen.getByRole('heading', { level: 3, name: 'Your plan so far' }).nextElementSibling as HTMLElement;

describe('PartnerBuilder', () => {
  it('shows one need at a time with every partner, and judges nothing', async () => {
    const { user } = await openPartnerPage();
    expect(screen.getByRole('heading', { level: 2, name: 'Plan the partnership' })).toBeInTheDocument();
    expect(screen.getAllByRole('group')).toHaveLength(1);
    expect(screen.getByRole('group')).toHaveAccessibleName('Need 1 of 2: Safe housing');
    expect(need(/Safe housing/).getAllByRole('checkbox')).toHaveLength(4);
    await user.click(need(/Safe housing/).getByRole('checkbox', { name: 'Medical provider' }));
    expect(screen.queryByText(/match|correct|right|wrong/i)).not.toBeInTheDocument();
    expect(document.querySelector('.feedback')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Next need' }));
    expect(screen.getByRole('group')).toHaveAccessibleName('Need 2 of 2: Immigration relief');
    expect(need(/Immigration relief/).getByRole('checkbox', { name: 'Law enforcement' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Next need' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous need' }));
    expect(need(/Safe housing/).getByRole('checkbox', { name: 'Medical provider' })).toBeChecked();
    expect(summary()).toHaveTextContent('Safe housing: Medical provider');
    expect(summary()).toHaveTextContent('Immigration relief: no partners chosen yet');
  });

  it('counts as done once every need has a partner, and keeps the plan on this device only', async () => {
    const { user, session, tracker } = await openPartnerPage();
    await user.click(need(/Safe housing/).getByRole('checkbox', { name: 'Service provider' }));
    expect(session.getSnapshot().state.done).not.toContain('partners-needs');
    await user.click(screen.getByRole('button', { name: 'Next need' }));
    await user.click(need(/Immigration relief/).getByRole('checkbox', { name: 'Immigration attorney' }));
    await user.click(need(/Immigration relief/).getByRole('checkbox', { name: 'Law enforcement' }));
    expect(session.getSnapshot().state.done).toContain('partners-needs');
    expect(summary()).toHaveTextContent('Immigration relief: Law enforcement and Immigration attorney');

    const stored = Object.keys(localStorage).find((key) => key.endsWith('partner-plan:partners-needs'));
    expect(JSON.parse(localStorage.getItem(stored!)!)).toEqual({
      'need-housing': ['service-provider'],
      'need-immigration': ['law-enforcement', 'legal-aid'],
    });
    session.flush();
    expect(JSON.stringify(tracker.saves)).not.toMatch(/legal-aid|Immigration attorney/);
  });

  it('counts as done when the learner says so, whatever the plan', async () => {
    const { user, session } = await openPartnerPage();
    await user.click(screen.getByRole('button', { name: 'I am done planning' }));
    expect(session.getSnapshot().state.done).toContain('partners-needs');
    expect(screen.getByText(/You have completed this activity/)).toBeInTheDocument();
  });

  it('a whole plan by keyboard: Tab to a partner, Space, Tab to "Next need", Enter', async () => {
    const { user, session } = await openPartnerPage();
    let presses = 0;
    const press = async (key: string) => {
      presses += 1;
      await (key === 'Tab' ? user.tab() : user.keyboard(key));
    };
    await press('Tab');
    await press('Tab');
    await press(' ');
    expect(need(/Safe housing/).getByRole('checkbox', { name: 'Service provider' })).toBeChecked();
    for (let i = 0; i < 3; i++) await press('Tab');
    expect(screen.getByRole('button', { name: 'Next need' })).toHaveFocus();
    await press('{Enter}');
    await press(' ');
    expect(need(/Immigration relief/).getByRole('checkbox', { name: 'Law enforcement' })).toBeChecked();
    expect(session.getSnapshot().state.done).toContain('partners-needs');
    expect(presses).toBe(8);
  });
});
