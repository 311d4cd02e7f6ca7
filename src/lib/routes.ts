/**
 * URLs of the site per language: Indonesian at the root, English under /en/.
 *
 *   localePath('id', '/') -> '/'        localePath('en', '/') -> '/en/'
 *   localePath('en', '/indikator/idg/') -> '/en/indikator/idg/'
 *   alternatePath('/en/indikator/idg/') -> '/indikator/idg/'
 */
import type { Locale } from './i18n.ts';

export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === 'id' ? clean : `/en${clean}`;
}

export function localeOf(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'id';
}

/** The same page in the other language. */
export function alternatePath(pathname: string): string {
  return localeOf(pathname) === 'en' ? pathname.replace(/^\/en(?=\/|$)/, '') || '/' : localePath('en', pathname);
}
