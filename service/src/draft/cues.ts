import type { ActorRole } from '@kroniek/events';
import type { Draft } from './types.js';

export const CUES_VERSION = 1;

/** A cue: words that signal an event kind, with the roles of the actors around them. */
export interface Cue {
  id: string;
  kind: Draft['kind'];
  /** Alternatives of words, matched whole, case-insensitively. `…` stands for up to 60 characters. */
  words: readonly string[];
  weight: number;
  /** Added to the weight when a date is worded right beside the cue ("het commissiedebat op 22 mei"). */
  datedBoost?: number;
  /** A noun that, made definite ("the meeting", "mötet"), refers back to a meeting already named. */
  anaphoric?: boolean;
  roles: { subject: ActorRole; object: ActorRole };
}

const MEETING = { subject: 'participant', object: 'participant' } as const;
const SUPPORT = { subject: 'donor', object: 'recipient' } as const;

/** The cue lexicon in Dutch, English and Swedish, one entry per kind and strength. */
export const CUES: readonly Cue[] = [
  {
    id: 'cue.parliament.commitment', kind: 'ParliamentaryCommitmentMade', weight: 0.9,
    roles: { subject: 'promisor', object: 'promisee' },
    words: ['heb ik u toegezegd', 'heb ik uw Kamer toegezegd', 'zeg ik toe', 'zeg ik uw Kamer toe', 'zal ik uw Kamer', 'zal uw Kamer … informeren', 'toezegging', 'toegezegd', 'ben ik bereid', 'is graag bereid', 'is bereid om', 'am prepared to', 'är beredd att', 'will inform parliament', 'undertook to inform', 'återkomma', 'återkommer', 'kommer regeringen att återkomma'],
  },
  {
    id: 'cue.parliament.fulfilled', kind: 'ParliamentaryCommitmentFulfilled', weight: 0.85,
    roles: { subject: 'promisor', object: 'promisee' },
    words: ['opvolging gegeven aan', 'uitvoering gegeven aan', 'invulling gegeven aan', 'wordt voldaan aan', 'geef ik invulling aan', 'in fulfilment of', 'in response to the motion', 'vorm gegeven aan', 'waartoe de motie', 'verzoekt de motie'],
  },
  {
    id: 'cue.signed', kind: 'AgreementSigned', weight: 0.85, roles: { subject: 'signatory', object: 'signatory' },
    words: ['ondertekend', 'ondertekende', 'ondertekenden', 'tekende', 'tekenden', 'getekend', 'signed', 'signing', 'undertecknade', 'undertecknat', 'undertecknades', 'ingick', 'ingicks', 'ingått', 'ingåtts', 'avsiktsförklaring', 'intentieverklaring', 'memorandum of understanding', 'letter of intent'],
  },
  {
    id: 'cue.adopted', kind: 'DocumentAdopted', weight: 0.8, roles: { subject: 'adopter', object: 'adopter' },
    words: ['aangenomen', 'nam … aan', 'namen … aan', 'vastgesteld', 'stelde … vast', 'stelden … vast', 'goedgekeurd', 'keurde … goed', 'ging akkoord', 'gingen akkoord', 'akkoord gegaan', 'afspraken gemaakt', 'overeengekomen', 'besloten', 'adopted', 'endorsed', 'approved', 'agreed to', 'agree a', 'agree on', 'agreed on', 'decided', 'antagit', 'antog', 'antogs', 'antagits', 'beslutat', 'beslutade', 'godkänt', 'godkände', 'fastställt', 'fastställde', 'enades', 'kommit överens', 'opgehoogd', 'verhoogd', 'raised the ceiling'],
  },
  {
    id: 'cue.proposed', kind: 'ProposalTabled', weight: 0.75, roles: { subject: 'proposer', object: 'addressee' },
    words: ['stelde voor', 'stelt voor', 'voorgesteld', 'presenteerde zijn voorstel', 'voorstel', 'wetsvoorstel', 'proposal', 'proposed', 'proposes', 'förslag', 'föreslår', 'föreslog', 'propositionen', 'proposition', 'ändringsbudget', 'budgetproposition', 'VÄB'],
  },
  {
    id: 'cue.delivered', kind: 'SupportDelivered', weight: 0.75, roles: SUPPORT,
    words: ['geleverd', 'leverde', 'leverden', 'afgeleverd', 'overgedragen', 'gerealiseerd', 'realiseerde', 'delivered', 'handed over', 'skänkt', 'skänkte', 'levererat', 'levererats', 'levererade', 'överlämnat', 'donerade', 'donerat', 'verworven', 'leveringen zijn', 'al gedaan', 'deliveries have'],
  },
  {
    id: 'cue.launched', kind: 'InitiativeLaunched', weight: 0.75, roles: { subject: 'launcher', object: 'participant' },
    words: ['gelanceerd', 'lanceerde', 'lanceert', 'opgericht', 'van start gegaan', 'launched', 'launches', 'established', 'set up', 'lanserat', 'lanserar', 'lanserade', 'inrättat', 'inrättas', 'oprichting'],
  },
  {
    id: 'cue.announced', kind: 'AnnouncementMade', weight: 0.75, roles: { subject: 'announcer', object: 'recipient' },
    words: ['kondigde … aan', 'kondigt … aan', 'aangekondigd', 'maakte bekend', 'maakt bekend', 'bekendgemaakt', 'meldde', 'meldden', 'announced', 'announces', 'unveiled', 'presenterar', 'presenterat', 'presenterade', 'meddelade', 'meddelar', 'tillkännagav', 'presented'],
  },
  {
    id: 'cue.pledged', kind: 'SupportCommitted', weight: 0.7, roles: SUPPORT,
    words: ['toegezegd', 'zegde toe', 'levert', 'leveren', 'beschikbaar gesteld', 'stelt … beschikbaar', 'vrijgemaakt', 'maakt … vrij', 'draagt … bij', 'doneert', 'doneren', 'schenkt', 'steunpakket', 'voor haar rekening', 'voor zijn rekening', 'financiert', 'pledged', 'pledges', 'committed', 'will provide', 'to provide', 'donate', 'donates', 'contribute', 'allocate', 'doneras', 'donera', 'donation', 'donationer', 'skänker', 'bidra', 'bidrar', 'avsätts', 'avsätta', 'avsätter', 'stödpaket', 'tillför', 'ter waarde van', 'worth', 'till ett värde av', 'training', 'trainingen', 'utbildningsstöd'],
  },
  {
    id: 'cue.meeting.held', kind: 'MeetingHeld', weight: 0.7, roles: MEETING,
    words: ['vond … plaats', 'vonden … plaats', 'kwamen … bijeen', 'kwam … bijeen', 'vergaderden', 'vergaderde', 'ontmoette', 'ontmoetten', 'telefoongesprek', 'belde', 'videoconferentie', 'nam deel', 'namen deel', 'deelgenomen', 'bezocht', 'was er een', 'met in', 'met with', 'participated', 'took place', 'was held', 'were held', 'are meeting', 'is meeting', 'will meet', 'to welcome', 'möttes', 'träffade', 'träffades', 'överläggningar', 'reste … till', 'deltog', 'deltar', 'telefonsamtal'],
  },
  {
    id: 'cue.meeting.noun', kind: 'MeetingHeld', weight: 0.45, datedBoost: 0.3, anaphoric: true, roles: MEETING,
    words: ['bijeenkomst', 'vergadering', 'top', 'ontbijt', 'lunch', 'diner', 'overleg', 'meeting', 'meetings', 'summit', 'conference', 'ministerial', 'möte', 'mötet', 'toppmöte', 'sammanträde', 'editie', 'edition', 'besöket', 'besök', 'bezoek', 'visit', 'commissiedebat', 'Europese Raad van', 'European Council of', 'council meeting'],
  },
  {
    id: 'cue.statement', kind: 'StatementMade', weight: 0.5, roles: { subject: 'speaker', object: 'addressee' },
    words: ['spraken uit', 'sprak uit', 'spraken … over', 'sprak … over', 'spraken … met', 'sprak … met', 'benadrukte', 'benadrukten', 'onderstreepte', 'riep … op', 'riepen … op', 'verklaarde', 'gaf aan', 'gaven aan', 'besproken', 'bespraken', 'schrijft', 'schreef', 'meldt', 'publiceert', 'gepubliceerd', 'stressed', 'underscored', 'underlined', 'emphasised', 'emphasized', 'said', 'stated', 'called on', 'called for', 'discussed', 'noted', 'highlighted', 'welcomed', 'published', 'framhöll', 'betonade', 'sade', 'uppgav', 'diskuterade', 'diskuteras', 'underströk', 'konstaterade', 'publicerar', 'publicerat', 'benoemden', 'benoemde', 'aangegeven', 'heb aangegeven', 'consensus', 'onderschrijft', 'onderschrijven', 'zet zich … in', 'zetten zich … in', 'onderstreepten', 'in gesprek blijven', 'zijn overgenomen', 'is bezig met', 'geeft … signaal', 'there is consensus', 'endorses', 'remain committed', 'står bakom', 'välkomnar', 'välkomnade'],
  },
];

