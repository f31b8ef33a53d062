// Issue 11, item 14: on a shared PC, what one learner writes is never shown to the next, and each can remove it.
import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engineFixture } from '../../tests/support/fixtures';
import { MemoryTracker } from '../../tests/support/memoryTracker';
import { renderCourse } from '../../tests/support/renderCourse';

async function openReflection(learnerId: string) {
  const rendered = renderCourse(engineFixture, { tracker: new MemoryTracker({ learnerId }) });
  await rendered.user.click(screen.getByRole('button', { name: 'Start the course' }));
  rendered.session.dispatch({ type: 'go', pageId: 'page-a' });
  await rendered.user.click(screen.getByRole('button', { name: 'Course menu' }));
  await rendered.user.click(screen.getByRole('button', { name: /^Page A/ }));
  return { ...rendered, box: screen.getByRole('textbox') };
}

describe('notes on this device', () => {
  it('belong to the learner the LMS names: the next learner on this browser does not see them', async () => {
    localStorage.clear();
    const a = await openReflection('learner-a');
    await a.user.type(a.box, 'About a real case');
    cleanup();
    const b = await openReflection('learner-b');
    expect(b.box).toHaveValue('');
    cleanup();
    const again = await openReflection('learner-a');
    expect(again.box).toHaveValue('About a real case');
  });

  it('can be removed by their learner from the results screen', async () => {
    localStorage.clear();
    const a = await openReflection('learner-a');
    await a.user.type(a.box, 'About a real case');
    await a.user.click(screen.getByRole('button', { name: 'Course menu' }));
    await a.user.click(screen.getByRole('button', { name: 'Your results' }));
    await a.user.click(screen.getByRole('button', { name: 'Remove my notes from this device' }));
    expect(screen.getByText(/are removed from this browser/)).toBeInTheDocument();
    cleanup();
    expect((await openReflection('learner-a')).box).toHaveValue('');
  });

  it('say plainly when the browser will not keep them', async () => {
    const { user, box } = await openReflection('learner-a');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      await user.type(box, 'x');
      expect(screen.getByText(/does not let the course keep what you write/)).toBeInTheDocument();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
