// What the page keeps on this computer between visits (localStorage): the heading the user types once, the award
// start, the category mapping and the names of the profile fields the user said hold the discipline. Nothing of the
// LMS files is kept.
const KEY = 'dow-m5-report-settings';

/** Enough for the few Moodle sites one grant manager reads from. */
const REMEMBERED_COLUMNS = 10;

export interface SavedSettings {
  program: string;
  grantNumber: string;
  awardStart: string;
  mappingJson: string;
  /** Profile field columns that hold the discipline, most recently chosen first. */
  disciplineColumns: string[];
}

const EMPTY: SavedSettings = { program: '', grantNumber: '', awardStart: '', mappingJson: '', disciplineColumns: [] };

/** The list with `column` first: the latest choice wins for a file that has several of the columns. */
export function rememberColumn(columns: readonly string[], column: string): string[] {
  return [column, ...columns.filter((known) => known !== column)].slice(0, REMEMBERED_COLUMNS);
}

export function loadSettings(storage: Storage | null): SavedSettings {
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<SavedSettings>;
    return {
      program: typeof saved.program === 'string' ? saved.program : '',
      grantNumber: typeof saved.grantNumber === 'string' ? saved.grantNumber : '',
      awardStart: typeof saved.awardStart === 'string' ? saved.awardStart : '',
      mappingJson: typeof saved.mappingJson === 'string' ? saved.mappingJson : '',
      disciplineColumns: Array.isArray(saved.disciplineColumns)
        ? saved.disciplineColumns.filter((column): column is string => typeof column === 'string').slice(0, REMEMBERED_COLUMNS)
        : [],
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
