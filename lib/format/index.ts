/** Date and number formatting through Intl. */
export { parseIsoDate, splitDateOrRange, formatDate, formatDateOrRange, formatAsOf } from './dates';
export { formatNumber } from './numbers';
