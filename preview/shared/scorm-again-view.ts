// The strict rules' view of a scorm-again API: GetValue on the API itself, with the API's error code put
// back afterwards, so that looking (say, at a collection's _count) never changes what the SCO sees next.
import { API_METHOD_NAMES } from './api-methods';
import type { ScormVersion } from './lms-types';
import type { DataModelView } from './strict-rules';

export function scormAgainView(api: object, version: ScormVersion): DataModelView {
  const getValue: unknown = Reflect.get(api, API_METHOD_NAMES[version].getValue);
  if (typeof getValue !== 'function') throw new Error(`scorm-again has no ${API_METHOD_NAMES[version].getValue}`);
  return {
    read(element) {
      const errorCode: unknown = Reflect.get(api, 'lastErrorCode');
      const value: unknown = Reflect.apply(getValue, api, [element]);
      Reflect.set(api, 'lastErrorCode', errorCode);
      // What the course receives from a misbehaving LMS, spelled the way String() would for a scalar.
      if (typeof value === 'string') return value;
      if (value === null || value === undefined) return '';
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : (JSON.stringify(value) ?? '');
    },
  };
}
