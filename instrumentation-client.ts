/**
 * Runs in the browser before the app's own code. zod probes whether it may compile validators
 * with `new Function` the first time an object schema is built, and the site's CSP (no
 * 'unsafe-eval') reports that probe as a violation even though zod catches the refusal. Pages
 * whose client code imports the model's schemas (the matrix) would log one on every load.
 * jitless tells zod not to probe: in the browser it cannot compile anyway.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
