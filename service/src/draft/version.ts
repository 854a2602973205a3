/**
 * The drafter's version, named in the provenance of every accepted draft. Raise it when a rule
 * changes what is drafted (each rule also carries its own version).
 */
export const DRAFTER_VERSION = '1.2.0';
