import { sendJson, type HttpReply, type HttpRequest } from './http-types';

/** Deeper than any request Dyad takes (a fact is three levels); deeper input is refused, not walked. */
const MAX_DEPTH = 32;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problem(value: unknown): string | null {
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: value, depth: 0, path: '(body)' }];
  let visited = 0;
  while (stack.length) {
    const { v, depth, path } = stack.pop()!;
    if (++visited > 1_000_000) return `(body): too many values`;
    if (typeof v === 'string') {
      // PostgreSQL text and jsonb cannot hold NUL; a lone surrogate is not Unicode and would not
      // come back byte for byte.
      if (v.includes('\u0000')) return `${path}: must not contain NUL (\\u0000) characters`;
      if (LONE_SURROGATE.test(v)) return `${path}: must be valid Unicode (unpaired surrogate)`;
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_DEPTH) return `${path}: nested deeper than ${MAX_DEPTH} levels`;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) stack.push({ v: v[i], depth: depth + 1, path: `${path}[${i}]` });
      } else {
        for (const [k, x] of Object.entries(v)) {
          const key = k.slice(0, 40);
          if (k.includes('\u0000') || LONE_SURROGATE.test(k)) return `${path}: a key is not valid text`;
          stack.push({ v: x, depth: depth + 1, path: path === '(body)' ? key : `${path}.${key}` });
        }
      }
    }
  }
  return null;
}

/**
 * Runs after the JSON body parser: refuses, with 400, bodies no handler could store or walk
 * safely (NUL characters, unpaired surrogates, absurd nesting), before validation sees them.
 */
export async function jsonSanityHook(req: HttpRequest, reply: HttpReply): Promise<unknown> {
  const body: unknown = req.body;
  if (body === undefined || body === null || typeof body !== 'object') return;
  const p = problem(body);
  if (!p) return;
  return sendJson(reply, 400, { statusCode: 400, error: 'Bad Request', message: 'invalid request body', errors: [p] });
}
