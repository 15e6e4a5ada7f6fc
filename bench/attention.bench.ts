/**
 * Scaled dot-product attention forward, softmax(QKᵀ/√d) V with n_q = n_k = n and d_k = d_v = d:
 * the kernel against onnxruntime-node (one thread, float32) and a naive number[][] version.
 * Run with `npm run bench`; bench/README.md explains the numbers.
 */
import { cpus } from 'node:os';
import * as ort from 'onnxruntime-node';
import { type Matrix, createRng, scaledDotProductAttention } from '../src/kernel/index.ts';
import { attentionModel } from '../tests/helpers/onnx-graphs.ts';

const SIZES = [4, 16, 64, 256, 512];
const WIDTHS = [8, 64];
const WARMUP_MS = 100;
const BATCH_MS = 50; // the median of 5 batches of ≥ 50 ms each: ≥ 250 ms per cell, robust to a GC pause
const BATCHES = 5;

/** The textbook version on nested arrays, as a reader might first write it. */
function naiveAttention(Q: number[][], K: number[][], V: number[][]): number[][] {
  const d = Q[0]!.length, d_v = V[0]!.length;
  const scale = 1 / Math.sqrt(d);
  return Q.map((q) => {
    const s = K.map((k) => {
      let dot = 0;
      for (let p = 0; p < d; p++) dot += q[p]! * k[p]!;
      return dot * scale;
    });
    let max = -Infinity;
    for (const x of s) max = Math.max(max, x);
    const e = s.map((x) => Math.exp(x - max));
    const sum = e.reduce((a, b) => a + b, 0);
    const out = new Array<number>(d_v).fill(0);
    e.forEach((w, j) => {
      const v = V[j]!;
      for (let c = 0; c < d_v; c++) out[c]! += (w / sum) * v[c]!;
    });
    return out;
  });
}

/** Median time per call in µs, over BATCHES batches each long enough to time reliably. */
async function timePerCall(call: () => unknown): Promise<number> {
  const now = () => performance.now();
  let sink = 0; // keeps the results alive so nothing is optimized away
  const run = async (times: number) => {
    for (let k = 0; k < times; k++) {
      const r = call();
      sink += r instanceof Promise ? ((await r) as number) : (r as number);
    }
  };
  // Warm-up (JIT, ORT's first-run allocations), which also tells how many calls fill a batch.
  let calls = 0;
  const start = now();
  while (now() - start < WARMUP_MS || calls < 2) {
    await run(1);
    calls++;
  }
  const perBatch = Math.max(1, Math.ceil((BATCH_MS * calls) / (now() - start)));
  const samples: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const t0 = now();
    await run(perBatch);
    samples.push(((now() - t0) * 1000) / perBatch);
  }
  if (Number.isNaN(sink)) console.log('(sink)'); // practically never; it is here to be read
  return samples.sort((a, b) => a - b)[Math.floor(BATCHES / 2)]!;
}

const toNested = (M: Matrix) => M.toArray();
const toFloat32 = (M: Matrix) => new ort.Tensor('float32', Float32Array.from(M.data), [M.rows, M.cols]);

interface Row { n: number; d: number; kernel: number; ort: number; naive: number; ortError: number; naiveError: number }

async function benchCell(n: number, d: number): Promise<Row> {
  const rng = createRng(n * 100 + d);
  const Q = rng.matrix(n, d), K = rng.matrix(n, d), V = rng.matrix(n, d);
  const [Qa, Ka, Va] = [Q, K, V].map(toNested) as [number[][], number[][], number[][]];
  // Fixed shapes and only `output` as graph output, so ORT may fold √d and fuse as it likes.
  const session = await ort.InferenceSession.create(attentionModel({ type: 'float32', n_q: n, n_k: n, d_k: d, d_v: d, intermediates: false }), {
    intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all',
  });
  const feeds = { Q: toFloat32(Q), K: toFloat32(K), V: toFloat32(V) };

  // All three must compute the same thing before their times mean anything.
  const reference = scaledDotProductAttention(Q, K, V).output;
  const ortOut = (await session.run(feeds))['output']!.data as Float32Array;
  const naiveOut = naiveAttention(Qa, Ka, Va).flat();
  const maxDiff = (xs: ArrayLike<number>) => Array.from(xs).reduce((m, x, k) => Math.max(m, Math.abs(x - reference.data[k]!)), 0);
  const row = { n, d, ortError: maxDiff(ortOut), naiveError: maxDiff(naiveOut) };
  if (row.ortError > 1e-4 || row.naiveError > 1e-9) throw new Error(`implementations disagree at n=${n}, d=${d}: ${JSON.stringify(row)}`);

  const kernel = await timePerCall(() => scaledDotProductAttention(Q, K, V).output.data[0]);
  const ortTime = await timePerCall(async () => (await session.run(feeds))['output']!.data[0]);
  const naive = await timePerCall(() => naiveAttention(Qa, Ka, Va)[0]![0]);
  await session.release();
  return { ...row, kernel, ort: ortTime, naive };
}

const gflops = (n: number, d: number, us: number) => (4 * n * n * d) / (us * 1e3); // 2n²d for QKᵀ + 2n²d for AV
const fmt = (x: number, digits = 3) => (x >= 100 ? x.toFixed(0) : x.toPrecision(digits));

console.log(`node ${process.version}, onnxruntime-node ${ort.env.versions.common}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} logical CPUs`);
console.log('times are µs per call (median of 5 batches); GFLOP/s counts 4·n²·d; ratio = kernel time / ORT time (< 1: kernel faster)\n');
console.log('| n | d | kernel µs | ORT µs | naive µs | kernel GFLOP/s | ORT GFLOP/s | naive GFLOP/s | kernel / ORT |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const began = performance.now();
// One throw-away cell first, so the first row is not timed while V8 is still tiering up the code.
await benchCell(16, 8);
for (const d of WIDTHS) {
  for (const n of SIZES) {
    const r = await benchCell(n, d);
    console.log(`| ${n} | ${d} | ${fmt(r.kernel)} | ${fmt(r.ort)} | ${fmt(r.naive)} | ${fmt(gflops(n, d, r.kernel), 2)} | ${fmt(gflops(n, d, r.ort), 2)} | ${fmt(gflops(n, d, r.naive), 2)} | ${r.kernel / r.ort < 10 ? (r.kernel / r.ort).toFixed(2) : (r.kernel / r.ort).toFixed(1)} |`);
  }
}
console.log(`\n(total ${((performance.now() - began) / 1000).toFixed(1)} s)`);
