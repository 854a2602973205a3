import type { Catalog } from '../catalog.js';

/** What the charts draw besides sums (issue 14): mentions, targets, quantities over time, exports. */
export const messages: Catalog = {
  en: {
    'chartMarks.mentionsTitle': 'Money mentioned, not counted',
    'chartMarks.mentionsNote':
      'Statements and proposals that speak of money are marked on the chart with their words; they commit nothing and are never added to the totals.',
    'chartMarks.mentionLabel': '{wording} (mentioned, not counted)',
    'chartMarks.targetsTitle': 'Targets and proposals',
    'chartMarks.targetsDescription':
      'Goals and proposed shares as the sources state them, each at its own value: they are not quantities pledged and are never added up.',
    'chartMarks.target': 'Target',
    'chartMarks.quantitiesTitle': 'Quantities pledged',
    'chartMarks.quantitiesDescription':
      'Counted things pledged, as a running total over time; each unit has its own axis. Percentages are targets (below); counts of parties ("4 other European countries") are not pledges.',
    'chartMarks.unit.items': 'Items',
    'chartMarks.pngSource': 'Source: {sources}',
    'chartMarks.pngReplay': 'Record as of {day}{known, select, yes { (as known then)} other {}}',
    'chartMarks.pngLink': 'View: {url}',
  },
  nl: {
    'chartMarks.mentionsTitle': 'Genoemde bedragen, niet opgeteld',
    'chartMarks.mentionsNote':
      'Uitspraken en voorstellen die een bedrag noemen staan met hun eigen woorden op de grafiek; ze zeggen niets toe en tellen nooit mee in de totalen.',
    'chartMarks.mentionLabel': '{wording} (genoemd, niet opgeteld)',
    'chartMarks.targetsTitle': 'Doelen en voorstellen',
    'chartMarks.targetsDescription':
      'Doelen en voorgestelde percentages zoals de bronnen ze noemen, elk op zijn eigen waarde: het zijn geen toegezegde aantallen en ze worden nooit opgeteld.',
    'chartMarks.target': 'Doel',
    'chartMarks.quantitiesTitle': 'Toegezegde aantallen',
    'chartMarks.quantitiesDescription':
      'Getelde zaken die zijn toegezegd, als lopend totaal in de tijd; elke eenheid heeft een eigen as. Percentages zijn doelen (hieronder); aantallen partijen ("vier andere Europese landen") zijn geen toezeggingen.',
    'chartMarks.unit.items': 'Stuks',
    'chartMarks.pngSource': 'Bron: {sources}',
    'chartMarks.pngReplay': 'Stand van {day}{known, select, yes { (zoals toen bekend)} other {}}',
    'chartMarks.pngLink': 'Weergave: {url}',
  },
};
