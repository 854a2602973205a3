/**
 * Countries, organisations, bodies and offices in Dutch, English and Swedish. Ids follow the
 * record's actor ids (events/recorded) where the record names the actor; names are matched as
 * whole words, case-sensitively where a common word would otherwise match ("Defensie", "Raad").
 */
export interface GazetteerEntry {
  id: string;
  names: readonly string[];
  /** Case-sensitive names (proper nouns that are also common words). */
  exact?: readonly string[];
}

export const GAZETTEER: readonly GazetteerEntry[] = [
  {
    id: 'netherlands',
    names: ['Nederland', 'the Netherlands', 'Netherlands', 'Nederländerna'],
    exact: ['NL'],
  },
  { id: 'ukraine', names: ['Oekraïne', 'Ukraine', 'Ukraina', 'Kyiv', 'Kiev', 'Kyjiv'] },
  { id: 'sweden', names: ['Zweden', 'Sweden', 'Sverige'] },
  { id: 'denmark', names: ['Denemarken', 'Denmark', 'Danmark'] },
  { id: 'norway', names: ['Noorwegen', 'Norway', 'Norge'] },
  { id: 'finland', names: ['Finland'] },
  { id: 'lithuania', names: ['Litouwen', 'Lithuania', 'Litauen'] },
  { id: 'latvia', names: ['Letland', 'Latvia', 'Lettland'] },
  { id: 'estonia', names: ['Estland', 'Estonia'] },
  { id: 'poland', names: ['Polen', 'Poland'] },
  { id: 'germany', names: ['Duitsland', 'Germany', 'Tyskland'] },
  { id: 'france', names: ['Frankrijk', 'France', 'Frankrike'] },
  { id: 'belgium', names: ['België', 'Belgium', 'Belgien'] },
  { id: 'czechia', names: ['Tsjechië', 'Czechia', 'the Czech Republic', 'Tjeckien'] },
  {
    id: 'united-kingdom',
    names: ['Verenigd Koninkrijk', 'United Kingdom', 'Storbritannien'],
    exact: ['UK'],
  },
  {
    id: 'united-states',
    names: ['Verenigde Staten', 'United States', 'USA'],
    exact: ['VS', 'US', 'U.S.'],
  },
  { id: 'russia', names: ['Rusland', 'Russia', 'Ryssland'] },
  { id: 'canada', names: ['Canada', 'Kanada'] },
  { id: 'nato', names: ['NAVO', 'NATO', 'Nato', 'the Alliance', 'Alliantie', 'alliansen'] },
  { id: 'nato-allies', names: ['bondgenoten', 'Allies', 'allies', 'allierade', 'Nato-allierade'] },
  {
    id: 'nato-defence-ministers',
    names: [
      'NAVO-ministers van Defensie',
      'NATO Defence Ministers',
      'NATO defence ministers',
      'Natos försvarsministrar',
      'försvarsministrarna',
    ],
  },
  {
    id: 'sg-nato',
    names: [
      'secretaris-generaal van de NAVO',
      'SG NAVO',
      'NATO Secretary General',
      'Secretary General',
      'Natos generalsekreterare',
      'generalsekreterare',
    ],
  },
  { id: 'european-council', names: ['Europese Raad', 'European Council', 'Europeiska rådet'] },
  {
    id: 'council-of-the-eu',
    names: [
      'Raad Buitenlandse Zaken',
      'Raad van de EU',
      'Foreign Affairs Council',
      'Council of the EU',
      'rådet för utrikes frågor',
    ],
    exact: ['RBZ', 'Raad'],
  },
  { id: 'eu', names: ['Europese Unie', 'European Union', 'Europeiska unionen'], exact: ['EU'] },
  {
    id: 'european-commission',
    names: ['Europese Commissie', 'European Commission', 'Europeiska kommissionen'],
  },
  {
    id: 'udcg',
    names: [
      'Ukraine Defence Contact Group',
      'Ukraine Defense Contact Group',
      'Oekraïne Defensie Contactgroep',
      'Contact Group',
    ],
    exact: ['UDCG'],
  },
  {
    id: 'udcg-participating-countries',
    names: ['deelnemende landen', 'participating countries', 'deltagande länderna'],
  },
  { id: 'tweede-kamer', names: ['Tweede Kamer', 'uw Kamer', 'de Kamer'] },
  { id: 'riksdagen', names: ['riksdagen', 'Riksdagen', 'Swedish Parliament'] },
  {
    id: 'nl-cabinet',
    names: ['het kabinet', 'kabinet', 'Dutch government', 'Nederlandse regering'],
  },
  { id: 'swedish-government', names: ['regeringen', 'Swedish Government', 'Zweedse regering'] },
  {
    id: 'nl-ministry-of-defence',
    names: ['ministerie van Defensie', 'Ministry of Defence'],
    exact: ['Defensie'],
  },
  { id: 'swedish-armed-forces', names: ['Försvarsmakten', 'Swedish Armed Forces'] },
  { id: 'fmv', names: ['Försvarets materielverk', 'Försvarets Materielverk'], exact: ['FMV'] },
  {
    id: 'european-peace-facility',
    names: ['Europese Vredesfaciliteit', 'European Peace Facility', 'Europeiska fredsfaciliteten'],
    exact: ['EPF'],
  },
  {
    id: 'nl-minister-of-defence',
    names: [
      'minister van Defensie',
      'Minister of Defence',
      'Defence Minister',
      'Dutch Defence Minister',
    ],
  },
  {
    id: 'nl-minister-of-foreign-affairs',
    names: ['minister van Buitenlandse Zaken', 'Minister of Foreign Affairs', 'Foreign Minister'],
  },
  { id: 'se-minister-of-defence', names: ['försvarsminister', 'försvarsministern'] },
  {
    id: 'prime-minister',
    names: ['minister-president', 'premier', 'Prime Minister', 'statsminister', 'statsministern'],
  },
  {
    id: 'president-of-ukraine',
    names: ['president Zelensky', 'President Zelensky', 'Zelenskyj', 'Zelensky', 'Zelenskyy'],
  },
  { id: 'umerov', names: ['Umerov'] },
  { id: 'kallas', names: ['Kallas'] },
  { id: 'rp-brekelmans', names: ['Brekelmans'] },
];
