// (Issue 11, until the data is validated at build time only.) zod compiles its parsers with
// `new Function` and probes for it when a schema is defined; the site's CSP forbids eval and the
// browser reports each probe. Imported before the schemas, this makes zod parse without it.
import { z } from 'zod'

z.config({ jitless: true })
