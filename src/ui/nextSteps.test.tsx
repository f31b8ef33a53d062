// Every screen says what to do next: the results screen after a failed attempt, after a pass and before the
// course is finished; and feedback that says its verdict once and links back only to another page.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engineFixture, repoRoot } from '../../tests/support/fixtures';
import { takeFinal, visitEverything, wrongAnswer } from '../../tests/support/driveSession';
import { renderCourse, startCourse } from '../../tests/support/renderCourse';
import { drawItems } from '../core/finalAssessment';

async function openResults(view: ReturnType<typeof renderCourse>) {
  await startCourse(view.user, /^(Start the course|Resume: )/);
  await view.user.click(screen.getByRole('button', { name: 'Course menu' }));
  await view.user.click(screen.getByRole('button', { name: 'Your results' }));
  return screen.getByRole('region', { name: 'What to do next' });
}

describe('the results screen says what to do next', () => {
  it('after a failed attempt: a clean list of the pages that teach what was missed, and the way back to the assessment', async () => {
    const view = renderCourse(engineFixture);
    visitEverything(view.session, view.index);
    takeFinal(view.session, view.index, 1, 0);
    const next = await openResults(view);
    expect(next).toHaveTextContent('You have 1 attempt left.');
    const list = within(next).getByRole('list');
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent?.trim()),
    ).toEqual(['Page A', 'Page B']);
    expect(list.textContent).not.toMatch(/,/);
    await view.user.click(within(next).getByRole('button', { name: 'Go to the final assessment' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Final assessment' })).toHaveFocus();
  });

  it('after a pass: the certificate, and the closing pages to read before leaving', async () => {
    const view = renderCourse(repoRoot);
    visitEverything(view.session, view.index);
    takeFinal(view.session, view.index, 1);
    const next = await openResults(view);
    expect(
      within(next)
        .getAllByRole('button')
        .map((b) => b.textContent?.trim()),
    ).toEqual(['Key takeaways', 'Resources', 'References', 'Glossary']);
    expect(screen.getByRole('region', { name: 'Your certificate' })).toBeInTheDocument();
    await view.user.click(within(next).getByRole('button', { name: 'Resources' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Resources' })).toHaveFocus();
  });

  it('before the course is finished: the pages still to do, one button each', async () => {
    const view = renderCourse(engineFixture);
    const next = await openResults(view);
    expect(next).toHaveTextContent('not complete yet');
    expect(within(next).getByRole('button', { name: 'Page B' })).toBeInTheDocument();
    expect(within(next).queryByRole('button', { name: 'Introduction' })).toBeNull();
  });
});

describe('feedback', () => {
  it('says the verdict once, names a right answer the learner missed, and links back to the page that teaches it', async () => {
    const view = renderCourse(engineFixture);
    visitEverything(view.session, view.index);
    const seed = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => drawItems(view.index, n).includes('fa-a2'))!;
    view.session.dispatch({ type: 'startAttempt', seed });
    const attempt = view.session.getSnapshot().state.attempts[0]!;
    for (const itemId of attempt.items) {
      const item = view.index.questionById.get(itemId)!;
      // The multiple-response item gets one of its two right options only.
      const answer = item.kind === 'multiple' ? 'a' : wrongAnswer(view.index, itemId);
      view.session.dispatch({ type: 'answerFinal', itemId, answer });
    }
    view.session.dispatch({ type: 'submitAttempt' });
    view.session.dispatch({ type: 'go', pageId: 'final-page' });
    await view.user.click(await screen.findByRole('button', { name: 'Resume: Final assessment' }));
    const multiple = screen.getByText('A2?').closest('li')!;
    expect(within(multiple).getAllByText('Not quite.')).toHaveLength(1);
    expect(within(multiple).getByText('Right answer you missed:')).toBeInTheDocument();
    expect(within(multiple).getByText('Your answer, right:')).toBeInTheDocument();
    expect(within(multiple).getByRole('button', { name: 'Review the page “Page A”' })).toBeInTheDocument();
    await view.user.click(within(multiple).getByRole('button', { name: 'Review the page “Page A”' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Page A' })).toHaveFocus();
  });

  it('offers no link back from a knowledge check to the page it is on', async () => {
    const view = renderCourse(engineFixture);
    await startCourse(view.user);
    await view.user.click(screen.getByRole('button', { name: 'Next' }));
    const check = screen.getByRole('region', { name: 'Check your understanding' });
    await view.user.click(within(check).getByLabelText('Wrong option'));
    await view.user.click(within(check).getByRole('button', { name: /^Check answer/ }));
    expect(within(check).getByText('Not quite.')).toBeInTheDocument();
    expect(within(check).queryByRole('button', { name: /^Review/ })).toBeNull();
  });
});
