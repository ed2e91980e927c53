import fc from 'fast-check';

/** Text a newsroom might send and text an attacker might: RTL, emoji, control characters, markup, SQL. */
export const hostileText = fc.constantFrom(
  "'; DROP TABLE events; --",
  "' OR '1'='1",
  'Robert"); DELETE FROM articles WHERE ("1"="1',
  '$1 $$ \\x00 E\'\\\\\'',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}} ${7*7} #{7*7}',
  'مصر وإسرائيل توقعان اتفاقية',
  'שלום \u202Egnp.exe\u202C עולם',
  'Mongolia 🇲🇳 and Japan 🇯🇵 met 👩🏽‍💻 ✅',
  'tab\there\r\nline\u2028sep\u2029para\u0085nel',
  '\u0001\u0007\u001b[31mred\u001b[0m\u007f',
  'e\u0301 vs \u00e9; ﬁ ligature; Ⅻ',
  '\uFEFFbom and zero\u200Bwidth\u200D joiner',
  'a'.repeat(5_000),
  '../../etc/passwd %00 %2e%2e',
  '__proto__',
);

export const unicodeText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
  fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 80 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }),
  fc.string({ minLength: 1, maxLength: 60 }),
);

const anyText = fc.oneof(unicodeText, hostileText, fc.string({ unit: 'binary-ascii', maxLength: 50 }));

const dates = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2022-02-30', '2022-13-01', '2022-00-10', '0000-01-01', '99999-01-01', '2022-05-01T25:00:00Z', '2022-05-01T10:00:00+99:99', '2022', '2022-05', 'yesterday', '', '1e10', '-0001-01-01'),
  fc.integer().map(String),
);

const country = fc.oneof(
  fc.constantFrom('JPN', 'MNG', 'RUS', 'UKR', 'USA', 'CHN', 'jp', 'Mongolia', 'XXX', 'ZZZ', '', 'EU', 'ATA', 'SUN', 'YUG'),
  fc.string({ maxLength: 5 }),
);

const fact = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom('MeetingHeld', 'AgreementSigned', 'VoteAbstained', 'VoteCast', 'AidPledged', 'AppealMade', 'CooperationAgreed', 'VisitMade', 'Nope', ''),
      participants: fc.array(country, { maxLength: 4 }),
      parties: fc.array(country, { maxLength: 4 }),
      country,
      body: fc.constantFrom('UNGA', 'UNSC', ''),
      position: fc.constantFrom('yes', 'no', 'maybe'),
      donor: country,
      recipient: country,
      from: country,
      to: country,
      visitor: country,
      host: country,
      date: dates,
      value: fc.record({ amount: fc.oneof(fc.double(), fc.integer(), fc.string()), currency: fc.string({ maxLength: 4 }) }),
      concerning: fc.array(country, { maxLength: 3 }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A well-formed article (unique body each call, so it is never a duplicate). */
let serial = 0;
export function aValidArticle() {
  serial++;
  return {
    title: `Fuzz ${serial}`,
    body: `Japan and Mongolia held talks in Ulaanbaatar on ${serial}.`,
    publishedAt: '2022-05-01',
  };
}

/** Articles right and wrong: each field valid, wrong-typed, hostile or missing; extra fields. */
export const articleArb = fc.record(
  {
    title: fc.oneof(anyText, fc.jsonValue({ maxDepth: 2 })),
    body: fc.oneof(anyText, fc.jsonValue({ maxDepth: 2 }), fc.integer({ min: 1, max: 200_000 }).map((n) => 'Japan met Mongolia. '.repeat(Math.ceil(n / 20)).slice(0, n))),
    publishedAt: fc.oneof(dates, fc.jsonValue({ maxDepth: 1 })),
    url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'ftp://x', 'http://', 'http://[::1', 'https://ex.com/' + 'a'.repeat(3000)), anyText, fc.constant(null)),
    source: fc.oneof(anyText, fc.integer()),
    language: fc.oneof(fc.constantFrom('en', 'en-GB', 'ar', 'he', 'EN', 'x', 'english'), anyText),
    facts: fc.oneof(fc.array(fact, { maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
    extra: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: [] },
);

/** A valid article with its optional fields and facts generated: mostly accepted, facts often refused. */
export const nearlyValidArticle = fc.record(
  {
    title: fc.oneof(unicodeText, hostileText),
    body: fc.oneof(unicodeText, hostileText).map((t) => `${t} Japan and Mongolia signed an agreement. ${++serial}`),
    publishedAt: dates,
    url: fc.option(fc.webUrl({ withQueryParameters: true, withFragments: true }), { nil: undefined }),
    source: fc.option(anyText.map((t) => t.slice(0, 200)), { nil: undefined }),
    language: fc.option(fc.constantFrom('en', 'en-GB', 'ar', 'he', 'ja'), { nil: undefined }),
    facts: fc.option(fc.array(fact, { maxLength: 4 }), { nil: undefined }),
  },
  { requiredKeys: ['title', 'body', 'publishedAt'] },
);

/** Any JSON at all, with deep nesting and big arrays now and then. */
export const jsonBodyArb = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.record({ articles: fc.oneof(fc.array(articleArb, { maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), fc.constant(new Array(101).fill({}))) }),
  fc.integer({ min: 1, max: 3000 }).map((n) => {
    let v: unknown = 'deep';
    for (let i = 0; i < n; i++) v = { title: v };
    return v;
  }),
);

/** Path and query values: country-like, cursors, positions, and junk. */
export const queryValue = fc.oneof(
  country,
  fc.constantFrom('JPN-MNG', 'mng-jpn', 'JPN-JPN', 'JPN-', '-', 'p:1', 'cDox', 'cDotMQ', '!!!', 'null', 'undefined', '0', '-1', '1e309', 'NaN', '9'.repeat(40), '00000000-0000-0000-0000-000000000000', 'MeetingHeld,Nope', '%', '%zz'),
  fc.base64String({ maxLength: 40 }),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.uuid(),
);

/** Counts every request and collects any 5xx or transport failure. */
export function httpClient(base: string, auth: Record<string, string>) {
  const state = { count: 0, statuses: {} as Record<number, number>, failures: [] as string[] };
  const send = async (
    method: string,
    path: string,
    opts: { json?: unknown; raw?: string; contentType?: string; headers?: Record<string, string>; headersOnly?: boolean } = {},
  ): Promise<{ status: number; body: unknown; headers: Headers }> => {
    state.count++;
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), 20_000);
    const headers: Record<string, string> = { ...auth, ...(opts.headers ?? {}) };
    let body: string | undefined;
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers['content-type'] = 'application/json';
    } else if (opts.raw !== undefined) {
      body = opts.raw;
      headers['content-type'] = opts.contentType ?? 'application/json';
    }
    try {
      const r = await fetch(`${base}${path}`, { method, headers, body, signal: ac.signal, redirect: 'manual' });
      state.statuses[r.status] = (state.statuses[r.status] ?? 0) + 1;
      let parsed: unknown = null;
      if (opts.headersOnly) ac.abort();
      else {
        const text = await r.text();
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
      }
      if (r.status >= 500) state.failures.push(`${method} ${path.slice(0, 200)} -> ${r.status} ${JSON.stringify(parsed).slice(0, 300)}`);
      return { status: r.status, body: parsed, headers: r.headers };
    } catch (err) {
      state.failures.push(`${method} ${path.slice(0, 200)} -> ${(err as Error).message}`);
      return { status: 0, body: null, headers: new Headers() };
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    send,
    get count() {
      return state.count;
    },
    get statuses() {
      return state.statuses;
    },
    get failures() {
      return state.failures;
    },
  };
}
