// Entry point of the harness page: an LMS for one SCORM version around the package's index.html.
// Runs as a classic script in <head>, so the API exists before the course frame is created.
import { CMI_NAMES } from '../shared/cmi-names';
import { parseHarnessConfig, HARNESS_CONFIG_ELEMENT_ID, type HarnessConfig } from '../shared/harness-config';
import { buildLaunchQuery, parseLaunchQuery, type LaunchQuery } from '../shared/launch-query';
import type { ApiCall, CmiRecord, ScormVersion } from '../shared/lms-types';
import { moodleFinish12, moodleGrade, moodleStoredRecord } from '../shared/moodle-profile';
import { createSetValueGate } from '../shared/strict-gate';
import { createApiWrapper } from './api-wrapper';
import { attachApi } from './attach-api';
import { applyOneShotParams } from './launch-query-effects';
import { launchValues } from './launch-values';
import { readElement } from './read-element';
import { archiveCurrentAttempt, clearStoredRecord, readEarlierAttempts, readStoredRecord, writeStoredRecord } from './record-store';
import { createScormRuntime, type ScormRuntime } from './scorm-runtime';
import { appendCallRow, renderMoodleLine, renderRecordTable, showStatus } from './view';

const SCO_FRAME_NAME = 'sco';

function start(config: HarnessConfig, query: LaunchQuery): void {
  const { version } = config;
  const { lms } = query;
  applyOneShotParams(version, query);
  const launch = launchValues(version, readStoredRecord(version), lms, query.newAttempt, config.passMark);
  if (launch.startsNewAttempt) archiveCurrentAttempt(version);
  // What Moodle holds for this attempt when the session starts; the session's changes are written over it.
  const attemptAtLaunch = readStoredRecord(version)?.cmi ?? {};
  const runtime = createScormRuntime(version, launch.values);
  const atLaunch = runtime.snapshot();
  const moodle = lms.lmsProfile === 'moodle';
  const moodleState = () => ({
    attempt: readEarlierAttempts(version).length + 1,
    grade: moodleGrade(version, [...readEarlierAttempts(version), readStoredRecord(version)?.cmi ?? {}]),
  });
  const calls: ApiCall[] = [];
  const renderRecord = debounce(() => {
    renderRecordTable(runtime.snapshot(), readStoredRecord(version));
    if (moodle)
      renderMoodleLine({
        ...moodleState(),
        mode: atLaunch[CMI_NAMES[version].mode] ?? '',
        credit: atLaunch[CMI_NAMES[version].credit] ?? '',
      });
  });
  const gate = createSetValueGate(
    version,
    {
      strict: !lms.lenient,
      ...(lms.maxInteractions !== undefined && { maxInteractions: lms.maxInteractions }),
      ...(query.faults.refuse !== undefined && { refuse: { pattern: new RegExp(query.faults.refuse), times: query.faults.refuseTimes } }),
    },
    runtime.view,
  );
  const wrapper = createApiWrapper(version, runtime, query.faults, gate, {
    onCall(call) {
      calls.push(call);
      appendCallRow(call, calls.length - 1);
      renderRecord();
    },
    onSave(savedBy) {
      const cmi = moodle ? moodleRecord(version, runtime, attemptAtLaunch, atLaunch, savedBy) : runtime.snapshot();
      writeStoredRecord(version, { cmi, savedBy });
    },
  });
  window.__lms = {
    version,
    calls,
    record: () => readStoredRecord(version),
    cmi: (element) => readElement(runtime.snapshot(), element),
    get terminateCount() {
      return wrapper.terminateCount();
    },
    ...(moodle && {
      get moodle() {
        return moodleState();
      },
    }),
  };
  const attached = attachApi(version, wrapper.api, query.faults);
  const refused = runtime.rejected.length ? ` The data model refused stored values for: ${runtime.rejected.join(', ')}.` : '';
  const faults = buildLaunchQuery({ faults: query.faults }).toString();
  const injected = faults ? ` Injected faults: ${faults}.` : '';
  const options = buildLaunchQuery({ lms }).toString();
  const strictness = lms.lenient ? ' Lenient: plain scorm-again.' : ' Strict: Moodle 5 validation rules and the SCORM index rules.';
  const lmsLine = `${strictness}${options ? ` LMS options: ${options}.` : ''}`;

  document.addEventListener('DOMContentLoaded', () => {
    showStatus(attached + lmsLine + injected + refused);
    renderRecord();
    document.getElementById('relaunch')?.addEventListener('click', () => {
      unloadSco();
      location.reload();
    });
    document.getElementById('reset')?.addEventListener('click', () => {
      unloadSco();
      clearStoredRecord(version);
      location.reload();
    });
    launchSco(config, query);
  });
}

// Moodle stores what the session changed over the attempt's record; a SCORM 1.2 LMSFinish also lets
// mastery_score decide lesson_status.
function moodleRecord(
  version: ScormVersion,
  runtime: ScormRuntime,
  attemptAtLaunch: CmiRecord,
  atLaunch: CmiRecord,
  savedBy: 'commit' | 'terminate',
): CmiRecord {
  const live = runtime.snapshot();
  return moodleStoredRecord(attemptAtLaunch, atLaunch, version === '12' && savedBy === 'terminate' ? moodleFinish12(live) : live);
}

function launchSco(config: HarnessConfig, query: LaunchQuery): void {
  const frame = document.createElement('iframe');
  frame.name = SCO_FRAME_NAME;
  frame.title = 'Course';
  frame.src = query.faults.crossOrigin ? new URL(config.launchPath, config.scoOrigin).href : config.launchPath;
  document.getElementById('sco-slot')?.append(frame);
}

// Removing the frame runs the course's pagehide/unload handlers now, while this page and its API are
// intact, so whatever the course saves on the way out is stored before the page reloads.
function unloadSco(): void {
  document.querySelector(`iframe[name="${SCO_FRAME_NAME}"]`)?.remove();
}

// Coalesces the record table's redraws: a course may make dozens of calls in one go.
function debounce(action: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      action();
    }, 0);
  };
}

function readConfig(): HarnessConfig {
  const element = document.getElementById(HARNESS_CONFIG_ELEMENT_ID);
  if (!element?.textContent) throw new Error(`The page has no #${HARNESS_CONFIG_ELEMENT_ID}`);
  return parseHarnessConfig(element.textContent);
}

try {
  start(readConfig(), parseLaunchQuery(new URLSearchParams(location.search)));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  document.addEventListener('DOMContentLoaded', () => showStatus(`The preview could not start: ${message}`));
  throw error;
}
