/** VisitMade: only with visit / travel / arrive wording (ANNOTATION.md). */
import type { AnalysedSentence, CountryMention } from '../analysis';
import { clauseEnd, clauseStart, dateNear, isHedged, isIrrealis } from '../clause';
import type { Context } from '../context';
import type { Candidate } from './candidate';

const TRIGGERS = new Set(['visit', 'visits', 'visited', 'visiting', 'trip', 'tour', 'travelled', 'traveled', 'travels', 'arrived', 'arrives', 'arrival', 'flew']);
// Words between the trigger and its destination.
const BRIDGE = new Set(['to', 'in', 'at', 'the', 'into', 'official', 'state', 'a', 'an', 'first', 'working']);

function hostsAfter(s: AnalysedSentence, k: number, end: number): CountryMention[] {
  const out: CountryMention[] = [];
  let i = k + 1;
  while (i < end && BRIDGE.has(s.tokens[i].lower)) i++;
  for (;;) {
    const m = s.mentions.find((x) => x.from === i && x.kind !== 'person' && x.kind !== 'demonym');
    if (!m) break;
    out.push(m);
    i = m.to;
    while (i < end && (s.tokens[i].lower === ',' || s.tokens[i].lower === 'and' || s.tokens[i].lower === 'the')) i++;
  }
  return out;
}

export function detectVisits(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const out: Candidate[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    if (!TRIGGERS.has(w)) continue;
    if ((w === 'visit' || w === 'trip' || w === 'tour') && !['a', 'an', 'his', 'her', 'their', 'its', "'s", 'official', 'state', 'first', 'the', 'working'].includes(t[k - 1]?.lower ?? '')) continue;
    if (isIrrealis(s, k)) continue;
    const end = clauseEnd(s, k);
    let hosts = hostsAfter(s, k, end);
    const start = clauseStart(s, k);
    // The visitor: the nearest actor before the trigger, else the main clause's subject after it.
    const before = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && (m.kind === 'person' || m.kind === 'demonym' || m.kind === 'name' || m.kind === 'seat'));
    let visitor: CountryMention | undefined = before[before.length - 1];
    if (!visitor && ['his', 'her', 'their'].includes(t[k - 1]?.lower ?? '')) {
      visitor = s.mentions.find((m) => m.from > k && m.role === 'actor' && !hosts.includes(m) && (m.kind === 'person' || m.kind === 'demonym'));
    }
    if (!visitor && ['he', 'she'].includes(t[k - 1]?.lower ?? '')) {
      visitor = s.mentions.filter((m) => m.to <= k && m.kind === 'person').pop() ?? ctx.lastPerson ?? undefined;
    }
    if (!visitor) continue;
    let inferred = false;
    if (hosts.length === 0) {
      // "Hayashi visited a school", "Erdenebat's first visit to a foreign country": the story's place.
      if (!ctx.location?.country || !['visited', 'visit', 'visiting'].includes(w)) continue;
      // "visited a plant in Osaka": a place we cannot place; only "a foreign country" or none at all.
      const near = t.slice(k + 1, Math.min(end, k + 4));
      if (near.some((x) => x.lower === 'to' || x.lower === 'in') && !t.slice(k + 1, end).some((x) => x.lower === 'foreign')) continue;
      hosts = [{ ...visitor, iso3: ctx.location.country }];
      inferred = true;
    }
    const date = dateNear(s, k);
    for (const h of hosts) {
      if (h.iso3 === visitor.iso3) continue;
      out.push({
        type: 'VisitMade',
        visitor: visitor.iso3,
        host: h.iso3,
        people: visitor.person ? [visitor.person.name] : [],
        date: date ?? ctx.storyDate,
        dateExplicit: date !== null,
        confidence: inferred ? 0.6 : 0.8,
        modality: isHedged(s) ? 'hedged' : 'asserted',
        sentence: s.index,
      });
    }
    if (out.length > 0) return out;
  }
  return out;
}
