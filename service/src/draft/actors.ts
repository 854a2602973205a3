import type { ActorRole } from '@kroniek/events';
import { GAZETTEER } from './gazetteer.js';
import type { ActorReading, Span } from './types.js';

export const ACTORS_VERSION = 1;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Matchers for the gazetteer, longest names first: one ignoring case, one exact. */
export interface ActorMatcher {
  folded: RegExp;
  exact: RegExp;
  idOf: Map<string, string>;
}

const wordRe = (names: string[], flags: string) =>
  new RegExp(
    `(?<![\\p{L}\\d-])(?:${names
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\d])`,
    flags,
  );

/** Builds the gazetteer's matchers (once per drafting run; they hold no state between runs). */
export function actorMatcher(): ActorMatcher {
  const idOf = new Map<string, string>();
  const folded: string[] = [];
  const exact: string[] = [];
  for (const e of GAZETTEER) {
    for (const n of e.names) {
      idOf.set(n.toLowerCase(), e.id);
      folded.push(n);
    }
    for (const n of e.exact ?? []) {
      idOf.set(n, e.id);
      exact.push(n);
    }
  }
  return { folded: wordRe(folded, 'giu'), exact: wordRe(exact, 'gu'), idOf };
}

/**
 * The gazetteer's actors named in `sentence`, each with its span. Those named before the cue
 * take the cue's subject role, those after it its object role.
 */
export function readActors(
  sentence: Span,
  matcher: ActorMatcher,
  cueAt: number,
  roles: { subject: ActorRole; object: ActorRole },
): ActorReading[] {
  const out: ActorReading[] = [];
  const seen = new Set<string>();
  const hits = [
    ...sentence.text.matchAll(matcher.folded),
    ...sentence.text.matchAll(matcher.exact),
  ].sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  let until = -1;
  for (const m of hits) {
    if (m.index < until) continue;
    until = m.index + m[0].length;
    const id = matcher.idOf.get(m[0]) ?? matcher.idOf.get(m[0].toLowerCase());
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const start = sentence.start + m.index;
    out.push({
      id,
      role: start < cueAt ? roles.subject : roles.object,
      span: { start, end: start + m[0].length, text: m[0] },
      rule: { id: 'actor.gazetteer', version: ACTORS_VERSION },
    });
  }
  return out;
}
