/** Reading numbers the reader typed, with a reason when it is not one. */

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'blank' | 'notANumber' | 'notFinite'; text: string };

// Plain decimals with an optional exponent: 0.25, -1.5, .5, 3e-2, 1e308. No hex, no "Infinity".
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Accepts a typographic minus (−) and a decimal comma (0,25) as well, since readers paste
 * numbers from everywhere. Values beyond ±1.8e308 are "notFinite".
 */
export function parseNumber(input: string): ParsedNumber {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'blank', text };
  const normalised = text.replace(/[−–]/g, '-').replace(/^([+-]?\d*),(\d+)$/, '$1.$2');
  if (!NUMBER.test(normalised)) return { ok: false, reason: /^[+-]?(nan|infinity|∞)$/i.test(normalised) ? 'notFinite' : 'notANumber', text };
  const value = Number(normalised);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'notFinite', text };
}

