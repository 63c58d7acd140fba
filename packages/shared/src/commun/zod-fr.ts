import { z } from 'zod';

/** zod's own French messages for every schema, in the browser and on the server alike. */
export function utiliserMessagesFrancais(): void {
  z.config(z.locales.fr());
}
