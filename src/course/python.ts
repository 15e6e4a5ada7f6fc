/**
 * How the chapters' NumPy snippets (src/course/<slug>/numpy.py) print numbers, so that the page
 * can show their output computed by the kernel at build time: Python's f"{x:.3f}" and
 * f"{x:7.3f}" (ASCII minus, padded on the left). tests/unit/course/numpy.test.ts runs every
 * snippet and checks that it prints exactly the chapter's `numpyOutput`.
 */

/** f"{x:{width}.{decimals}f}" in Python. */
export const pyFixed = (x: number, decimals: number, width = 0): string => {
  const s = x.toFixed(decimals);
  // Python writes a negative number that rounds to zero as "-0.000"; toFixed drops the sign of −0 only.
  return (Object.is(x, -0) ? `-${s}` : s).padStart(width);
};

/** " ".join(f"{x:{width}.{decimals}f}" for x in row) in Python. */
export const pyRow = (row: ArrayLike<number>, decimals: number, width = 0): string =>
  Array.from(row, (x) => pyFixed(x, decimals, width)).join(' ');
