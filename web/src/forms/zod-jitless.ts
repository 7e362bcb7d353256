import { config } from 'zod';

// zod compiles object parsers with `new Function` when it can; the page's CSP forbids eval, and
// even zod's probe for it is reported as a violation. Interpreted parsing is fast enough for forms.
config({ jitless: true });
