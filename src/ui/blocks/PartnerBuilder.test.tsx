import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderCourse } from '../../../tests/support/renderCourse';

const FIXTURE = 'tests/fixtures/activities';

/** The partner builder is on the fixture's third page. */
async function openPartnerPage() {
  const view = renderCourse(FIXTURE);
  await view.user.click(screen.getByRole('button', { name: 'Start the course' }));
  await view.user.click(screen.getByRole('button', { name: 'Next' }));
  await view.user.click(screen.getByRole('button', { name: 'Next' }));
  return view;
}

const need = (name: RegExp) => within(screen.getByRole('group', { name }));
const checkButton = (needName: RegExp) => screen.getByRole('button', { name: new RegExp(`^Check .*${needName.source}`) });
const liveRegion = () => document.querySelector('[aria-live="polite"]');

describe('PartnerBuilder', () => {
  it('asks for at least one partner before checking a need', async () => {
    const { user } = await openPartnerPage();
    expect(screen.getByRole('heading', { level: 2, name: 'Build the team' })).toBeInTheDocument();
    await user.click(checkButton(/Safe housing/));
    // Each need has its alert region, there before anything is said in it; only the one checked speaks.
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent).filter(Boolean)).toEqual(['Choose at least one partner first.']);
  });

  it('names the matches, the extras and the partners missed, and completes once every need is checked', async () => {
    const { user, session } = await openPartnerPage();
    await user.click(need(/Safe housing/).getByRole('checkbox', { name: 'Service provider' }));
    await user.click(need(/Safe housing/).getByRole('checkbox', { name: 'Medical provider' }));
    await user.click(checkButton(/Safe housing/));

    expect(screen.getByText('Your team partly matches the fact sheet.')).toBeInTheDocument();
    expect(screen.getByText('Your choices that match the fact sheet: Service provider.')).toBeInTheDocument();
    expect(screen.getByText('Your choices the fact sheet does not list for this need: Medical provider.')).toBeInTheDocument();
    expect(screen.getByText('Service providers arrange shelter and housing.')).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('Safe housing: Your team partly matches the fact sheet.');
    expect(liveRegion()).toHaveTextContent('1 need left to check.');
    expect(session.getSnapshot().state.done).not.toContain('partners-needs');

    await user.click(need(/Immigration relief/).getByRole('checkbox', { name: 'Law enforcement' }));
    await user.click(checkButton(/Immigration relief/));
    expect(screen.getByText('Partners the fact sheet lists that you did not choose: Immigration attorney.')).toBeInTheDocument();
    expect(screen.getByText(/an attorney helps with a T visa/)).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('You have checked every need.');
    expect(session.getSnapshot().state.done).toContain('partners-needs');

    // Changing a choice takes away the feedback it no longer matches; checking again gives fresh feedback.
    await user.click(need(/Safe housing/).getByRole('checkbox', { name: 'Medical provider' }));
    expect(screen.queryByText(/does not list for this need: Medical provider/)).not.toBeInTheDocument();
    await user.click(checkButton(/Safe housing/));
    expect(screen.getByText('Your team matches the fact sheet.')).toBeInTheDocument();
  });

  it('says so when none of the choices match', async () => {
    const { user } = await openPartnerPage();
    await user.click(need(/Safe housing/).getByRole('checkbox', { name: 'Law enforcement' }));
    await user.click(checkButton(/Safe housing/));
    expect(screen.getByText('None of your choices match the fact sheet.')).toBeInTheDocument();
    expect(screen.getByText('Partners the fact sheet lists that you did not choose: Service provider.')).toBeInTheDocument();
  });

  it('can be done with the keyboard alone', async () => {
    const { user, session } = await openPartnerPage();
    await user.tab();
    expect(need(/Safe housing/).getByRole('checkbox', { name: 'Law enforcement' })).toHaveFocus();
    await user.tab();
    await user.keyboard(' ');
    expect(need(/Safe housing/).getByRole('checkbox', { name: 'Service provider' })).toBeChecked();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(checkButton(/Safe housing/)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Your team matches the fact sheet.')).toBeInTheDocument();

    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    expect(checkButton(/Immigration relief/)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByText('Your team matches the fact sheet.')).toHaveLength(2);
    expect(session.getSnapshot().state.done).toContain('partners-needs');
  });
});
