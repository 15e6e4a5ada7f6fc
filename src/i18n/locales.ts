/** The course's languages and their URLs: Chinese unprefixed (the default), English under /en/. */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locale of a URL path: /en/… is English, everything else Chinese. */
export function localeOf(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

/** A site path in the given locale: localePath('en', '/glossary/') → '/en/glossary/'. */
export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** The same page in another language: /en/queries-keys-values/ ↔ /queries-keys-values/. */
export function switchLocale(pathname: string, to: Locale): string {
  const base = localeOf(pathname) === 'en' ? pathname.slice(3) || '/' : pathname;
  return localePath(to, base);
}

/** BCP 47 tags for <html lang>. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** The course's other language: where the language switch and the glossary's second column lead. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
