import type { Catalog } from '../catalog.js';

/** The timeline list. */
export const messages: Catalog = {
  en: {
    'timeline.label': 'Timeline: use the arrow keys to move between events, Enter to open one',
    'timeline.count': '{count, plural, one {# event} other {# events}}',
    'timeline.later': 'Later',
    'timeline.retracted': 'Retracted',
    'timeline.corrected': 'Corrected',
    'timeline.correctedTimes': 'Corrected ×{count}',
    'timeline.more': '+{count} more',
    'timeline.loadingMore': 'Loading more events…',
    'timeline.matchedIn': 'Matched in: {fields}',
    'timeline.field.title': 'title',
    'timeline.field.summary': 'summary',
    'timeline.field.quotation': 'quotation',
    'timeline.field.actors': 'actors',
    'timeline.field.subject': 'subject',
    'timeline.subject': 'Subject',
  },
  nl: {
    'timeline.label':
      'Tijdlijn: ga met de pijltjestoetsen van gebeurtenis naar gebeurtenis, open er een met Enter',
    'timeline.count': '{count, plural, one {# gebeurtenis} other {# gebeurtenissen}}',
    'timeline.later': 'Later',
    'timeline.retracted': 'Ingetrokken',
    'timeline.corrected': 'Gecorrigeerd',
    'timeline.correctedTimes': 'Gecorrigeerd ×{count}',
    'timeline.more': '+{count} meer',
    'timeline.loadingMore': 'Meer gebeurtenissen laden…',
    'timeline.matchedIn': 'Gevonden in: {fields}',
    'timeline.field.title': 'titel',
    'timeline.field.summary': 'samenvatting',
    'timeline.field.quotation': 'citaat',
    'timeline.field.actors': 'actoren',
    'timeline.field.subject': 'onderwerp',
    'timeline.subject': 'Onderwerp',
  },
};
