/**
 * Translation inside an island. Islands receive only the strings they need (pickStrings at
 * build time) instead of importing every string of both languages.
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function islandTranslator(strings: Readonly<Record<string, string>>): Translate {
  return (key, params = {}) => (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
