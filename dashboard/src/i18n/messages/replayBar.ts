import type { Catalog } from '../catalog.js';

/** The replay bar: the day the record is shown as of. */
export const messages: Catalog = {
  en: {
    'replayBar.label': 'Replay',
    'replayBar.asOf': 'Record as of',
    'replayBar.slider': 'Replay date',
    'replayBar.play': 'Play',
    'replayBar.pause': 'Pause',
    'replayBar.today': 'Today',
    'replayBar.knownThen': 'As known then',
    'replayBar.dayHint': 'Type a day, e.g. {example} or as YYYY-MM-DD',
    'replayBar.explainPast':
      'The record as it stood on <strong>{day}</strong>: events after that day are marked <em>later</em>.',
    'replayBar.explainPastKnown':
      'The record as it stood on <strong>{day}</strong>: events after that day are marked <em>later</em>, and only what was public by that day is shown.',
    'replayBar.explainToday':
      'The record as of today, {day}. Move the date to see what had happened — and what was known — on an earlier day.',
    'replayBar.explainTodayKnown':
      'The record as of today, {day}, as known today. Move the date to see what had happened — and what was known — on an earlier day.',
  },
  nl: {
    'replayBar.label': 'Terugkijken',
    'replayBar.asOf': 'Overzicht op',
    'replayBar.slider': 'Terugkijkdatum',
    'replayBar.play': 'Afspelen',
    'replayBar.pause': 'Pauzeren',
    'replayBar.today': 'Vandaag',
    'replayBar.knownThen': 'Zoals toen bekend',
    'replayBar.dayHint': 'Typ een dag, bijv. {example} of als JJJJ-MM-DD',
    'replayBar.explainPast':
      'Het overzicht zoals het was op <strong>{day}</strong>: gebeurtenissen na die dag zijn gemarkeerd als <em>later</em>.',
    'replayBar.explainPastKnown':
      'Het overzicht zoals het was op <strong>{day}</strong>: gebeurtenissen na die dag zijn gemarkeerd als <em>later</em>, en alleen wat toen openbaar was wordt getoond.',
    'replayBar.explainToday':
      'Het overzicht van vandaag, {day}. Verschuif de datum om te zien wat er op een eerdere dag was gebeurd — en wat er bekend was.',
    'replayBar.explainTodayKnown':
      'Het overzicht van vandaag, {day}, zoals vandaag bekend. Verschuif de datum om te zien wat er op een eerdere dag was gebeurd — en wat er bekend was.',
  },
};
