// The longest suspend_data the course can write: the encoding of the largest learner state (every page, activity,
// answer and attempt; tests/support/worstCaseState.ts), for the real course content.
import { loadCourse } from '../../src/content/load';
import { indexCourse } from '../../src/core/courseIndex';
import { encodeState } from '../../src/core/savedState';
import { worstCaseState } from '../../tests/support/worstCaseState';
import { repoRoot } from '../paths';

export function worstCaseSuspendDataLength(): number {
  const index = indexCourse(loadCourse(repoRoot));
  return encodeState(index, worstCaseState(index)).length;
}
