import type { Catalog } from '../catalog.js';

/** The "what changed" view. */
export const messages: Catalog = {
  en: {
    'changes.title': 'What changed',
    'changes.intro':
      'What the record learned between two days: facts that became public, and corrections and retractions.',
    'changes.after': 'After',
    'changes.upTo': 'up to and including',
    'changes.what': 'the changes',
    'changes.none': 'Nothing became known after {from} up to {to}.',
    'changes.count': '{count, plural, one {# change} other {# changes}} after {from} up to {to}',
    'changes.kind.known': 'New',
    'changes.kind.corrected': 'Corrected',
    'changes.kind.retracted': 'Retracted',
    'changes.public': 'public {day}',
    'changes.reason': 'Reason: {reason}',
    'changes.changed': 'Changed: {fields}',
    'changes.recorded': 'Recorded {when}',
  },
  nl: {
    'changes.title': 'Wat veranderde',
    'changes.intro':
      'Wat het overzicht tussen twee dagen leerde: feiten die openbaar werden, en correcties en intrekkingen.',
    'changes.after': 'Na',
    'changes.upTo': 'tot en met',
    'changes.what': 'de wijzigingen',
    'changes.none': 'Na {from} tot en met {to} werd niets bekend.',
    'changes.count':
      '{count, plural, one {# wijziging} other {# wijzigingen}} na {from} tot en met {to}',
    'changes.kind.known': 'Nieuw',
    'changes.kind.corrected': 'Gecorrigeerd',
    'changes.kind.retracted': 'Ingetrokken',
    'changes.public': 'openbaar {day}',
    'changes.reason': 'Reden: {reason}',
    'changes.changed': 'Gewijzigd: {fields}',
    'changes.recorded': 'Vastgelegd {when}',
  },
};
