// The files the user added and what the core made of them. Any change (a file added or removed, columns chosen, a
// discipline column named) reads every file again into a fresh store: simpler than undoing a file's rows, and quick enough (a million
// interactions take a few seconds).
import { useEffect, useRef, useState } from 'react';
import type { CourseFacts } from '../core/course';
import type { ReadOutcome } from '../core/read';
import { LearnerStore } from '../core/store';
import type { ColumnMapping } from '../core/tables/generic';
import { readBrowserFile } from './readBrowserFile';

export interface AddedFile {
  id: number;
  file: File;
  /** Columns the user chose, for an export of another LMS. */
  mapping: ColumnMapping | null;
}

export interface ReadState {
  store: LearnerStore;
  outcomes: Map<number, ReadOutcome>;
  /** "Reading scorm12_interactions.txt (45%)" while reading; null when done. */
  progress: string | null;
  /** Seconds the last reading took, for the page to say. */
  seconds: number | null;
}

/** `disciplineColumns`: the profile field columns the user said hold the discipline, most recent first. */
export function useReportFiles(course: CourseFacts, disciplineColumns: readonly string[]) {
  const [files, setFiles] = useState<AddedFile[]>([]);
  const [state, setState] = useState<ReadState>({ store: new LearnerStore(), outcomes: new Map(), progress: null, seconds: null });
  const nextId = useRef(1);
  const generation = useRef(0);

  useEffect(() => {
    const mine = (generation.current += 1);
    const store = new LearnerStore();
    const outcomes = new Map<number, ReadOutcome>();
    const started = performance.now();
    void (async () => {
      for (const [index, added] of files.entries()) {
        const label = `Reading ${added.file.name} (file ${index + 1} of ${files.length})`;
        setState((previous) => ({ ...previous, progress: label }));
        let lastShown = 0;
        const outcome = await readBrowserFile(
          added.file,
          store,
          course,
          { disciplineColumns, ...(added.mapping ? { mapping: added.mapping } : {}) },
          (share) => {
            if (share - lastShown < 0.05 || generation.current !== mine) return;
            lastShown = share;
            setState((previous) => ({ ...previous, progress: `${label}: ${Math.round(share * 100)}%` }));
          },
        );
        if (generation.current !== mine) return;
        outcomes.set(added.id, outcome);
      }
      if (generation.current === mine) setState({ store, outcomes, progress: null, seconds: (performance.now() - started) / 1000 });
    })();
  }, [files, course, disciplineColumns]);

  return {
    files,
    ...state,
    add(list: FileList | File[]) {
      const added = [...list].map((file) => ({ id: nextId.current++, file, mapping: null }));
      if (added.length > 0) setFiles((current) => [...current, ...added]);
    },
    remove(id: number) {
      setFiles((current) => current.filter((added) => added.id !== id));
    },
    setMapping(id: number, mapping: ColumnMapping) {
      setFiles((current) => current.map((added) => (added.id === id ? { ...added, mapping } : added)));
    },
  };
}
