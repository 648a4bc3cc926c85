// The reader's practice progress as React state, shared by every component that shows it (practice page,
// exam map) and kept in step across tabs. On the server, and while the page hydrates, it is empty progress:
// the figures appear once the page runs in the browser.
import {useSyncExternalStore} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {
  PROGRESS_KEY,
  emptyProgress,
  readStoredProgress,
  writeStoredProgress,
  type PracticeProgress,
} from './practiceProgress';

const CHANGE_EVENT = 'apuntes-aws-practice-change';

const storage = (): Storage | undefined => {
  try {
    return ExecutionEnvironment.canUseDOM ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
};

// One snapshot object per stored text, as useSyncExternalStore requires.
let cachedText: string | null | undefined;
let cachedProgress: PracticeProgress = emptyProgress;

function snapshot(): PracticeProgress {
  let text: string | null = null;
  try {
    text = storage()?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    text = null;
  }
  if (text !== cachedText) {
    cachedText = text;
    cachedProgress = readStoredProgress(storage());
  }
  return cachedProgress;
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === PROGRESS_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export function usePracticeProgress(): PracticeProgress {
  return useSyncExternalStore(subscribe, snapshot, () => emptyProgress);
}

/** Replaces the saved progress with the result of `update`; false when the browser refused to store it. */
export function updatePracticeProgress(update: (progress: PracticeProgress) => PracticeProgress): boolean {
  const saved = writeStoredProgress(storage(), update(snapshot()));
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return saved;
}
