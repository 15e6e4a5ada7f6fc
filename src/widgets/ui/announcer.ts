/**
 * A widget's one polite live region: results are announced once the reader pauses, not on
 * every keystroke, and the last message within the pause wins.
 */
export interface Announcer {
  /** Announce `text` after the pause (replacing anything still waiting). */
  say(text: string): void;
  /** Drop anything still waiting (when the widget goes away). */
  dispose(): void;
}

export function createAnnouncer(show: (text: string) => void, pauseMs = 500): Announcer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(text) {
      clearTimeout(timer);
      timer = setTimeout(() => show(text), pauseMs);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
