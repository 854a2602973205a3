import { KroniekError } from '../../errors.js';
import type { FieldIssue } from '../../errors.js';

/** A source that cannot be taken in; the status says why (413 size, 415 type, 400 content, 409 id). */
export class SourceIntakeError extends KroniekError {
  readonly issues: FieldIssue[];
  constructor(status: 400 | 409 | 413 | 415, title: string, issue: FieldIssue) {
    super(status, title, `${issue.path}: ${issue.message}`, { issues: [issue] });
    this.issues = [issue];
  }
}

/** The largest original file intake takes (bytes): below the API's 4 MiB body limit. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** `n` bytes for a person: 2 MiB, 1.5 MiB, 900 KiB. */
export function sizeLabel(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
