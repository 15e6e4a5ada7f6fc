/**
 * A chapter's claims: sentences of its prose that depend on a computed number ("苹果 attends most
 * to 喜欢"). Each chapter module lists them; a unit test checks every one, and the chapter's page
 * checks them again at build time, so a change that breaks a claim fails both.
 */
export interface Claim {
  /** What the prose says, in words a reader of the failure message understands. */
  what: string;
  holds: boolean;
}

export const claim = (what: string, holds: boolean): Claim => ({ what, holds });

/** Throws with every broken claim of the chapter; used at build time by the chapter's MDX. */
export function assertClaims(chapter: string, claims: readonly Claim[]): void {
  const broken = claims.filter((c) => !c.holds).map((c) => c.what);
  if (broken.length > 0) throw new Error(`${chapter}: the prose no longer holds: ${broken.join('; ')}`);
}
