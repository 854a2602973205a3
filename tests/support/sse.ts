/** One Server-Sent Event as a client sees it. */
export interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

/** Reads SSE messages from a response body until `count` have come or the time is up; then cancels. */
export async function readSse(
  body: ReadableStream<Uint8Array>,
  count: number,
  timeoutMs = 5_000,
): Promise<SseMessage[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const messages: SseMessage[] = [];
  let buffer = '';
  const deadline = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    while (messages.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const message: SseMessage = { data: '' };
        let isMessage = false;
        for (const line of frame.split('\n')) {
          const [field, ...rest] = line.split(':');
          const value = rest.join(':').replace(/^ /, '');
          if (field === 'id') message.id = value;
          else if (field === 'event') message.event = value;
          else if (field === 'data') {
            message.data += (message.data ? '\n' : '') + value;
            isMessage = true;
          }
        }
        if (isMessage) messages.push(message);
      }
    }
  } finally {
    clearTimeout(deadline);
    await reader.cancel().catch(() => {});
  }
  return messages;
}
