import type { EventType } from './types.js';

/** How a kind of event is named and coloured in the dashboard. */
export interface KindStyle {
  label: string;
  /** a strong colour for markers, borders and chart series (AA contrast on white) */
  color: string;
  /** a light tint for backgrounds behind dark text */
  tint: string;
  /** kinds drawn as day markers on the charts, and how a marker counts them */
  marker?: { one: string; many: string };
}

/**
 * Every event kind's style, in the order the filters list them. A kind the API document adds
 * must be styled here: this fails to compile until it is.
 */
const STYLES: Record<EventType, KindStyle> = {
  MeetingHeld: { label: 'Meeting', color: '#1d4ed8', tint: '#dbeafe' },
  MeetingScheduled: { label: 'Scheduled meeting', color: '#3f5f8f', tint: '#e2e8f0' },
  AnnouncementMade: { label: 'Announcement', color: '#b45309', tint: '#fef3c7' },
  DocumentAdopted: {
    label: 'Adoption',
    color: '#047857',
    tint: '#d1fae5',
    marker: { one: 'adoption', many: 'adoptions' },
  },
  AgreementSigned: {
    label: 'Signing',
    color: '#6d28d9',
    tint: '#ede9fe',
    marker: { one: 'signing', many: 'signings' },
  },
  ProposalTabled: { label: 'Proposal', color: '#0e7490', tint: '#cffafe' },
  SupportCommitted: { label: 'Support pledged', color: '#be185d', tint: '#fce7f3' },
  SupportDelivered: { label: 'Delivery', color: '#4d7c0f', tint: '#ecfccb' },
  ParliamentaryCommitmentMade: { label: 'Commitment', color: '#c2410c', tint: '#ffedd5' },
  ParliamentaryCommitmentFulfilled: {
    label: 'Commitment fulfilled',
    color: '#15803d',
    tint: '#dcfce7',
  },
  InitiativeLaunched: { label: 'Launch', color: '#0f766e', tint: '#ccfbf1' },
  StatementMade: { label: 'Statement', color: '#475569', tint: '#f1f5f9' },
  EventCorrected: { label: 'Correction', color: '#7e22ce', tint: '#f3e8ff' },
  EventRetracted: { label: 'Retraction', color: '#b91c1c', tint: '#fee2e2' },
  EventCorroborated: { label: 'Corroboration', color: '#0369a1', tint: '#e0f2fe' },
};

/** Every event type, in the order the filters list them. */
export const EVENT_KINDS = Object.keys(STYLES) as readonly EventType[];

/** The kinds drawn as day markers on the charts, in the order a marker counts them. */
export const MARKED_KINDS = EVENT_KINDS.filter((k) => STYLES[k].marker);

const UNKNOWN: KindStyle = { label: 'Other', color: '#52525b', tint: '#f4f4f5' };

/** The label and colours of an event kind; unknown kinds (from a newer server) get a neutral style. */
export function kindStyle(type: string): KindStyle {
  return (STYLES as Record<string, KindStyle>)[type] ?? UNKNOWN;
}

/** Human names for actor roles, read as "<actor> — <role>". */
const ROLES: Record<string, string> = {
  participant: 'took part',
  chair: 'chaired',
  host: 'hosted',
  announcer: 'announced',
  adopter: 'adopted',
  proposer: 'proposed',
  signatory: 'signed',
  donor: 'gives',
  recipient: 'receives',
  promisor: 'promised',
  promisee: 'was promised',
  launcher: 'launched',
  speaker: 'spoke',
  addressee: 'addressed',
};

/** A short verb phrase for an actor's role; the raw role when it is not known. */
export function roleLabel(role: string): string {
  return ROLES[role] ?? role;
}
