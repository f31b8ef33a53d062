import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderCourse } from '../../../tests/support/renderCourse';

const FIXTURE = 'tests/fixtures/activities';

/** The scenario is on the fixture's second page. */
async function openScenarioPage() {
  const view = renderCourse(FIXTURE);
  await view.user.click(screen.getByRole('button', { name: 'Start the course' }));
  await view.user.click(screen.getByRole('button', { name: 'Next' }));
  return view;
}

const step = (n: number) => screen.getByRole('heading', { level: 3, name: `Step ${n} of 3` });
const liveRegion = () => document.querySelector('[aria-live="polite"]');

describe('Scenario', () => {
  it('reveals one step at a time, keeps earlier steps and moves focus to the new step', async () => {
    const { user, session } = await openScenarioPage();
    expect(screen.getByRole('heading', { level: 2, name: 'The case, step by step' })).toBeInTheDocument();
    expect(step(1)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Step 2 of 3' })).not.toBeInTheDocument();
    // Arriving on the page leaves focus on its title.
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(step(2)).toHaveFocus();
    expect(screen.getByText(/meets a survivor who fears being deported/)).toBeInTheDocument();
    expect(screen.getByText('An agent agrees to meet the survivor.')).toBeInTheDocument();
    // A decision must be made before the story goes on.
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    expect(session.getSnapshot().state.done).not.toContain('scenario-case');
  });

  it('shows the consequence of a choice, says whether the case took that approach, and lets the learner reconsider', async () => {
    const { user, session } = await openScenarioPage();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const decision = within(screen.getByRole('group', { name: 'What should the agent do at the first meeting?' }));

    await user.click(screen.getByRole('button', { name: /^Choose/ }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose one of the options first.');

    await user.click(decision.getByRole('radio', { name: 'Ask for her name and immigration status' }));
    await user.click(screen.getByRole('button', { name: /^Choose/ }));
    expect(screen.getByText('This is not the approach the case took.')).toBeInTheDocument();
    expect(screen.getByText(/may confirm what the trafficker told her/)).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('This is not the approach the case took.');

    await user.click(decision.getByRole('radio', { name: 'Build rapport without asking for her name' }));
    expect(screen.queryByText(/may confirm what the trafficker told her/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Choose/ }));
    expect(screen.getByText('This is the approach the case took.')).toBeInTheDocument();
    expect(screen.getByText(/she later shares her name/)).toBeInTheDocument();
    expect(session.getSnapshot().state.done).not.toContain('scenario-case');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(step(3)).toHaveFocus();
    expect(screen.getByText(/receives Continued Presence/)).toBeInTheDocument();
    expect(screen.getByText('You have reached the end of the scenario.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    expect(session.getSnapshot().state.done).toContain('scenario-case');
  });

  it('can be played with the keyboard alone', async () => {
    const { user, session } = await openScenarioPage();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(step(2)).toHaveFocus();

    await user.tab();
    expect(screen.getByRole('radio', { name: 'Ask for her name and immigration status' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Build rapport without asking for her name' })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Choose/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('This is the approach the case took.')).toBeInTheDocument();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    await user.keyboard(' ');
    expect(step(3)).toHaveFocus();
    expect(session.getSnapshot().state.done).toContain('scenario-case');
  });

  it('shows every step at once to a learner who has finished it', async () => {
    const { user } = await openScenarioPage();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: 'Build rapport without asking for her name' }));
    await user.click(screen.getByRole('button', { name: /^Choose/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));

    expect(step(1)).toBeInTheDocument();
    expect(step(2)).toBeInTheDocument();
    expect(step(3)).toBeInTheDocument();
    expect(screen.getByText('You have reached the end of the scenario.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
