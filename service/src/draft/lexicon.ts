/** Month names in Dutch, English and Swedish (with common abbreviations), lower case. */
export const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2, febr: 2,
  maart: 3, march: 3, mars: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5, maj: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, augusti: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Alternation of month names, longest first, for regular expressions. */
export const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export const WEEKDAY_RE =
  'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|måndagen|tisdagen|onsdagen|torsdagen|fredagen';

/** Small number words (for "twee miljard", "två miljarder", "two billion"). */
export const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, one: 1, a: 1, ett: 1, en: 1,
  twee: 2, two: 2, två: 2,
  drie: 3, three: 3, tre: 3,
  vier: 4, four: 4, fyra: 4,
  vijf: 5, five: 5, fem: 5,
  zes: 6, six: 6, sex: 6,
  zeven: 7, seven: 7, sju: 7,
  acht: 8, eight: 8, åtta: 8,
  negen: 9, nine: 9, nio: 9,
  tien: 10, ten: 10, tio: 10,
};
