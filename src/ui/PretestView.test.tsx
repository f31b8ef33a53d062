import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { takeFinal, visitEverything } from '../../tests/support/driveSession';
import { engineFixture } from '../../tests/support/fixtures';
import { MemoryTracker } from '../../tests/support/memoryTracker';
import { renderCourse } from '../../tests/support/renderCourse';

describe('the pre-test view', () => {
  it('comes after Start, before the first page: answered, submitted, then the course; its items report on submit', async () => {
    const tracker = new MemoryTracker();
    const { user, session } = renderCourse(engineFixture, { tracker });
    await user.click(screen.getByRole('button', { name: 'Start the course' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Pre-test' })).toHaveFocus();
    expect(document.title).toMatch(/^Pre-test – /);
    const questions = screen.getAllByRole('group');
    expect(questions).toHaveLength(4);
    await user.click(within(screen.getByRole('group', { name: /Pre A1\?/ })).getByRole('radio', { name: 'Right A1' }));
    await user.click(within(screen.getByRole('group', { name: /Pre A2\?/ })).getByRole('radio', { name: 'False' }));
    expect(session.getSnapshot().state.pretest).toEqual({ finished: false, answers: { 'pre-a1': 'a', 'pre-a2': 'f' } });
    expect(tracker.saves.flatMap((s) => s.interactions)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Submit and start the course' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Introduction' })).toHaveFocus();
    expect(tracker.saves.flatMap((s) => s.interactions).map((i) => `${i.id} ${i.result}`)).toEqual([
      'pre.pre-a1 correct',
      'pre.pre-a2 incorrect',
    ]);

    // The results screen shows it beside the final, per objective.
    await user.click(screen.getByRole('button', { name: 'Course menu' }));
    await user.click(screen.getByRole('button', { name: 'Your results' }));
    const table = screen.getByRole('table', { name: 'Your scores by part of the course' });
    expect(within(table).getByRole('row', { name: 'Objective A 50% Not taken yet' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Objective B 0% Not taken yet' })).toBeInTheDocument();
  });

  it('can be skipped, and is not offered again; nor to a learner who has opened a lesson', async () => {
    const { user, session, unmount } = renderCourse(engineFixture);
    await user.click(screen.getByRole('button', { name: 'Start the course' }));
    await user.click(screen.getByRole('button', { name: 'Skip the pre-test' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Introduction' })).toHaveFocus();
    expect(session.getSnapshot().state.pretest).toEqual({ finished: true, answers: {} });
    unmount();

    const studied = new MemoryTracker();
    const earlier = renderCourse(engineFixture, { tracker: studied });
    visitEverything(earlier.session, earlier.index);
    takeFinal(earlier.session, earlier.index, 3);
    earlier.session.flush();
    earlier.unmount();
    const back = renderCourse(engineFixture, { tracker: new MemoryTracker({ resumed: true, suspendData: studied.last!.suspendData }) });
    await back.user.click(screen.getByRole('button', { name: 'Go to the first page' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Introduction' })).toHaveFocus();
  });
});

describe('the evaluation view', () => {
  it('is offered after the final; says the answers go with the record; one radio group per statement; sends once', async () => {
    const tracker = new MemoryTracker();
    const { user, session, index } = renderCourse(engineFixture, { tracker });
    await user.click(screen.getByRole('button', { name: 'Start the course' }));
    await user.click(screen.getByRole('button', { name: 'Skip the pre-test' }));
    expect(screen.queryByRole('button', { name: 'Evaluate the course' })).not.toBeInTheDocument();
    visitEverything(session, index);
    takeFinal(session, index, 3);
    await user.click(screen.getByRole('button', { name: 'Course menu' }));
    await user.click(screen.getByRole('button', { name: 'Your results' }));
    await user.click(screen.getByRole('button', { name: 'Evaluate the course' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Evaluation' })).toHaveFocus();
    expect(screen.getByText(/your answers go to the training program with your learner record/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => within(g).getAllByRole('radio').length)).toEqual([5, 5, 5, 5, 5]);
    expect(groups[3]).toHaveAccessibleName('Confident.');
    expect(
      within(groups[3]!)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']);

    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer for at least one statement');
    await user.click(within(groups[3]!).getByRole('radio', { name: 'Agree' }));
    await user.click(within(groups[0]!).getByRole('radio', { name: 'Strongly agree' }));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(screen.getByRole('status')).toHaveTextContent('Thank you. Your answers were sent to the training program with your record.');
    session.flush();
    const sent = tracker.saves.flatMap((s) => s.interactions).filter((i) => i.id.startsWith('eval.'));
    expect(sent.map((i) => [i.id, i.response])).toEqual([
      ['eval.relevant', { kind: 'likert', value: '5' }],
      ['eval.confidence', { kind: 'likert', value: '4' }],
    ]);
    await user.click(screen.getByRole('button', { name: 'Back to your results' }));
    expect(screen.queryByRole('button', { name: 'Evaluate the course' })).not.toBeInTheDocument();
  });
});
