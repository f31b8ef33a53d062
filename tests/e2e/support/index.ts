// What browser tests import: `import { launchChromium, startPreview, openCourse, … } from './support'`.
export { launchChromium } from './browser';
export { startPreview, type Preview, type SharedPreview } from './preview';
export { openCourse, reopenCourse, closeTab, crashTab, type Course, type LmsHandle, type OpenCourseOptions } from './course';
export { assertCleanRun } from './assert-clean-run';
export { readStoredRecord } from './stored-record';
export { externalRequests } from './network-guard';
export { buildMiniScoDist, type MiniScoDist } from './mini-sco-dist';
export type { Faults, GetValueFault, LmsOptions } from '../../../preview/shared/launch-query';
export type { ApiCall, CmiRecord, ScormVersion, StoredRecord } from '../../../preview/shared/lms-types';
