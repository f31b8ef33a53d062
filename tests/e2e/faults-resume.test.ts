// The fault matrix, continued (see faults.test.ts): what the LMS hands back when the learner returns. A saved
// state that is garbage, cut short or another course's; one from an older version of the course; a tab that
// died; a record already completed or passed. (A full run with every answer given, against SCORM 1.2's limits,
// is in full-run.test.ts.)
import { describe, expect, it } from 'vitest';
import type { CoursePage } from '../../src/content/course';
import { correctAnswer } from '../../src/core/answers';
import { indexCourse } from '../../src/core/courseIndex';
import type { Action } from '../../src/core/progress';
import { encodeState } from '../../src/core/savedState';
import { assertCleanRun, crashTab, openCourse, reopenCourse, type Course, type ScormVersion } from './support';
import { useBrowserAndPreview } from './support/browserAndPreview';
import { course, expectPage, finishSession, next, reachPage, start, takeFinalAttempt } from './support/learner';
import {
  courseIndex,
  finishedState,
  goToPageFromMenu,
  menuState,
  menuStates,
  openResults,
  stateAfter,
  STATUS_ELEMENTS,
  suspendedRecord,
  valuesWritten,
  type LmsStatus,
} from './support/resilience';

const env = useBrowserAndPreview();

const pageById = (id: string): CoursePage => {
  const page = course.pages.find((p) => p.id === id);
  if (!page) throw new Error(`The course has no page "${id}"; this test names pages of the real course`);
  return page;
};
const [firstPage, secondPage, thirdPage, fourthPage] = course.pages as [CoursePage, CoursePage, CoursePage, CoursePage];
const finalPage = course.pages.find((page) => page.blocks.some((b) => b.type === 'quiz' && course.quizzes[b.quiz]?.kind === 'final'))!;
const somePages = stateAfter([firstPage, secondPage, thirdPage].map((page): Action => ({ type: 'go', pageId: page.id })));

function openWithRecord(version: ScormVersion, status: LmsStatus, suspendData: string, score?: number): Promise<Course> {
  return openCourse(env.browser, env.preview, { version, preload: suspendedRecord(version, status, suspendData, score) });
}

/** Every completion (and success) value the course wrote, as "completion" or "completion/success" per write. */
function statusesWritten(
  calls: Awaited<ReturnType<Course['lms']['calls']>>,
  version: ScormVersion,
): { completion: string[]; success: string[] } {
  const elements = STATUS_ELEMENTS[version];
  return {
    completion: valuesWritten(calls, version, elements.completion),
    success: elements.success ? valuesWritten(calls, version, elements.success) : [],
  };
}

