/**
 * `t()` for every string a person reads, with `{name}` placeholders.
 *
 *   t('id', 'home.title', { region: 'Kabupaten Belitung' }) -> 'Data gender dan anak Kabupaten Belitung'
 *   t('en', 'value.missing') -> 'data not yet available'
 */
import { en } from '../i18n/en.ts';
import { id, type MessageKey } from '../i18n/id.ts';
import { fillTemplate } from './template.ts';

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { id, en };

export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(dictionaries[locale][key], params);
}

export type { MessageKey };
