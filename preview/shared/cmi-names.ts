// CMI elements the LMS side manages itself, named per version.
import type { ScormVersion } from './lms-types';

export interface CmiNames {
  entry: string;
  exit: string;
  sessionTime: string;
  totalTime: string;
  location: string;
  suspendData: string;
  learnerId: string;
  learnerName: string;
  credit: string;
  mode: string;
}

export const CMI_NAMES: Record<ScormVersion, CmiNames> = {
  '12': {
    entry: 'cmi.core.entry',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    totalTime: 'cmi.core.total_time',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    credit: 'cmi.core.credit',
    mode: 'cmi.core.lesson_mode',
  },
  '2004': {
    entry: 'cmi.entry',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    totalTime: 'cmi.total_time',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    credit: 'cmi.credit',
    mode: 'cmi.mode',
  },
};
