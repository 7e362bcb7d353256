import { useTranslation } from 'react-i18next';

/** Category and status names as the public page says them, from its own translations. */
export function useLabels() {
  const { t } = useTranslation('translation');
  return {
    category: (id: string) => t(`category.${id}`, { defaultValue: id }),
    status: (id: string) => t(`status.${id}`, { defaultValue: id }),
  };
}
