/** The lab's scheduler: one computation at a time, only the latest wish shown, results kept, a failed worker replaced by the page. */
import { describe, expect, it } from 'vitest';
import { type Compute, computeHere, createLabRunner } from '../../../../src/widgets/scaling/lab-runner.ts';
import { type LabParams, type LabResult, labResult } from '../../../../src/widgets/scaling/variance-lab.ts';

const p = (d_k: number): LabParams => ({ d_k, sigma: 1, seed: 1, samples: 50 });

/** A compute that waits for the test to release each request. */
function manual() {
  const queue: { params: LabParams; resolve: (r: LabResult) => void; reject: (e: Error) => void }[] = [];
  const compute: Compute = (params) => new Promise((resolve, reject) => queue.push({ params, resolve, reject }));
  const finish = async (fail = false) => {
    const job = queue.shift()!;
    if (fail) job.reject(new Error('worker gone'));
    else job.resolve(labResult(job.params));
    await new Promise((r) => setTimeout(r, 0));
  };
  return { compute, queue, finish };
}

describe('createLabRunner', () => {
  it('computes one request at a time and shows only the latest', async () => {
    const m = manual();
    const shown: number[] = [];
    const busy: boolean[] = [];
    const runner = createLabRunner(m.compute, (r) => shown.push(r.d_k), { onBusy: (b) => busy.push(b) });
    runner.request(p(1));
    runner.request(p(2));
    runner.request(p(3));
    expect(m.queue.map((j) => j.params.d_k)).toEqual([1]); // 2 and 3 wait; 2 is never computed
    await m.finish();
    expect(shown).toEqual([]);
    expect(m.queue.map((j) => j.params.d_k)).toEqual([3]);
    await m.finish();
    expect(shown).toEqual([3]);
    expect(busy.at(-1)).toBe(false);
  });

  it('answers from its cache at once, and a cached answer overtakes a running one', async () => {
    const m = manual();
    const shown: number[] = [];
    const runner = createLabRunner(m.compute, (r) => shown.push(r.d_k));
    runner.remember(labResult(p(64)));
    runner.request(p(64));
    expect(shown).toEqual([64]);
    runner.request(p(128));
    runner.request(p(64));
    expect(shown).toEqual([64, 64]);
    await m.finish(); // 128 arrives late: kept, not shown
    expect(shown).toEqual([64, 64]);
    runner.request(p(128));
    expect(shown).toEqual([64, 64, 128]);
    expect(m.queue).toHaveLength(0);
  });

  it('computes on the page when the worker fails', async () => {
    const m = manual();
    const shown: LabResult[] = [];
    const runner = createLabRunner(m.compute, (r) => shown.push(r));
    runner.request(p(8));
    await m.finish(true);
    expect(shown).toEqual([labResult(p(8))]);
  });

  it('forgets the oldest results beyond its cache size and shows nothing once disposed', async () => {
    const m = manual();
    const shown: number[] = [];
    const runner = createLabRunner(m.compute, (r) => shown.push(r.d_k), { cacheSize: 2 });
    for (const d of [1, 2, 3]) runner.remember(labResult(p(d)));
    runner.request(p(1)); // dropped: computed again
    expect(m.queue).toHaveLength(1);
    runner.dispose();
    await m.finish();
    runner.request(p(2));
    expect(shown).toEqual([]);
  });

  it('computeHere gives the lab’s result', async () => {
    expect(await computeHere(p(4))).toEqual(labResult(p(4)));
  });
});
