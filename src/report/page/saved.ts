// What the page keeps on this computer between visits (localStorage): the heading the user types once, the award
// start and the category mapping. Nothing of the LMS files is kept.
const KEY = 'dow-m5-report-settings';

export interface SavedSettings {
  program: string;
  grantNumber: string;
  awardStart: string;
  mappingJson: string;
}

const EMPTY: SavedSettings = { program: '', grantNumber: '', awardStart: '', mappingJson: '' };

export function loadSettings(storage: Storage | null): SavedSettings {
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<SavedSettings>;
    return {
      program: typeof saved.program === 'string' ? saved.program : '',
      grantNumber: typeof saved.grantNumber === 'string' ? saved.grantNumber : '',
      awardStart: typeof saved.awardStart === 'string' ? saved.awardStart : '',
      mappingJson: typeof saved.mappingJson === 'string' ? saved.mappingJson : '',
    };
  } catch {
    return EMPTY;
  }
}

export function saveSettings(storage: Storage | null, settings: SavedSettings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage may be off (private windows, file:// in some browsers): the page works, it just forgets.
  }
}

/** localStorage, or null where the browser refuses it (it throws on access in some file:// setups). */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
