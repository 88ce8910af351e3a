/**
 * Browser zod: no `new Function` fast path. zod probes whether eval is allowed when it
 * builds an object schema, and under our CSP (no 'unsafe-eval') that probe is reported as
 * a violation even though zod catches it. Imported before the schemas (lib/api/client-schemas.ts).
 */
import { z } from "zod";

z.config({ jitless: true });
