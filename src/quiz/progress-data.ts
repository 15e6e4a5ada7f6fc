/**
 * The saved progress: its format, validation and migrations. Pure functions, so they are
 * tested without a browser; src/quiz/progress.ts keeps the live store.
 *
 * Versions:
 *   1  { version: 1, solved: string[] }: which exercises were answered correctly (the first format)
 *   2  per-exercise attempts and the variants (seeds) of parametric exercises answered correctly,
 *      chapter visits and the last chapter read
 */

export const PROGRESS_VERSION = 2;

export interface ExerciseRecord {
  attempts: number;
  /** Whether any attempt was correct. */
  solved: boolean;
  /** Seeds of the parametric variants answered correctly (distinct, most recent last). */
  variants: number[];
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  exercises: Record<string, ExerciseRecord>;
  /** Chapter slug → time of the last visit (ms since epoch). */
  visits: Record<string, number>;
  /** Path of the chapter page read last, for "continue where you left off". */
  lastPath: string | null;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, exercises: {}, visits: {}, lastPath: null };
}

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** migrations[v] turns version v into version v + 1. */
const migrations: Record<number, Migration> = {
  1: (old) => ({
    version: 2,
    exercises: Object.fromEntries(stringArray(old['solved']).map((id) => [id, { attempts: 1, solved: true, variants: [] }])),
    visits: {},
    lastPath: null,
  }),
};

function stringArray(x: unknown): string[] {
  if (!Array.isArray(x) || !x.every((v) => typeof v === 'string')) throw new Error('solved must be a list of ids');
  return x;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** Parses, migrates and validates saved progress; throws a descriptive Error if it is not valid. */
export function parseProgress(raw: string): Progress {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new Error('not JSON');
  }
  if (!isRecord(data) || !Number.isInteger(data['version'])) throw new Error('no version');
  let version = data['version'] as number;
  if (version > PROGRESS_VERSION) throw new Error(`version ${version} is newer than this site`);
  while (version < PROGRESS_VERSION) {
    const migrate = migrations[version];
    if (migrate === undefined) throw new Error(`no migration from version ${version}`);
    data = migrate(data as Record<string, unknown>);
    version++;
  }
  return validate(data as Record<string, unknown>);
}

function validate(data: Record<string, unknown>): Progress {
  const { exercises, visits, lastPath } = data;
  if (!isRecord(exercises)) throw new Error('exercises must be an object');
  for (const [id, r] of Object.entries(exercises)) {
    if (!isRecord(r) || !isCount(r['attempts']) || typeof r['solved'] !== 'boolean' || !Array.isArray(r['variants']) || !r['variants'].every(Number.isInteger)) {
      throw new Error(`exercise ${id} is malformed`);
    }
  }
  if (!isRecord(visits) || !Object.values(visits).every((v) => typeof v === 'number' && Number.isFinite(v))) throw new Error('visits must map chapters to times');
  if (lastPath !== null && (typeof lastPath !== 'string' || !lastPath.startsWith('/'))) throw new Error('lastPath must be a site path');
  return { version: PROGRESS_VERSION, exercises: exercises as Record<string, ExerciseRecord>, visits: visits as Record<string, number>, lastPath: lastPath as string | null };
}

/** Progress after one checked answer. `seed` identifies the variant of a parametric exercise. */
export function withAttempt(p: Progress, exerciseId: string, correct: boolean, seed?: number): Progress {
  const old = p.exercises[exerciseId] ?? { attempts: 0, solved: false, variants: [] };
  const variants = correct && seed !== undefined && !old.variants.includes(seed) ? [...old.variants, seed].slice(-20) : old.variants;
  return { ...p, exercises: { ...p.exercises, [exerciseId]: { attempts: old.attempts + 1, solved: old.solved || correct, variants } } };
}

export function withVisit(p: Progress, chapter: string, path: string, now: number): Progress {
  return { ...p, visits: { ...p.visits, [chapter]: now }, lastPath: path };
}

/** A chapter's exercises as the progress logic needs them. */
export interface ExerciseRef {
  id: string;
  parametric: boolean;
}

/** Correct answers on this many distinct fresh variants make a parametric exercise mastered. */
export const MASTERY_VARIANTS = 2;

export type ChapterStatus = 'notStarted' | 'inProgress' | 'completed' | 'mastered';

export interface ChapterProgress {
  status: ChapterStatus;
  solved: number;
  total: number;
}

/**
 * mastered: every exercise solved, and every parametric one on MASTERY_VARIANTS fresh variants;
 * completed: every exercise solved; inProgress: visited or anything attempted.
 */
export function chapterProgress(p: Progress, chapter: string, exercises: readonly ExerciseRef[]): ChapterProgress {
  const records = exercises.map((e) => p.exercises[e.id]);
  const solved = records.filter((r) => r?.solved).length;
  const total = exercises.length;
  const mastered = total > 0 && exercises.every((e, k) => records[k]?.solved && (!e.parametric || records[k].variants.length >= MASTERY_VARIANTS));
  const status: ChapterStatus = mastered ? 'mastered' : total > 0 && solved === total ? 'completed' : solved > 0 || records.some((r) => r !== undefined) || chapter in p.visits ? 'inProgress' : 'notStarted';
  return { status, solved, total };
}
