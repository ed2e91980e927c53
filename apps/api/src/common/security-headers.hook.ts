import { pathOf, type HttpReply, type HttpRequest } from './http-types';

/** The API answers JSON and event streams: nothing in it should ever load or run anything. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** Swagger UI (served from this origin by @nestjs/swagger) needs its own scripts, styles and images. */
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** Hand-written secure headers (what helmet would set that matters for a JSON API), as an onRequest hook. */
export function securityHeaders(opts: { hstsMaxAge: number }): (req: HttpRequest, reply: HttpReply) => Promise<void> {
  const hsts = opts.hstsMaxAge > 0 ? `max-age=${opts.hstsMaxAge}; includeSubDomains` : null;
  const base: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-DNS-Prefetch-Control': 'off',
    ...(hsts ? { 'Strict-Transport-Security': hsts } : {}),
  };
  const api: Record<string, string> = { ...base, 'Content-Security-Policy': API_CSP };
  const docs: Record<string, string> = { ...base, 'Content-Security-Policy': DOCS_CSP };
  return async (req, reply) => {
    // (On the Node response too: answers written there directly, like event streams, carry them.)
    const h = /^\/docs(\/|-json|-yaml|$)/i.test(pathOf(req)) ? docs : api;
    for (const k in h) reply.raw.setHeader(k, h[k]);
  };
}
