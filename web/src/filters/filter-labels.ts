import type { TFunction } from 'i18next';
import { intlLocale } from '#schema/intl-locale.ts';
import type { Filters } from '../view/filters.ts';

/**
 * Each active filter in words ("Boulangerie", "Ouvert maintenant", "Recherche : « pain »"), in
 * the order the panel shows them, so a resident sees what narrows the list.
 */
export function activeFilterLabels(filters: Filters, t: TFunction, language: string, timeZone: string): string[] {
  const when =
    filters.open === 'now'
      ? [t('filters.openNow')]
      : filters.open === 'at' && filters.at
        ? [
            t('filters.openAtLabel', {
              when: new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(filters.at)),
            }),
          ]
        : [];
  return [
    ...filters.categories.map((category) => t(`category.${category}`)),
    ...filters.services.map((service) => t(`service.${service}`)),
    ...when,
    ...(filters.q ? [t('filters.searchLabel', { q: filters.q })] : []),
  ];
}
