// Entry point of the harness page: an LMS for one SCORM version around the package's index.html.
// Runs as a classic script in <head>, so the API exists before the course frame is created.
import { parseHarnessConfig, HARNESS_CONFIG_ELEMENT_ID, type HarnessConfig } from '../shared/harness-config';
import { buildLaunchQuery, parseLaunchQuery, type LaunchQuery } from '../shared/launch-query';
import type { ApiCall } from '../shared/lms-types';
import { createApiWrapper } from './api-wrapper';
import { attachApi } from './attach-api';
import { applyOneShotParams } from './launch-query-effects';
import { launchValues } from './launch-values';
import { readElement } from './read-element';
import { clearStoredRecord, readStoredRecord, writeStoredRecord } from './record-store';
import { createScormRuntime } from './scorm-runtime';
import { appendCallRow, renderRecordTable, showStatus } from './view';

const SCO_FRAME_NAME = 'sco';

function start(config: HarnessConfig, query: LaunchQuery): void {
  const { version } = config;
  applyOneShotParams(version, query);
  const runtime = createScormRuntime(version, launchValues(version, readStoredRecord(version), config.passMark));
  const calls: ApiCall[] = [];
  const renderRecord = debounce(() => renderRecordTable(runtime.snapshot(), readStoredRecord(version)));
  const wrapper = createApiWrapper(version, runtime, query.faults, {
    onCall(call) {
      calls.push(call);
      appendCallRow(call, calls.length - 1);
      renderRecord();
    },
    onSave(savedBy) {
      writeStoredRecord(version, { cmi: runtime.snapshot(), savedBy });
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
  };
  const attached = attachApi(version, wrapper.api, query.faults);
  const refused = runtime.rejected.length ? ` The data model refused stored values for: ${runtime.rejected.join(', ')}.` : '';
  const faults = buildLaunchQuery({ faults: query.faults }).toString();
  const injected = faults ? ` Injected faults: ${faults}.` : '';

  document.addEventListener('DOMContentLoaded', () => {
    showStatus(attached + injected + refused);
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
