/// <reference lib="webworker" />
/** The variance lab's worker: one experiment per message, answered with the widget's summary of it. */
import { type LabParams, labResult } from './variance-lab.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; params: LabParams }>) => {
  const { id, params } = event.data;
  try {
    scope.postMessage({ id, result: labResult(params) });
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
