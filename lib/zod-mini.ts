/**
 * zod/mini for the schemas checked at run time (messages, settings): the same
 * validation at a fraction of full zod's size in every bundle that parses them.
 * Full zod (lib/zod.ts) stays for the story-pack schema, which runs at build and
 * test time only. Set to jitless: extension pages' CSP forbids eval.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
