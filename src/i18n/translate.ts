/**
 * The one rule for UI strings. Each widget (and the course shell) keeps its strings in one module
 * under strings/, `zh` first with `as const`, `en` typed `StringsOf<typeof zh>` so that a missing or
 * extra key is a type error. Components translate with `t()` (ui.ts); an island receives its
 * modules' strings for the page's language as a prop and translates with `translator()`.
 */

/** The English (or any other) strings of a module: exactly the Chinese module's keys. */
export type StringsOf<Z> = { readonly [K in keyof Z]: string };

export type Params = Readonly<Record<string, string | number>>;

/** Fills {name} placeholders; a placeholder without a value stays visible, so it is noticed. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/(\s?)\{(\w+)\}(\s?)/g, (whole, before: string, name: string, after: string, at: number) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    // The space a template puts between Chinese and a number goes when the value starts or ends in
    // Chinese: 的 {ratio} 倍 with 约 17.1 reads 的约 17.1 倍, not 的 约 17.1 倍.
    const keepBefore = before !== '' && !(HAN.test(template[at - 1] ?? '') && HAN.test(value[0] ?? ''));
    const keepAfter = after !== '' && !(HAN.test(value.at(-1) ?? '') && HAN.test(template[at + whole.length] ?? ''));
    return `${keepBefore ? before : ''}${value}${keepAfter ? after : ''}`;
  });
}
const HAN = /\p{Script=Han}/u;

/** Translates one of the keys `K`; a key that is not there comes back as itself. */
export type Translate<K extends string = string> = (key: K, params?: Params) => string;

/** A translator over the strings an island received, typed by their keys. */
export function translator<S extends Readonly<Record<string, string>>>(strings: S): Translate<keyof S & string> {
  return (key, params) => fill(strings[key] ?? key, params);
}

/** What an island receives: the strings of the keys `K` in the page's language. */
export type Strings<K extends string> = Readonly<Record<K, string>>;
