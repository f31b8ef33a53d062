// The largest saved state the real course can produce (see tests/support/worstCaseState.ts) must fit SCORM 1.2's
// suspend_data (4096 characters) with room to spare: our budget is 1000, so a slow LMS link stays quick.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/load';
import { indexCourse } from '../../src/core/courseIndex';
import { pretestItems } from '../../src/core/preTest';
import { SEED_LIMIT } from '../../src/core/random';
import { decodeState, encodeState } from '../../src/core/savedState';
import { SCORM12_LIMITS } from '../../src/tracking/scorm12Tracker';
import { repoRoot } from '../support/fixtures';
import { worstCaseState } from '../support/worstCaseState';

const SUSPEND_DATA_BUDGET = 1000;

const index = indexCourse(loadCourse(repoRoot));
const worstCase = worstCaseState(index);
const encoded = encodeState(index, worstCase);

describe('suspend_data for the real course, worst case', () => {
  it('is the state it claims to be: every page, activity and practice answer, every attempt answered in full, the pre-test, the evaluation, the seeds', () => {
    expect(worstCase.visited).toHaveLength(index.pageOrder.length);
    expect(worstCase.done).toHaveLength(index.activityIds.size);
    expect(Object.keys(worstCase.answers)).toHaveLength(index.practiceIds.size);
    expect(worstCase.attempts).toHaveLength(index.course.attempts);
    const drawSize = index.final?.pools.reduce((sum, pool) => sum + pool.draw, 0) ?? 0;
    for (const attempt of worstCase.attempts) {
      expect(Object.keys(attempt.answers)).toHaveLength(drawSize);
      expect(attempt.seed).toBe(SEED_LIMIT - 1);
    }
    expect(worstCase.role).not.toBeNull();
    expect(worstCase.shuffleSeed).toBe(SEED_LIMIT - 1);
    expect(index.pretest).not.toBeNull();
    expect(worstCase.pretest?.finished).toBe(true);
    expect(Object.keys(worstCase.pretest?.answers ?? {})).toHaveLength(pretestItems(index, worstCase.shuffleSeed).length);
    expect(Object.keys(worstCase.evaluation ?? {})).toHaveLength(index.evaluation?.items.length ?? -1);
  });

  it(`fits SCORM 1.2's ${SCORM12_LIMITS.suspendData} characters and the ${SUSPEND_DATA_BUDGET}-character budget`, () => {
    console.info(
      `worst-case suspend_data: ${encoded.length} characters (SCORM 1.2 limit ${SCORM12_LIMITS.suspendData}, budget ${SUSPEND_DATA_BUDGET})`,
    );
    expect(encoded.length).toBeLessThanOrEqual(SCORM12_LIMITS.suspendData);
    expect(encoded.length).toBeLessThanOrEqual(SUSPEND_DATA_BUDGET);
  });

  it('decodes back to the same record, so nothing in it is lost to its size', () => {
    const decoded = decodeState(index, encoded);
    expect(decoded.problem).toBeNull();
    expect(encodeState(index, decoded.state)).toBe(encoded);
  });
});
