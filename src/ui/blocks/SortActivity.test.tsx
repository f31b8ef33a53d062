import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderCourse } from '../../../tests/support/renderCourse';

const FIXTURE = 'tests/fixtures/activities';

/** The sorting activity is on the fixture's first page. */
async function openSortPage() {
  const view = renderCourse(FIXTURE);
  await view.user.click(screen.getByRole('button', { name: 'Start the course' }));
  return view;
}

const item = (name: string) => within(screen.getByRole('group', { name }));
const liveRegion = () => document.querySelector('[aria-live="polite"]');

describe('SortActivity', () => {
  it('asks for every item to be sorted before checking', async () => {
    const { user, session } = await openSortPage();
    expect(screen.getByRole('heading', { level: 2, name: 'Sorting activity' })).toBeInTheDocument();
    await user.click(item('Investigations').getByRole('radio', { name: 'Law enforcement focus' }));
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Choose a category for every item first. 2 items are not sorted yet.');
    expect(session.getSnapshot().state.done).not.toContain('sort-focus');
  });

  it('says in words which items are right, completes on the check, and lets the learner try again', async () => {
    const { user, session } = await openSortPage();
    await user.click(item('Investigations').getByRole('radio', { name: 'Law enforcement focus' }));
    await user.click(item('Victim centered').getByRole('radio', { name: 'Law enforcement focus' }));
    await user.click(item('Interrogation').getByRole('radio', { name: 'Law enforcement focus' }));
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));

    expect(screen.getByText('2 of 3 sorted correctly.')).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('2 of 3 sorted correctly.');
    expect(item('Investigations').getByText('Right.')).toBeInTheDocument();
    expect(item('Investigations').getByText(/protecting lives and property/)).toBeInTheDocument();
    expect(item('Victim centered').getByText('Not quite.')).toBeInTheDocument();
    expect(item('Victim centered').getByText(/You put it under “Law enforcement focus”/)).toBeInTheDocument();
    expect(item('Victim centered').getByText(/put the victim and their needs first/)).toBeInTheDocument();
    expect(session.getSnapshot().state.done).toContain('sort-focus');

    // Changing an answer takes away its feedback, which no longer describes it.
    await user.click(item('Victim centered').getByRole('radio', { name: 'Service provider focus' }));
    expect(item('Victim centered').queryByText('Not quite.')).not.toBeInTheDocument();
    expect(screen.queryByText('2 of 3 sorted correctly.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(screen.getByText('3 of 3 sorted correctly.')).toBeInTheDocument();
    expect(item('Victim centered').getByText('Right.')).toBeInTheDocument();
  });

  it('shows the sorted lists only once the sorting has been checked', async () => {
    const { user } = await openSortPage();
    expect(screen.queryByRole('heading', { name: 'The two focus lists' })).not.toBeInTheDocument();
    await user.click(item('Investigations').getByRole('radio', { name: 'Law enforcement focus' }));
    await user.click(item('Victim centered').getByRole('radio', { name: 'Law enforcement focus' }));
    await user.click(item('Interrogation').getByRole('radio', { name: 'Law enforcement focus' }));
    expect(screen.queryByRole('heading', { name: 'The two focus lists' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    const key = screen.getByRole('heading', { level: 2, name: 'The two focus lists' }).closest('section')!;
    expect(within(key).getByRole('heading', { level: 3, name: 'Service provider focus' }).nextElementSibling).toHaveTextContent(
      'Victim centered',
    );
  });

  it('can be done with the keyboard alone', async () => {
    const { user, session } = await openSortPage();
    // One tab stop per item, in the order shown; Space picks the first category, the arrow key the second.
    for (const group of screen.getAllByRole('group')) {
      await user.tab();
      const lawEnforcement = within(group).getByRole('radio', { name: 'Law enforcement focus' });
      expect(lawEnforcement).toHaveFocus();
      await user.keyboard(group.textContent?.includes('Victim centered') ? '{ArrowDown}' : ' ');
    }
    expect(item('Victim centered').getByRole('radio', { name: 'Service provider focus' })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check my sorting' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByText('3 of 3 sorted correctly.')).toBeInTheDocument();
    expect(session.getSnapshot().state.done).toContain('sort-focus');
  });

  it("shows the items in the learner's own order: the same on every launch, another for another learner", async () => {
    const orderFor = (random: number) => {
      const view = renderCourse(FIXTURE, { random: () => random });
      return view;
    };
    const shown = async (random: number) => {
      const view = orderFor(random);
      await view.user.click(screen.getByRole('button', { name: 'Start the course' }));
      const order = screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent ?? '');
      view.unmount();
      return order.join(' | ');
    };
    const orders = [];
    for (const random of [0.1, 0.3, 0.5, 0.7, 0.9]) orders.push(await shown(random));
    expect(new Set(orders).size).toBeGreaterThan(1);
    expect(await shown(0.3)).toBe(orders[1]);
  });
});
