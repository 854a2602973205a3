import type { Catalog } from '../catalog.js';

/** The replay bar, the replay statuses of events and what a replay hides. */
export const messages: Catalog = {
  en: {
    'replay.region': 'Replay',
    'replay.recordAsOf': 'Record as of',
    'replay.slider': 'Replay date',
    'replay.play': 'Play',
    'replay.pause': 'Pause',
    'replay.today': 'Today',
    'replay.knownThen': 'As known then',
    'replay.advanced': 'Advanced',
    'replay.recordedAsOf': 'As recorded on',
    'replay.recordedAsOfHelp':
      'What this database held at the end of that day: events recorded later are left out (an audit of what kroniek showed then).',
    'replay.recordedAsOfClear': 'Clear',
    'replay.explainDay':
      'The record as it stood on {day}: events are marked happened, possibly happened (their date window includes that day) or later.',
    'replay.explainKnownThen':
      'Only what was public by that day is shown; what was possibly public (its publication window includes that day) is marked.',
    'replay.explainToday':
      'The record as of today, {day}. Move the date to see what had happened, and what was known, on an earlier day.',
    'replay.explainRecorded': 'As this database held it on {day}.',
    'replay.counts': '{happened} happened, {possiblyHappened} possibly happened, {later} later',
    'replay.countsOn':
      '{happened} happened by {day}, {possiblyHappened} possibly happened, {later} later',
    'replay.knownCounts': '{known} known, {possiblyKnown} possibly known by then',
    'replay.hidden':
      '{count, plural, one {# event was} other {# events were}} not yet public on {day} and {count, plural, one {is} other {are}} hidden.',
    'replay.emptyHidden':
      'Nothing was certainly or possibly public on {day} that matches this view: {count, plural, one {# event} other {# events}} became public later. Turn off “As known then” to see them.',
    'replay.tag.later': 'Later',
    'replay.chartPossible': 'Possibly happened or possibly public',
    'replay.window.occurred': 'Possibly happened: {window}',
    'replay.window.known': 'Possibly public: {window}',
  },
  nl: {
    'replay.region': 'Terugspelen',
    'replay.recordAsOf': 'Stand van',
    'replay.slider': 'Datum van de stand',
    'replay.play': 'Afspelen',
    'replay.pause': 'Pauze',
    'replay.today': 'Vandaag',
    'replay.knownThen': 'Zoals toen bekend',
    'replay.advanced': 'Geavanceerd',
    'replay.recordedAsOf': 'Zoals vastgelegd op',
    'replay.recordedAsOfHelp':
      'Wat deze database aan het eind van die dag bevatte: later vastgelegde gebeurtenissen blijven weg (een controle van wat kroniek toen liet zien).',
    'replay.recordedAsOfClear': 'Wissen',
    'replay.explainDay':
      'De stand op {day}: gebeurtenissen zijn gemarkeerd als gebeurd, mogelijk gebeurd (hun datumvenster omvat die dag) of later.',
    'replay.explainKnownThen':
      'Alleen wat op die dag openbaar was wordt getoond; wat mogelijk openbaar was (het publicatievenster omvat die dag) is gemarkeerd.',
    'replay.explainToday':
      'De stand van vandaag, {day}. Verschuif de datum om te zien wat er op een eerdere dag was gebeurd, en wat er bekend was.',
    'replay.explainRecorded': 'Zoals deze database het op {day} bevatte.',
    'replay.counts': '{happened} gebeurd, {possiblyHappened} mogelijk gebeurd, {later} later',
    'replay.countsOn':
      '{happened} gebeurd op {day}, {possiblyHappened} mogelijk gebeurd, {later} later',
    'replay.knownCounts': '{known} bekend, {possiblyKnown} mogelijk bekend op die dag',
    'replay.hidden':
      '{count, plural, one {# gebeurtenis was} other {# gebeurtenissen waren}} op {day} nog niet openbaar en {count, plural, one {is} other {zijn}} verborgen.',
    'replay.emptyHidden':
      'Niets in deze weergave was op {day} zeker of mogelijk openbaar: {count, plural, one {# gebeurtenis werd} other {# gebeurtenissen werden}} later openbaar. Zet “Zoals toen bekend” uit om ze te zien.',
    'replay.tag.later': 'Later',
    'replay.chartPossible': 'Mogelijk gebeurd of mogelijk openbaar',
    'replay.window.occurred': 'Mogelijk gebeurd: {window}',
    'replay.window.known': 'Mogelijk openbaar: {window}',
  },
};
