/**
 * Where the rotary widget opens: a q and a k that a reader can follow by eye, positions m = 2 and
 * n = 5 on the fastest pair (θ₀ = 1), and the seed of part 2's query and key. A unit test checks that
 * this state shows the point (rotated vectors apart, the score far from zero, a move of one
 * position changing it clearly).
 */
import type { Vec2 } from './model.ts';

export const PRESET_Q: Vec2 = [1, 0.5];
export const PRESET_K: Vec2 = [-0.5, -1];
export const PRESET_M = 2;
export const PRESET_N = 5;
export const PRESET_PAIR = 0;
/** Part 2's q and k: randomPair(SEQUENCE_SEED); "new q and k" draws SEQUENCE_SEED + 1, + 2, … */
export const SEQUENCE_SEED = 2021;
