import type { Catalog } from '../catalog.js';

/** The charts view. */
export const messages: Catalog = {
  en: {
    'charts.groupBy': 'Group money and quantities by',
    'charts.group.category': 'category',
    'charts.group.actor': 'actor',
    'charts.money': 'the money chart',
    'charts.moneyTitle': 'Money committed, cumulative',
    'charts.moneyDescription':
      'Totals as the sources state them. A range (“honderden miljoenen”) is drawn as a band from its low to its high end; dashed lines mark adoptions and signings up to {day}.',
    'charts.moneyLabel': 'Cumulative money committed over time, with adoption and signing markers',
    'charts.markers': 'Adoptions and signings marked on the chart',
    'charts.col.date': 'Date',
    'charts.col.event': 'Event',
    'charts.col.says': 'Source says',
    'charts.col.total': 'Total so far',
    'charts.perMonth': 'events per month',
    'charts.perMonthTitle': 'Events per month, by kind',
    'charts.perMonthDescription':
      'Events that had happened by the replay day, counted in the month they are placed in.',
    'charts.perMonthLabel': 'Stacked bar chart of events per month by kind',
    'charts.quantities': 'the quantities chart',
    'charts.quantitiesTitle': 'Quantities pledged',
    'charts.quantitiesDescription':
      'Counted things and percentages as the sources state them; each unit has its own axis.',
    'charts.percent': 'Percentages',
    'charts.items': 'Items',
    'charts.quantitiesLabel': 'Bar chart of quantities in {unit}',
    'charts.exportPng': 'Export PNG',
    'charts.exportCsv': 'Export CSV',
    'charts.empty': 'Nothing to show for this day.',
    'charts.table': '{title}: data table',
  },
  nl: {
    'charts.groupBy': 'Geld en aantallen groeperen per',
    'charts.group.category': 'categorie',
    'charts.group.actor': 'actor',
    'charts.money': 'de geldgrafiek',
    'charts.moneyTitle': 'Toegezegd geld, opgeteld',
    'charts.moneyDescription':
      'Totalen zoals de bronnen ze noemen. Een bandbreedte (“honderden miljoenen”) is een band van de onder- tot de bovengrens; stippellijnen markeren aannames en ondertekeningen tot en met {day}.',
    'charts.moneyLabel':
      'Opgeteld toegezegd geld in de tijd, met markeringen voor aannames en ondertekeningen',
    'charts.markers': 'Aannames en ondertekeningen gemarkeerd in de grafiek',
    'charts.col.date': 'Datum',
    'charts.col.event': 'Gebeurtenis',
    'charts.col.says': 'De bron zegt',
    'charts.col.total': 'Totaal tot dan',
    'charts.perMonth': 'gebeurtenissen per maand',
    'charts.perMonthTitle': 'Gebeurtenissen per maand, per soort',
    'charts.perMonthDescription':
      'Gebeurtenissen die op de terugkijkdag hadden plaatsgevonden, geteld in de maand waarin ze vallen.',
    'charts.perMonthLabel': 'Gestapelde staafgrafiek van gebeurtenissen per maand per soort',
    'charts.quantities': 'de grafiek met aantallen',
    'charts.quantitiesTitle': 'Toegezegde aantallen',
    'charts.quantitiesDescription':
      'Getelde zaken en percentages zoals de bronnen ze noemen; elke eenheid heeft een eigen as.',
    'charts.percent': 'Percentages',
    'charts.items': 'Stuks',
    'charts.quantitiesLabel': 'Staafgrafiek van aantallen in {unit}',
    'charts.exportPng': 'PNG exporteren',
    'charts.exportCsv': 'CSV exporteren',
    'charts.empty': 'Niets te tonen voor deze dag.',
    'charts.table': '{title}: gegevenstabel',
  },
};
