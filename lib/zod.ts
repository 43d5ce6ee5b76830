/**
 * zod, configured for extension pages: their CSP forbids eval, so zod must not try
 * to compile fast validators with `new Function` (it would log CSP errors in the
 * background and card). Import `z` from here, not from 'zod'. Runs before any
 * schema is defined because schema modules import it first.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