/** Words that make a sentence a question, an exploration or a denial rather than an event. */
export const HEDGES =
  /(?<![\p{L}])(onderzocht wordt of|wordt onderzocht|onderzoekt of|geen mededelingen|whether|huruvida|undersöker|no decision|geen besluit|inget beslut)(?![\p{L}])/iu;

/** Words that put a meeting in the future. */
export const FUTURE =
  /(?<![\p{L}])(zal|zullen|gaat|gaan|will|is to|are to|are meeting|is meeting|expected|verwacht|gepland|planned|upcoming|komende|aanstaande|ska|skall|kommer att|deltar|leds av|this week|deze week|next week|volgende week|nästa vecka)(?![\p{L}])/iu;

/** A compiled cue: one regular expression over its alternatives. */
export interface CompiledCue extends Cue {
  re: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles the lexicon ("…" as a gap of up to 60 characters within the sentence). */
export function compileCues(cues: readonly Cue[] = CUES): CompiledCue[] {
  return cues.map((c) => ({
    ...c,
    re: new RegExp(
      `(?<![\\p{L}])(?:${c.words
        .map((w) => w.split('…').map((p) => escape(p.trim())).join('[^.;]{1,60}?'))
        .join('|')})(?![\\p{L}])`,
      // Acronyms such as 'VÄB' and 'top' keep their case where case matters.
      'iu',
    ),
  }));
}
