/** The details of the KernelError that f throws (undefined if it throws none; other errors pass through). */
import { KernelError, type KernelErrorDetails } from '../../src/kernel/index.ts';

export function errorDetails(f: () => unknown): KernelErrorDetails | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof KernelError) return e.details;
    throw e;
  }
  return undefined;
}
