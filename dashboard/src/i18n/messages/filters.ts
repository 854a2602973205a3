import type { Catalog } from '../catalog.js';

/** The timeline's filters and search. */
export const messages: Catalog = {
  en: {
    'filters.label': 'Filter the timeline',
    'filters.searchLabel': 'Search titles, summaries, quotations, actors and subjects',
    'filters.searchPlaceholder': 'Search (e.g. CT25, drones, Brekelmans)',
    'filters.toggle': 'Filters',
    'filters.toggleCount': 'Filters ({count})',
    'filters.actor': 'Actor',
    'filters.subject': 'Subject',
    'filters.allActors': 'All actors (type to search)',
    'filters.allSubjects': 'All subjects (type to search)',
    'filters.unknown': 'No such name in the list',
    'filters.kind': 'Kind',
    'filters.retracted': 'Show retracted events',
    'filters.clear': 'Clear filters',
  },
  nl: {
    'filters.label': 'De tijdlijn filteren',
    'filters.searchLabel': 'Zoek in titels, samenvattingen, citaten, actoren en onderwerpen',
    'filters.searchPlaceholder': 'Zoeken (bijv. CT25, drones, Brekelmans)',
    'filters.toggle': 'Filters',
    'filters.toggleCount': 'Filters ({count})',
    'filters.actor': 'Actor',
    'filters.subject': 'Onderwerp',
    'filters.allActors': 'Alle actoren (typ om te zoeken)',
    'filters.allSubjects': 'Alle onderwerpen (typ om te zoeken)',
    'filters.unknown': 'Deze naam staat niet in de lijst',
    'filters.kind': 'Soort',
    'filters.retracted': 'Ingetrokken gebeurtenissen tonen',
    'filters.clear': 'Filters wissen',
  },
};
