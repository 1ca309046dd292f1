import { memberKinds, taskStates, type TaskKind, type TaskState } from '../types';

export type TaskSearch = { kind?: TaskKind; state?: TaskState };

/** `?kind=ASSESSMENT&state=OPEN`: only a member's kinds and the two states are kept. */
export function parseTaskSearch(search: Record<string, unknown>): TaskSearch {
  const kind = search.kind;
  const state = search.state;
  return {
    kind: (memberKinds as readonly unknown[]).includes(kind) ? (kind as TaskKind) : undefined,
    state: (taskStates as readonly unknown[]).includes(state) ? (state as TaskState) : undefined,
  };
}
