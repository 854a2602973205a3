// The only module of the dashboard that talks to the service. Every non-2xx answer becomes an
// ApiError carrying the problem+json fields, so components can show a useful error state.
import type {
  ActorDetail,
  ActorSummary,
  ChangeList,
  ChartSeries,
  ChartSeriesName,
  CommitmentRegister,
  AcceptDraftResult,
  DraftList,
  EventDetail,
  SourceAdded,
  SourceSummary,
  SourceWithText,
  SubjectDetail,
  SubjectSummary,
  TimelinePage,
} from './types.js';
import { parseRetryAfter, type LiveConnectionHandlers } from './liveFollower.js';

/** A failed call to the service: HTTP status (0 when unreachable) and the problem's text. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;

  constructor(status: number, title: string, detail: string) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

type Params = Record<string, string | number | undefined>;

function url(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `/api${path}${s ? `?${s}` : ''}`;
}

async function getJson<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url(path, params), { headers: { accept: 'application/json' }, signal });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(
      0,
      'The kroniek service cannot be reached',
      'Check that it is running, then retry.',
    );
  }
  if (!res.ok) throw await toApiError(res);
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError(res.status, 'Unreadable answer', `${path} did not answer with JSON`);
  }
}

/** A POST with the bearer token (the drafts API); errors as for reads. */
async function postJson<T>(path: string, token: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url(path), {
      method: 'POST',
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(
      0,
      'The kroniek service cannot be reached',
      'Check that it is running, then retry.',
    );
  }
  if (!res.ok) throw await toApiError(res);
  return (await res.json()) as T;
}

async function toApiError(res: Response): Promise<ApiError> {
  let title = res.statusText || `HTTP ${res.status}`;
  let detail = '';
  try {
    const body = (await res.json()) as { title?: unknown; detail?: unknown };
    if (typeof body.title === 'string') title = body.title;
    if (typeof body.detail === 'string') detail = body.detail;
    const issues = (body as { issues?: { path?: unknown; message?: unknown }[] }).issues;
    if (Array.isArray(issues) && issues.length > 0)
      detail = issues.map((i) => `${String(i.path)}: ${String(i.message)}`).join('; ');
  } catch {
    // not problem+json (e.g. a proxy's HTML page): the status line is all we have
  }
  return new ApiError(res.status, title, detail);
}

/** True when an error only means a newer request replaced this one. */
export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

export const api = {
  timeline: (params: Params, signal?: AbortSignal) =>
    getJson<TimelinePage>('/timeline', params, signal),
  event: (id: string, params: Params, signal?: AbortSignal) =>
    getJson<EventDetail>(`/events/${encodeURIComponent(id)}`, params, signal),
  source: (id: string, signal?: AbortSignal) =>
    getJson<SourceWithText>(`/sources/${encodeURIComponent(id)}`, {}, signal),
  subjects: async (params: Params, signal?: AbortSignal) =>
    (await getJson<{ subjects: SubjectSummary[] }>('/subjects', params, signal)).subjects,
  subject: (id: string, params: Params, signal?: AbortSignal) =>
    getJson<SubjectDetail>(`/subjects/${encodeURIComponent(id)}`, params, signal),
  actor: (id: string, params: Params, signal?: AbortSignal) =>
    getJson<ActorDetail>(`/actors/${encodeURIComponent(id)}`, params, signal),
  actors: async (params: Params, signal?: AbortSignal) =>
    (await getJson<{ actors: ActorSummary[] }>('/actors', params, signal)).actors,
  chart: (series: ChartSeriesName, params: Params, signal?: AbortSignal) =>
    getJson<ChartSeries>(`/charts/${series}`, params, signal),
  commitments: (params: Params, signal?: AbortSignal) =>
    getJson<CommitmentRegister>('/commitments', params, signal),
  /** the changes in (from, to], with their statuses in the replay (asOf, knownBy) */
  changes: (from: string, to: string, replay: Params, signal?: AbortSignal) =>
    getJson<ChangeList>('/changes', { ...replay, from, to }, signal),
  sources: async (signal?: AbortSignal) =>
    (await getJson<{ sources: SourceSummary[] }>('/sources', {}, signal)).sources,
  drafts: (id: string, token: string) =>
    postJson<DraftList>(`/sources/${encodeURIComponent(id)}/drafts`, token),
  acceptDraft: (id: string, token: string, event: Record<string, unknown>) =>
    postJson<AcceptDraftResult>(`/sources/${encodeURIComponent(id)}/drafts/accept`, token, {
      event,
    }),
  replayDays: async (signal?: AbortSignal) =>
    (await getJson<{ days: string[] }>('/replay/days', {}, signal)).days,
  /** Adds a source (a multipart form with `file` and its metadata) with the write token. */
  addSource: async (form: FormData, token: string): Promise<SourceAdded> => {
    let res: Response;
    try {
      res = await fetch(url('/sources'), {
        method: 'POST',
        headers: { accept: 'application/json', authorization: `Bearer ${token}` },
        body: form,
      });
    } catch {
      throw new ApiError(
        0,
        'The kroniek service cannot be reached',
        'Check that it is running, then retry.',
      );
    }
    if (!res.ok) throw await toApiError(res);
    return (await res.json()) as SourceAdded;
  },
};

/**
 * Opens one connection to /api/live (server-sent events). An EventSource reconnects by itself
 * after a dropped socket or an `overflow` (resuming with Last-Event-ID); after a refusal it stops
 * for good, and since it shows no status or headers, one plain request asks the service why
 * (a 429/503 carries Retry-After) before `onClosed` reports it. Returns a function that closes.
 */
export function connectLive(h: LiveConnectionHandlers): () => void {
  const source = new EventSource('/api/live');
  const probe = new AbortController();
  // The service names its messages: 'ready' once subscribed, 'appended' for each new event.
  source.addEventListener('appended', (e: MessageEvent<string>) =>
    h.onAppend(Number(e.lastEventId) || 0),
  );
  source.addEventListener('ready', () => h.onStatus(true));
  source.addEventListener('open', () => h.onStatus(true));
  source.addEventListener('error', () => {
    if (source.readyState !== EventSource.CLOSED) return h.onStatus(false);
    source.close();
    void whyRefused(probe.signal).then((refusal) => {
      if (!probe.signal.aborted) h.onClosed(refusal);
    });
  });
  return () => {
    probe.abort();
    source.close();
  };
}

async function whyRefused(
  signal: AbortSignal,
): Promise<{ status: number; retryAfterMs: number | null }> {
  // Its own controller: an admitted stream is let go as soon as its status line is read.
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop);
  try {
    const res = await fetch(url('/live'), {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    return { status: res.status, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')) };
  } catch {
    return { status: 0, retryAfterMs: null };
  } finally {
    controller.abort();
    signal.removeEventListener('abort', stop);
  }
}
