/** Numbers formatted with Intl for a UI or content language. */
import { intlLocale } from '../i18n/langs';

/** "1,234" (en), "1 234" (uk, with a narrow no-break space), "1.234" (de). */
export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(n);
}
