import type { CompiledCue } from './cues.js';
import { MONTH_RE, WEEKDAY_RE } from './lexicon.js';

// Where a cue stands can make it no event of its own: general rules of the three languages,
// read from the words around the cue, never from a particular document.

/** "sinds de oprichting", "since the launch", "sedan lanseringen": the event is a time anchor. */
const TIME_ANCHOR =
  /(?<![\p{L}])(sinds|since|sedan|na|after|efter)\s+((de|het|the|its|their|its|dess|deras)\s+)?$/iu;

/**
 * A since-clause after the main clause ("... has held since Poland delivered ...", "sedan Sverige
 * skänkte ..."): the event it names anchors the time of another; it is background. A since that
 * opens the sentence, "sinds maart" (a date after it), or "sedan" as "then" is not one.
 */
const SINCE_CLAUSE =
  /(?<=[\p{L}\d)]\s+)(sinds|since|sedan)\s+(?!(och|men|and|en)\s)([^\s,;:.]+)\s[^,;:.]{0,60}$/iu;
const TIME_AFTER_SINCE = new RegExp(
  `^((de|het|the|den|det)\\s+)?(\\d|${MONTH_RE}|${WEEKDAY_RE}|vorig|vorige|last|förra|begin|beginning|start|outbreak|eind|early|late|dien|then|dess|toen|dan|början|starten|uitbreken)(?![\\p{L}])`,
  'iu',
);

/** A founding named as the purpose of a decision ("besluit tot oprichting van"): the decision only. */
const PURPOSE = /(?<![\p{L}])(tot|ter|for the|om)\s+$/iu;

/** "Dit is een bijeenkomst van ...", "It is a meeting of ...": the noun describes, it reports nothing. */
const DESCRIBED = /(?<![\p{L}])(is|was|zijn|waren|are|were|är|var)\s+(een|a|an|ett|en)\s+$/iu;

/**
 * A sentence that explains what came before ("Innebär att ...", "Dit betekent ..."), or whose
 * subject is an infinitive ("Att kunna stödja ... är ett verktyg", "To support ... is vital"):
 * it says what something means or is worth, not that something happened.
 */
const EXPLAINS =
  /^\s*(innebär|det innebär|detta innebär|dit betekent|dit houdt in|this means|that means|att|to|om te|(het\s+)?(beoogde\s+)?doel\s+(hiervan|daarvan|is)|the (aim|goal|purpose) (of this|is)|syftet (med detta|är))(?![\p{L}])/iu;

/** A need, a duty or an aim is not a commitment: "the need to provide", "het doel is ... te leveren". */
const NOT_YET =
  /(?<![\p{L}])(need to|needs to|the need|a need|noodzaak|noodzakelijk|behoefte|behov av|behöver|nödvändigt|must|moet|moeten|måste|should|zou moeten|bör|doel is|doel hiervan is|aim is|goal is|purpose is|syftet är)(?![\p{L}])/iu;

/** A running total or a sum restated ("har bidragit med totalt ... sedan", "amounts to"). */
const TOTAL_SINCE =
  /(?<![\p{L}])(totalt|in totaal|in total|sammanlagt|altogether)(?![\p{L}])[\s\S]*(?<![\p{L}])(sedan|sinds|since)(?![\p{L}])/iu;
const AMOUNTS_TO =
  /(?<![\p{L}])(uppgår till|bedraagt|bedragen|amounts to|amount to|totals)(?![\p{L}])/iu;

/** A package named with a demonstrative ("detta 15:e stödpaket", "this package") is one already reported. */
const PACKAGE_NOUN =
  /^(stödpaket|stödpaketet|paket|pakket|steunpakket|package|donationer|donaties|donations)$/iu;
const THIS_ONE = /(?<![\p{L}])(detta|denna|dessa|this|these|dit|deze)\s+(\S+\s+){0,6}$/iu;

/** "deltar även", "also takes part": who else attended a meeting already reported. */
const ALSO = /(?<![\p{L}])(även|också|also|ook|eveneens)(?![\p{L}])/iu;

/** Taking part: an event only with the meeting named or a date worded beside it. */
const PARTICIPATION =
  /^(nam deel|namen deel|neemt deel|nemen deel|deelgenomen|took part|takes part|take part|participated|participates|deltog|deltar|deltagit|ska delta|kommer att delta)$/iu;
const MEETING_NAMED =
  /(?<![\p{L}])(bijeenkomst|vergadering|top|overleg|raad|council|group|groep|meeting|summit|conference|möte|mötet|toppmöte|sammanträde|session|sessie)(?![\p{L}])/iu;

/** A proposal noun made definite without a date of its own refers back to one already named. */
const PROPOSAL_NOUN = /^(voorstel|proposal|förslag)$/iu;
const DEFINITE = /(?<![\p{L}])(het|dit|dat|the|this|that|detta|det)\s+$/iu;

const SUPPORT_KINDS: ReadonlySet<string> = new Set([
  'SupportCommitted',
  'SupportDelivered',
  'AnnouncementMade',
]);

/** Whether a whole sentence is no report of an event, whatever cue it holds. */
export function explainsOnly(sentence: string): boolean {
  return EXPLAINS.test(sentence);
}

/**
 * Whether the cue at `at` is no event of its own where it stands: a time anchor, a noun that
 * describes, taking part with no meeting or date named (or "also" taking part), a definite
 * proposal without a date, support that is only needed or aimed at, a running or restated total.
 */
export function notAnEvent(
  cue: CompiledCue,
  at: RegExpExecArray,
  sentence: string,
  dated: boolean,
): boolean {
  const before = sentence.slice(Math.max(0, at.index - 20), at.index);
  const words = at[0].replace(/\s+/g, ' ');
  if (TIME_ANCHOR.test(before)) return true;
  const clause = SINCE_CLAUSE.exec(sentence.slice(Math.max(0, at.index - 90), at.index));
  if (clause && !TIME_AFTER_SINCE.test(clause[0].slice(clause[1]!.length).trimStart())) return true;
  if (cue.kind === 'InitiativeLaunched' && PURPOSE.test(before)) return true;
  // "spraken over X – met name Y": "met name" (namely) is no company.
  if (
    cue.id === 'cue.meeting.with' &&
    /^\s+name(?![\p{L}])/iu.test(sentence.slice(at.index + at[0].length))
  )
    return true;
  if ((cue.anaphoric || PROPOSAL_NOUN.test(words)) && DESCRIBED.test(before)) return true;
  if (PARTICIPATION.test(words)) {
    if (!dated && !MEETING_NAMED.test(sentence)) return true;
    if (ALSO.test(sentence.slice(at.index, at.index + at[0].length + 12))) return true;
  }
  if (SUPPORT_KINDS.has(cue.kind)) {
    if (NOT_YET.test(sentence.slice(Math.max(0, at.index - 80), at.index))) return true;
    if (
      PACKAGE_NOUN.test(words) &&
      THIS_ONE.test(sentence.slice(Math.max(0, at.index - 50), at.index))
    )
      return true;
    if (TOTAL_SINCE.test(sentence) || AMOUNTS_TO.test(sentence)) return true;
  }
  if (PROPOSAL_NOUN.test(words) && !dated && DEFINITE.test(before)) return true;
  return false;
}
