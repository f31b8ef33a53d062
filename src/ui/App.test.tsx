import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { visitEverything } from '../../tests/support/driveSession';
import { engineFixture } from '../../tests/support/fixtures';
import { MemoryTracker } from '../../tests/support/memoryTracker';
import { renderCourse, startCourse } from '../../tests/support/renderCourse';
import { correctAnswer } from '../core/answers';
import { encodeState } from '../core/savedState';
import { initialState } from '../core/state';
import { indexCourse } from '../core/courseIndex';
import { loadCourse } from '../content/load';

describe('the player', () => {
  it('welcomes the learner with the title, the time it takes and the objectives', () => {
    renderCourse(engineFixture);
    expect(screen.getByRole('heading', { level: 1, name: 'Engine fixture' })).toBeInTheDocument();
    expect(screen.getByText(/About 15 minutes/)).toBeInTheDocument();
    const objectives = screen.getByRole('heading', { name: 'Learning objectives' }).nextElementSibling as HTMLElement;
    expect(
      within(objectives)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Objective A in full.', 'Objective B in full.']);
    expect(screen.getByRole('combobox', { name: /Which best describes your role\?/ })).not.toBeRequired();
    expect(document.title).toBe('Welcome – Engine fixture');
  });

  it('starts on the first page, focuses its heading, names it in the title and moves with Next and Back', async () => {
    const { user, tracker } = renderCourse(engineFixture);
    await startCourse(user);
    expect(screen.getByRole('heading', { level: 1, name: 'Introduction' })).toHaveFocus();
    expect(document.title).toBe('Introduction – Engine fixture');
    expect(screen.getByText('Page 1 of 5')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Page A' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Introduction' })).toBeInTheDocument();
    expect(screen.getByText('1 of 5 pages complete')).toBeInTheDocument();
    expect(tracker instanceof MemoryTracker && tracker.last?.location).toBe('intro');
  });

  it('shows the menu grouped by section, with each page’s state in words', async () => {
    const { user } = renderCourse(engineFixture);
    await startCourse(user);
    await user.click(screen.getByRole('button', { name: 'Course menu' }));
    const menu = screen.getByRole('navigation', { name: 'Course menu' });
    // Section titles name the lists of pages; they are not headings (the menu comes before the page's h1).
    expect(within(menu).queryAllByRole('heading')).toEqual([]);
    expect(
      within(menu)
        .getAllByRole('list')
        .slice(1)
        .map((list) => list.getAttribute('aria-labelledby') && document.getElementById(list.getAttribute('aria-labelledby')!)?.textContent),
    ).toEqual(['Introduction', 'Part A', 'Part B', 'Final assessment']);
    expect(within(menu).getByRole('button', { name: /^Introduction,\s*complete$/ })).toHaveAttribute('aria-current', 'page');
    await user.click(within(menu).getByRole('button', { name: /^Page B,\s*not visited$/ }));
    expect(screen.queryByRole('navigation', { name: 'Course menu' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Page B' })).toBeInTheDocument();
  });

  it('gives a content note first, with a way past it', async () => {
    const { user } = renderCourse(engineFixture);
    await startCourse(user);
    await user.click(screen.getByRole('button', { name: 'Course menu' }));
    await user.click(screen.getByRole('button', { name: /^Page B,\s*not visited$/ }));
    expect(screen.getByRole('heading', { name: 'Content note' })).toBeInTheDocument();
    expect(screen.queryByText('The difficult passage, in full.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Skip the details' }));
    expect(screen.getByText('The passage without its details.')).toBeInTheDocument();
    expect(screen.queryByText('The difficult passage, in full.')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Left' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the full text' }));
    expect(screen.getByText('The difficult passage, in full.')).toBeInTheDocument();
  });

  it('gives feedback on a knowledge check and lets the learner try again', async () => {
    const { user } = renderCourse(engineFixture);
    await startCourse(user);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const check = screen.getByRole('region', { name: 'Check your understanding' });
    await user.click(within(check).getByRole('button', { name: /^Check answer/ }));
    expect(within(check).getByRole('alert')).toHaveTextContent('Choose an answer first.');
    await user.click(within(check).getByLabelText('Wrong option'));
    await user.click(within(check).getByRole('button', { name: /^Check answer/ }));
    expect(within(check).getByText('Not quite.')).toBeInTheDocument();
    expect(within(check).getByText('Because it is wrong.')).toBeInTheDocument();
    await user.click(within(check).getByLabelText('Right option'));
    expect(within(check).queryByText('Not quite.')).toBeNull();
    await user.click(within(check).getByRole('button', { name: /^Check answer/ }));
    expect(within(check).getByText('Correct.')).toBeInTheDocument();
  });

  it('runs the final assessment: results, review of weak parts, a new attempt', async () => {
    const { user, index, session } = renderCourse(engineFixture);
    await startCourse(user);
    await user.click(screen.getByRole('button', { name: 'Course menu' }));
    await user.click(screen.getByRole('button', { name: /^Final assessment,\s*not visited$/ }));
    expect(screen.getByText(/You have 2 attempts\. You need 80% to pass\. There is no time limit\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the assessment' }));
    expect(screen.getAllByRole('group')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent('3 questions are not answered');
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));
    expect(screen.getByRole('heading', { name: 'Your result' })).toBeInTheDocument();
    expect(screen.getByText(/You scored/)).toHaveTextContent('You scored 0% on attempt 1 of 2. You need 80% to pass.');
    expect(screen.getByText(/You have 1 attempt left/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Page A' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start attempt 2' }));
    const attempt = session.getSnapshot().state.attempts[1]!;
    for (const itemId of attempt.items)
      session.dispatch({ type: 'answerFinal', itemId, answer: correctAnswer(index.questionById.get(itemId)!) });
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));
    expect(screen.getByText(/You scored/)).toHaveTextContent('You scored 100% on attempt 2 of 2. You passed.');
  });

  it('shows the results screen and ends the session once with Finish', async () => {
    const tracker = new MemoryTracker();
    const { user } = renderCourse(engineFixture, { tracker });
    await startCourse(user);
    await user.click(screen.getByRole('button', { name: 'Course menu' }));
    await user.click(screen.getByRole('button', { name: 'Your results' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toHaveFocus();
    expect(screen.getByText('Not yet complete')).toBeInTheDocument();
    expect(screen.getByText('Final assessment', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Not taken yet');
    const scores = screen.getByRole('table', { name: 'Your scores by part of the course' });
    expect(within(scores).getByRole('row', { name: 'Objective A Skipped Not taken yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish and close' }));
    expect(screen.getByText(/Your session has ended/)).toBeInTheDocument();
    expect(tracker.finished?.exit).toBe('suspend');
  });

  it('offers to resume where the learner left off', async () => {
    const index = indexCourse(loadCourse(engineFixture));
    const saved = encodeState(index, { ...initialState, location: 'page-a', visited: ['intro', 'page-a'] });
    const { user } = renderCourse(engineFixture, { tracker: new MemoryTracker({ resumed: true, suspendData: saved }) });
    await user.click(screen.getByRole('button', { name: 'Resume: Page A' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Page A' })).toHaveFocus();
  });
});

describe('the certificate', () => {
  function passFinal(session: ReturnType<typeof renderCourse>['session'], index: ReturnType<typeof renderCourse>['index']) {
    session.dispatch({ type: 'startAttempt', seed: 1 });
    const attempt = session.getSnapshot().state.attempts[0]!;
    for (const itemId of attempt.items)
      session.dispatch({ type: 'answerFinal', itemId, answer: correctAnswer(index.questionById.get(itemId)!) });
    session.dispatch({ type: 'submitAttempt' });
  }

  it('names the learner from the LMS as "First Last", with the course, date and duration, once passed and complete', async () => {
    const { user, session, index } = renderCourse(engineFixture, { tracker: new MemoryTracker({ learnerName: 'Doe, Jane' }) });
    await startCourse(user);
    await user.click(screen.getByRole('button', { name: 'Course menu' }));
    await user.click(screen.getByRole('button', { name: 'Your results' }));
    expect(screen.queryByRole('heading', { name: 'Your certificate' })).toBeNull();
    passFinal(session, index);
    // Passed with pages still to do: "has completed" would contradict "Not yet complete" (and the LMS record).
    expect(await screen.findByText('Not yet complete')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your certificate' })).toBeNull();
    visitEverything(session, index);
    const certificate = await screen.findByRole('region', { name: 'Your certificate' });
    const card = within(certificate).getByText('Certificate of completion').parentElement!;
    expect(card).toHaveTextContent('Jane Doe');
    expect(card).toHaveTextContent('Engine fixture');
    expect(card).toHaveTextContent('Hours0.3 hours');
    expect(card).toHaveTextContent('Test series');
    expect(card).toHaveTextContent(new Date().getFullYear().toString());
    expect(within(certificate).queryByLabelText(/Your name/)).toBeNull();
  });

  it('asks for the name when there is no LMS name, and prints the certificate alone', async () => {
    const { user, session, index } = renderCourse(engineFixture);
    visitEverything(session, index);
    passFinal(session, index);
    await startCourse(user);
    await user.click(screen.getByRole('button', { name: 'Course menu' }));
    await user.click(screen.getByRole('button', { name: 'Your results' }));
    await user.type(screen.getByLabelText('Your name, as it should appear on the certificate'), 'Sam Rivera');
    const certificate = screen.getByRole('region', { name: 'Your certificate' });
    expect(within(certificate).getByText('Certificate of completion').parentElement).toHaveTextContent('Sam Rivera');
    let printedAlone = false;
    window.print = () => {
      printedAlone =
        document.body.classList.contains('printing-alone') && document.querySelector('.certificate-printout.print-alone-active') !== null;
    };
    await user.click(screen.getByRole('button', { name: 'Print the certificate or save it as PDF' }));
    expect(printedAlone).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body).not.toHaveClass('printing-alone');
  });
});
