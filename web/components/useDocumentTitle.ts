import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Customers · Channel Hub" in the browser tab (and for screen readers on navigation). */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${product}` : product;
  }, [title, product]);
}
