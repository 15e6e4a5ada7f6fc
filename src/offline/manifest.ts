/**
 * The web app manifest of one language, so the course can be installed and opened offline: the
 * Chinese course starts at /, the English one at /en/. Served by src/pages/…/manifest.webmanifest.ts.
 */
import { type Locale, htmlLang, localePath } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';

/** The header's blue: the installed app's title bar and splash screen. */
export const THEME_COLOR = '#1d5bb8';

export function manifest(locale: Locale) {
  const start = localePath(locale, '/');
  return {
    name: t(locale, 'site.title'),
    short_name: t(locale, 'offline.shortName'),
    description: t(locale, 'site.description'),
    lang: htmlLang[locale],
    id: start,
    start_url: start,
    scope: start,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}

export const manifestResponse = (locale: Locale) =>
  new Response(JSON.stringify(manifest(locale), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