describe.each(['12', '2004'] as const)('SCORM %s: resuming', (version) => {
  const unusable = [
    ['garbage', '{"lesson":3,"score":80}', 'could not be read'],
    ['cut short', encodeState(courseIndex, somePages).slice(0, -9), 'could not be read'],
    ['from another course', encodeState(indexCourse({ ...course, id: 'another-course' }), somePages), 'belongs to a different course'],
  ] as const;
  it.each(unusable)(
    '5. ignores saved state that is %s: keeps the LMS status, starts afresh and says why',
    async (_, suspendData, notice) => {
      const run = await openWithRecord(version, 'completed', suspendData);
      await run.sco.getByRole('status').filter({ hasText: notice }).waitFor();
      expect(await run.sco.getByRole('button', { name: /^Resume/ }).count()).toBe(0);
      await start(run.sco);
      await expectPage(run.sco, firstPage);
      const calls = await run.lms.calls();
      assertCleanRun(calls, version);
      expect(new Set(statusesWritten(calls, version).completion)).toEqual(new Set(['completed']));
      await run.context.close();
    },
  );

  it('6. migrates saved state from an older version of the course by stable ids, keeping what still exists', async () => {
    // The older version had a page since retired (with its own question), lacked the fourth page (added since),
    // and had the third and fifth pages the other way round.
    const template = thirdPage;
    const retiredPage: CoursePage = {
      ...template,
      id: 'retired-page',
      blocks: template.blocks.map((block) =>
        block.type === 'question' ? { ...block, question: { ...block.question, id: 'retired-question' } } : block,
      ),
    };
    const fifthPage = pageById('service-provider-collaboration');
    const reordered = [firstPage, secondPage, retiredPage, fifthPage, thirdPage];
    const olderIndex = indexCourse({
      ...course,
      pages: [...reordered, ...course.pages.filter((p) => ![...reordered, fourthPage].includes(p))],
    });
    const questionOn = (page: CoursePage) => olderIndex.requirementsByPage.get(page.id)!.find((r) => r.kind === 'question')!.id;
    const rightAnswer = (page: CoursePage): Action => ({
      type: 'answer',
      questionId: questionOn(page),
      answer: correctAnswer(olderIndex.questionById.get(questionOn(page))!),
    });
    const olderState = stateAfter(
      [
        ...[firstPage, secondPage, retiredPage].map((page): Action => ({ type: 'go', pageId: page.id })),
        rightAnswer(retiredPage),
        { type: 'go', pageId: fifthPage.id },
        ...olderIndex.requirementsByPage
          .get(fifthPage.id)!
          .flatMap((r): Action[] => (r.kind === 'activity' ? [{ type: 'complete', activityId: r.id }] : [])),
        { type: 'go', pageId: thirdPage.id },
        rightAnswer(thirdPage),
        { type: 'go', pageId: fifthPage.id },
      ],
      olderIndex,
    );

    const run = await openWithRecord(version, 'incomplete', encodeState(olderIndex, olderState));
    await run.sco.getByRole('button', { name: `Resume: ${fifthPage.title}` }).click();
    await expectPage(run.sco, fifthPage);
    expect(await run.sco.getByText('could not be read').count()).toBe(0);
    expect((await menuStates(run.sco)).slice(0, 5)).toEqual([
      menuState(firstPage.id, 'complete'),
      menuState(secondPage.id, 'complete'),
      menuState(thirdPage.id, 'complete'),
      menuState(fourthPage.id, 'not visited'),
      menuState(fifthPage.id, 'complete'),
    ]);
    assertCleanRun(await run.lms.calls(), version);
    await run.context.close();
  });

  it('7. after the tab is killed mid-page, resumes with everything up to the last page change', async () => {
    const first = await openCourse(env.browser, env.preview, { version });
    await reachPage(first.sco, 4);
    await crashTab(first);

    const again = await reopenCourse(first);
    await again.sco.getByRole('button', { name: `Resume: ${fourthPage.title}` }).click();
    await expectPage(again.sco, fourthPage);
    expect((await menuStates(again.sco)).slice(0, 4)).toEqual([
      menuState(firstPage.id, 'complete'),
      menuState(secondPage.id, 'complete'),
      menuState(thirdPage.id, 'complete'),
      menuState(fourthPage.id, 'visited'),
    ]);
    assertCleanRun(await again.lms.calls(), version);
    await again.context.close();
  });

  it('12. keeps a pass the LMS already has while the learner reviews the course', async () => {
    const finished = finishedState();
    const run = await openWithRecord(version, 'passed', encodeState(courseIndex, finished), 100);
    await run.sco.getByRole('button', { name: `Resume: ${pageById(finished.location!).title}` }).click();
    await goToPageFromMenu(run.sco, finalPage);
    await run.sco.getByText(/You scored 100%/).waitFor();
    await next(run.sco);
    await openResults(run.sco);
    await finishSession(run.sco);

    const calls = await run.lms.calls();
    assertCleanRun(calls, version);
    const written = statusesWritten(calls, version);
    expect(new Set(written.completion)).toEqual(new Set([version === '12' ? 'passed' : 'completed']));
    if (version === '2004') expect(new Set(written.success)).toEqual(new Set(['passed']));
    expect((await run.lms.record())?.cmi[STATUS_ELEMENTS[version].scoreRaw]).toBe('100');
    await run.context.close();
  });

  it('12. never writes incomplete over a completion the LMS already has, even after a failed attempt', async () => {
    const run = await openWithRecord(version, 'completed', encodeState(courseIndex, somePages));
    await run.sco.getByRole('button', { name: /^Resume: / }).click();
    await goToPageFromMenu(run.sco, finalPage);
    await takeFinalAttempt(run.sco, 0);
    await run.sco.getByText(/attempts? left/).waitFor();
    await next(run.sco);

    const calls = await run.lms.calls();
    assertCleanRun(calls, version);
    const written = statusesWritten(calls, version);
    expect(written.completion).not.toContain('incomplete');
    if (version === '2004') expect(written.success).toContain('failed');
    await run.context.close();
  });
});
