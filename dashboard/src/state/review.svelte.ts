import { api, ApiError } from '../lib/api.js';
import type { Draft, SourceSummary, SourceWithText } from '../lib/types.js';

export type Verdict =
  | { state: 'open' }
  | { state: 'accepting' }
  | { state: 'accepted'; position: number; edited: string[] }
  | { state: 'rejected' }
  | { state: 'failed'; message: string };

const TOKEN_KEY = 'kroniek.token';

/**
 * The review of one source's drafts: the token writes need (kept for the browser session), the
 * source and its drafts, the one in focus, and each draft's verdict. A rejection stays in the
 * page: nothing is sent, nothing enters the log.
 */
export class ReviewState {
  token = $state('');
  sources = $state<SourceSummary[]>([]);
  sourceId = $state<string | null>(null);
  source = $state<SourceWithText | null>(null);
  drafts = $state<Draft[]>([]);
  verdicts = $state<Verdict[]>([]);
  focus = $state(0);
  loading = $state(false);
  error = $state<ApiError | null>(null);

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
    this.token = storage?.getItem(TOKEN_KEY) ?? '';
  }

  async loadSources(): Promise<void> {
    try {
      this.sources = await api.sources();
      this.sourceId ??= this.sources[0]?.id ?? null;
    } catch (e) {
      this.error = e instanceof ApiError ? e : new ApiError(0, 'Unexpected error', String(e));
    }
  }

  setToken(token: string): void {
    this.token = token;
    this.storage?.setItem(TOKEN_KEY, token);
  }

  /** Asks the service to draft the chosen source; every verdict starts open. */
  async draft(): Promise<void> {
    const id = this.sourceId;
    if (!id) return;
    this.loading = true;
    this.error = null;
    try {
      const [source, list] = await Promise.all([api.source(id), api.drafts(id, this.token)]);
      this.source = source;
      this.drafts = list.drafts;
      this.verdicts = list.drafts.map(() => ({ state: 'open' }));
      this.focus = 0;
    } catch (e) {
      this.error = e instanceof ApiError ? e : new ApiError(0, 'Unexpected error', String(e));
      this.drafts = [];
      this.verdicts = [];
    } finally {
      this.loading = false;
    }
  }

  /** Appends draft `i` as `event` (the proposed event, or the reviewer's edit of it). */
  async accept(i: number, event: Record<string, unknown>): Promise<boolean> {
    const id = this.sourceId;
    if (!id || !this.drafts[i]) return false;
    this.verdicts[i] = { state: 'accepting' };
    try {
      const r = await api.acceptDraft(id, this.token, event);
      this.verdicts[i] = { state: 'accepted', position: r.position, edited: r.edited };
      return true;
    } catch (e) {
      const message = e instanceof ApiError ? e.message : String(e);
      this.verdicts[i] = { state: 'failed', message };
      return false;
    }
  }

  reject(i: number): void {
    if (this.verdicts[i]?.state === 'accepted') return;
    this.verdicts[i] = { state: 'rejected' };
  }

  /** Moves the focus to the next (or the previous) draft. */
  move(step: 1 | -1): void {
    const n = this.drafts.length;
    if (n === 0) return;
    this.focus = Math.min(n - 1, Math.max(0, this.focus + step));
  }

  get decided(): number {
    return this.verdicts.filter((v) => v.state === 'accepted' || v.state === 'rejected').length;
  }
}
