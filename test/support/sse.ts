import http from 'node:http';

export interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

/** A minimal Server-Sent Events client for tests: collects messages until closed. */
export function openSse(url: string, headers: Record<string, string> = {}) {
  const messages: SseMessage[] = [];
  let status = 0;
  let buffer = '';
  const req = http.get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
    status = res.statusCode ?? 0;
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const msg: SseMessage = { data: '' };
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          const i = line.indexOf(':');
          const field = i < 0 ? line : line.slice(0, i);
          const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
          if (field === 'id') msg.id = value;
          else if (field === 'event') msg.event = value;
          else if (field === 'data') data.push(value);
        }
        msg.data = data.join('\n');
        if (msg.id !== undefined || data.length) messages.push(msg);
      }
    });
  });
  req.on('error', () => undefined);
  return {
    messages,
    status: () => status,
    close: () => req.destroy(),
  };
}
