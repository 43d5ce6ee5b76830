/** Date and number formatting through Intl. */
export { parseIsoDate, formatDate, formatDateOrRange, formatAsOf } from './dates';
export { formatNumber } from './numbers';
