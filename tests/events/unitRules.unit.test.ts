import { describe, expect, it } from 'vitest';
import { quantityRoleOf, unitClassOf } from '@kroniek/events';

describe('the registry of quantity units', () => {
  it('reads a percentage as a share and a number of countries as parties', () => {
    expect(unitClassOf('percent')).toBe('share');
    expect(unitClassOf('countries')).toBe('parties');
    expect(unitClassOf('items')).toBe('count');
    expect(unitClassOf('toString')).toBe('count');
  });

  it("makes a share a target, drops a count of parties and keeps counts in their kind's role", () => {
    expect(quantityRoleOf('AnnouncementMade', 'percent')).toBe('target');
    expect(quantityRoleOf('ProposalTabled', 'percent')).toBe('target');
    expect(quantityRoleOf('AgreementSigned', 'countries')).toBe('none');
    expect(quantityRoleOf('AnnouncementMade', 'items')).toBe('committed');
    expect(quantityRoleOf('SupportDelivered', 'percent')).toBe('delivery');
    expect(quantityRoleOf('StatementMade', 'items')).toBe('mention');
  });
});
