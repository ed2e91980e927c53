import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** The API answers JSON and event streams: nothing in it should ever load or run anything. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** Swagger UI (served from this origin by @nestjs/swagger) needs its own scripts, styles and images. */
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** Hand-written secure headers (what helmet would set that matters for a JSON API). */
export function securityHeaders(opts: { hstsMaxAge: number }): RequestHandler {
  const hsts = opts.hstsMaxAge > 0 ? `max-age=${opts.hstsMaxAge}; includeSubDomains` : null;
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('X-DNS-Prefetch-Control', 'off');
    res.setHeader('Content-Security-Policy', /^\/docs(\/|-json|-yaml|$)/i.test(req.path) ? DOCS_CSP : API_CSP);
    if (hsts) res.setHeader('Strict-Transport-Security', hsts);
    next();
  };
}
