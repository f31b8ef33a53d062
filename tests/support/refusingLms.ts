// An LMS stricter than scorm-again on its own, for unit tests: it refuses the SetValue calls a test names (as a
// real LMS refuses a value its validation rejects, or an interaction past its cap), with an error code the
// course can read. The index rule (n ≤ _count) is scorm-again's own. The preview's strict LMS (records-lms)
// does the same for the browser tests.
export interface Refusals {
  /** SetValue of matching elements returns "false"… */
  refuse?: RegExp;
  /** …this many times (always without it). */
  refuseTimes?: number;
  /** Interactions at an index ≥ this are refused, as an LMS with a cap does. */
  maxInteractions?: number;
}

const SET = /^(LMSSetValue|SetValue)$/;
const LAST_ERROR = /^(LMSGetLastError|GetLastError)$/;
const REFUSED_ERROR = '351';

export function refusing<T extends object>(api: T, refusals: Refusals): T {
  let timesLeft = refusals.refuseTimes ?? Number.POSITIVE_INFINITY;
  let injectedError: string | null = null;
  const refused = (element: string): boolean => {
    const slot = /^cmi\.interactions\.(\d+)\./.exec(element);
    if (slot && refusals.maxInteractions !== undefined && Number(slot[1]) >= refusals.maxInteractions) return true;
    if (refusals.refuse?.test(element) && timesLeft > 0) {
      timesLeft -= 1;
      return true;
    }
    return false;
  };
  return new Proxy(api, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof property !== 'string' || typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (SET.test(property)) {
        return (element: string, setTo: string) => {
          if (refused(element)) {
            injectedError = REFUSED_ERROR;
            return 'false';
          }
          injectedError = null;
          return method.call(object, element, setTo);
        };
      }
      if (LAST_ERROR.test(property)) return () => injectedError ?? method.call(object);
      return (...args: unknown[]) => {
        injectedError = null;
        return method.apply(object, args);
      };
    },
  });
}
