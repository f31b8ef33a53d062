// True on a page whose content note the learner answered with "skip the details": blocks then show the text
// their authors wrote without those details (withoutDetails).
import { createContext, useContext } from 'react';

export const HideDetailsContext = createContext(false);

export const useHideDetails = (): boolean => useContext(HideDetailsContext);

export function chooseDetails<T>(hideDetails: boolean, full: T, withoutDetails: T | undefined): T {
  return hideDetails && withoutDetails !== undefined ? withoutDetails : full;
}
