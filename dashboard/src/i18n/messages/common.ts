import type { Catalog } from '../catalog.js';

/** Words shared by every view. */
export const messages: Catalog = {
  en: {
    'common.language': 'Language',
    'common.loading': 'Loading…',
  },
  nl: {
    'common.language': 'Taal',
    'common.loading': 'Bezig met laden…',
  },
};
