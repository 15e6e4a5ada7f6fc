import { describe, expect, it } from 'vitest';
import {
  KernelError, Matrix, add, addRowVector, concatCols, concatRows, dot, fromFunction, identity, isKernelError, map,
  matmul, matmulTransposed, matrix, rowVector, scale, sliceCols, sliceRows, splitHeads, toArray, transpose, zeros,
} from '../../../src/kernel/index.ts';

/** Runs f and returns the KernelError it throws. */
function errorOf(f: () => unknown): KernelError {
  try {
    f();
  } catch (e) {
    if (isKernelError(e)) return e;
    throw e;
  }
  throw new Error('expected a KernelError');
}

const A = [[1, 2, 3], [4, 5, 6]];
const B = [[7, 8], [9, 10], [11, 12]];

describe('Matrix', () => {
  it('round-trips nested arrays and exposes its shape', () => {
    const M = matrix(A);
    expect(M.shape).toEqual([2, 3]);
    expect(M.get(1, 2)).toBe(6);
    expect(M.toArray()).toEqual(A);
    expect(toArray(A)).toEqual(A);
    expect(toArray(M)).not.toBe(A);
    expect(Array.from(M.row(1))).toEqual([4, 5, 6]);
  });

  it('multiplies: [2,3]·[3,2] and A·Bᵀ', () => {
    expect(matmul(matrix(A), matrix(B)).toArray()).toEqual([[58, 64], [139, 154]]);
    expect(matmulTransposed(matrix(A), matrix(A)).toArray()).toEqual([[14, 32], [32, 77]]);
    // k not a multiple of 4 exercises the tail of the unrolled loop
    expect(matmulTransposed(matrix([[1, 2, 3, 4, 5]]), matrix([[1, 1, 1, 1, 1]])).toArray()).toEqual([[15]]);
    expect(dot([1, 2], [3, 4])).toBe(11);
  });

  it('transposes, adds, scales, maps and adds a bias to every row', () => {
    expect(transpose(matrix(A)).toArray()).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(add(matrix(A), matrix(A)).toArray()).toEqual([[2, 4, 6], [8, 10, 12]]);
    expect(scale(matrix(A), 0.5).toArray()).toEqual([[0.5, 1, 1.5], [2, 2.5, 3]]);
    expect(map(matrix(A), (v, i, j) => v * 10 + i + j).toArray()).toEqual([[10, 21, 32], [41, 52, 63]]);
    expect(addRowVector(matrix(A), [1, 0, -1]).toArray()).toEqual([[2, 2, 2], [5, 5, 5]]);
  });

  it('slices, concatenates and splits into heads', () => {
    const M = matrix(A);
    expect(sliceRows(M, 1).toArray()).toEqual([[4, 5, 6]]);
    expect(sliceCols(M, 1, 3).toArray()).toEqual([[2, 3], [5, 6]]);
    expect(concatCols([sliceCols(M, 0, 1), sliceCols(M, 1)]).toArray()).toEqual(A);
    expect(concatRows([sliceRows(M, 0, 1), sliceRows(M, 1)]).toArray()).toEqual(A);
    const heads = splitHeads(matrix([[1, 2, 3, 4]]), 2);
    expect(heads.map((h) => h.toArray())).toEqual([[[1, 2]], [[3, 4]]]);
  });

  it('builds zeros, identities, row vectors and matrices from a function', () => {
    expect(zeros(1, 2).toArray()).toEqual([[0, 0]]);
    expect(identity(2).toArray()).toEqual([[1, 0], [0, 1]]);
    expect(rowVector([1, 2]).shape).toEqual([1, 2]);
    expect(fromFunction(2, 2, (i, j) => i - j).toArray()).toEqual([[0, -1], [1, 0]]);
  });
});

describe('errors name the matrix and the shapes', () => {
  it('rejects empty, ragged and non-numeric input', () => {
    expect(errorOf(() => matrix([], 'X')).details).toEqual({ code: 'empty', matrix: 'X' });
    expect(errorOf(() => matrix([[]], 'X')).code).toBe('empty');
    expect(errorOf(() => matrix([[1, 2], [3]], 'W_Q')).details).toEqual({ code: 'ragged', matrix: 'W_Q', row: 1, expected: 2, actual: 1 });
    expect(errorOf(() => matrix([[1, 2], 3 as never], 'W_Q')).code).toBe('ragged');
    expect(errorOf(() => matrix('abc' as never, 'X')).code).toBe('invalidArgument');
    const text = errorOf(() => matrix([[1, 'x' as never]], 'Q'));
    expect(text.details).toEqual({ code: 'nonFinite', matrix: 'Q', row: 0, col: 1, value: 'x' });
    expect(text.message).toBe('Q[1, 2] is x, expected a finite number');
  });

  it('rejects NaN and infinities, also inside a Matrix', () => {
    expect(errorOf(() => matrix([[1, NaN]], 'K')).details).toMatchObject({ code: 'nonFinite', matrix: 'K', row: 0, col: 1 });
    expect(errorOf(() => matrix(new Matrix(1, 2, Float64Array.of(1, Infinity)), 'V')).details).toMatchObject({ code: 'nonFinite', col: 1 });
  });

  it('reports shape mismatches with expected and actual shapes', () => {
    const e = errorOf(() => matmul(matrix(A), matrix(A), ['X', 'W_Q']));
    expect(e.details).toEqual({ code: 'shape', matrix: 'W_Q', expected: [3, -1], actual: [2, 3] });
    expect(e.message).toBe('W_Q has shape [2, 3], expected [3, *]');
    expect(errorOf(() => add(matrix(A), matrix(B))).code).toBe('shape');
    expect(errorOf(() => addRowVector(matrix(A), [1])).code).toBe('shape');
    expect(errorOf(() => concatCols([matrix(A), matrix(B)])).code).toBe('shape');
    expect(errorOf(() => concatCols([])).code).toBe('empty');
    expect(errorOf(() => concatRows([])).code).toBe('empty');
  });

  it('rejects bad arguments', () => {
    expect(errorOf(() => new Matrix(-1, 2)).code).toBe('invalidArgument');
    expect(errorOf(() => new Matrix(2, 2, new Float64Array(3))).code).toBe('invalidArgument');
    expect(errorOf(() => sliceRows(matrix(A), 1, 5)).code).toBe('invalidArgument');
    expect(errorOf(() => splitHeads(matrix(A), 2, 'Q')).message).toBe('H: Q has 3 columns, which 2 heads cannot share equally');
  });
});
