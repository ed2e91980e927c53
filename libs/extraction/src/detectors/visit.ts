/** VisitMade: only with visit / travel / arrive wording (ANNOTATION.md). */
import type { AnalysedSentence, CountryMention } from '../analysis';
import { clauseEnd, clauseStart, dateNear, hasAny, isHedged, isIrrealis, isSportContext } from '../clause';
import type { Context } from '../context';
import type { Candidate } from './candidate';
import { TITLE_WORDS } from '../text/words';

const TRIGGERS_LIST = ['visit', 'visits', 'visited', 'visiting', 'trip', 'tour', 'travelled', 'traveled', 'travels', 'arrived', 'arrives', 'arrival', 'flew', 'landed', 'toured'];
const TRIGGERS = new Set(TRIGGERS_LIST);
// A visit discussed, prepared or invited is not one that happened.
const VISIT_TOPIC = new Set(['discuss', 'discussed', 'discusses', 'discussing', 'about', 'regarding', 'prepare', 'prepared', 'preparing', 'preparations', 'invitation', 'invited', 'invite', 'upcoming', 'proposed', 'planned', 'possible']);
const DETERMINERS = new Set(['a', 'an', 'his', 'her', 'their', 'its', "'s", 'the', 'this', 'official', 'state']);
const ANY_VISIT = new Set([...TRIGGERS_LIST, 'visiting']);
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

/** "received visiting Cuban Prime Minister X in Hanoi": the visitor follows, the host is the place or the receiver. */
function visitingGuest(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const k = t.findIndex((x, i) => x.lower === 'visiting' && i > 0 && ['received', 'receives', 'met', 'hosted', 'welcomed', 'greeted', 'with'].includes(t[i - 1].lower));
  if (k < 0) return [];
  const guest = s.mentions.find((m) => m.from === k + 1 && m.role === 'actor');
  if (!guest) return [];
  const place = s.mentions.find((m) => m.role === 'location' && m.from > k && (m.kind === 'capital' || m.kind === 'name'));
  const receiver = s.mentions.filter((m) => m.to <= k && m.role === 'actor').pop();
  const host = place?.iso3 ?? receiver?.iso3;
  if (!host || host === guest.iso3 || isIrrealis(s, k - 1)) return [];
  const date = dateNear(s, k);
  return [{
    type: 'VisitMade',
    visitor: guest.iso3,
    host,
    people: [],
    date: date ?? ctx.storyDate,
    dateExplicit: date !== null,
    confidence: 0.75,
    modality: isHedged(s) ? 'hedged' : 'asserted',
    sentence: s.index,
  }];
}

/** "arrived here on Thursday on a four-day visit, his first to India": the destination named after a later visit noun. */
function laterDestination(s: AnalysedSentence, k: number): CountryMention[] {
  const t = s.tokens;
  let noun = -1;
  for (let i = k + 1; i < t.length && i < k + 14; i++) {
    if (t[i].lower === ';' || t[i].lower === 'but') break;
    if (['visit', 'trip', 'tour', 'first', 'maiden'].includes(t[i].lower)) noun = i;
    if (noun >= 0 && t[i].lower === 'to' && i - noun <= 3) {
      const m = s.mentions.find((x) => x.from === i + 1 && (x.kind === 'name' || x.kind === 'capital'));
      return m ? [m] : [];
    }
  }
  return [];
}

export function detectVisits(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, ANY_VISIT)) return [];
  if (isSportContext(s)) return [];
  const t = s.tokens;
  const out: Candidate[] = visitingGuest(s, ctx);
  if (out.length > 0) return out;
  const seen = new Set<string>();
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    if (!TRIGGERS.has(w)) continue;
    // The noun needs a determiner close before it ("a three-day visit", "his first trip"), else
    // it is a verb in the infinitive or part of a name.
    if ((w === 'visit' || w === 'trip' || w === 'tour') && !t.slice(Math.max(0, k - 4), k).some((x) => DETERMINERS.has(x.lower))) continue;
    if (isIrrealis(s, k)) continue;
    const end = clauseEnd(s, k);
    const start = clauseStart(s, k);
    // "a visit by Chinese Vice Premier He Lifeng to Islamabad"
    if (t[k + 1]?.lower === 'by' || t[k + 1]?.lower === 'of') {
      // "by a Portuguese President", "by the President of the United States", "of the PRC Chairman Xi Jinping".
      let b = k + 2;
      while (b < end && b < k + 7 && (['a', 'an', 'the', 'of'].includes(t[b].lower) || TITLE_WORDS.has(t[b].lower))) b++;
      const by = s.mentions.find((m) => m.from === b && (m.role === 'actor' || t[m.from - 1]?.lower === 'of'));
      const toAt = by ? t.slice(by.to, Math.min(end, by.to + 8)).findIndex((x) => x.lower === 'to') : -1;
      if (by && toAt >= 0) {
        const hosts = hostsAfter(s, by.to + toAt, end).filter((h) => h.iso3 !== by.iso3);
        const date = dateNear(s, k);
        for (const h of hosts) {
          if (seen.has(h.iso3)) continue;
          seen.add(h.iso3);
          out.push({ type: 'VisitMade', visitor: by.iso3, host: h.iso3, people: by.person ? [by.person.name] : [], date: date ?? ctx.storyDate, dateExplicit: date !== null, confidence: 0.75, modality: isHedged(s) ? 'hedged' : 'asserted', sentence: s.index });
        }
        continue;
      }
    }
    let hosts = hostsAfter(s, k, end);
    // The visitor: the nearest actor before the trigger, else the main clause's subject after it.
    const before = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && (m.kind === 'person' || m.kind === 'demonym' || m.kind === 'name' || m.kind === 'seat'));
    let visitor: CountryMention | undefined = before[before.length - 1];
    // "discussed President Moon's state visit": the visit is the topic, its visitor the possessor.
    const poss = t.slice(Math.max(start, k - 4), k).findIndex((x) => x.lower === "'s");
    if (poss >= 0) {
      const at = Math.max(start, k - 4) + poss;
      visitor = s.mentions.find((m) => m.to === at && m.role !== 'location');
      if (!visitor) continue;
    }
    if (visitor && t.slice(visitor.to, k).some((x) => VISIT_TOPIC.has(x.lower))) continue;
    if (!visitor && ['his', 'her', 'their'].includes(t[k - 1]?.lower ?? '')) {
      visitor = s.mentions.find((m) => m.from > k && m.role === 'actor' && !hosts.includes(m) && (m.kind === 'person' || m.kind === 'demonym'));
    }
    // "the first time of his visit to Sri Lanka": "his" is the official last named.
    if (!visitor && ['his', 'her'].includes(t[k - 1]?.lower ?? '') && ctx.lastPerson && hosts.length > 0) visitor = ctx.lastPerson;
    if (!visitor && ['he', 'she'].includes(t[k - 1]?.lower ?? '')) {
      visitor = s.mentions.filter((m) => m.to <= k && m.kind === 'person').pop() ?? ctx.lastPerson ?? undefined;
    }
    if (!visitor) continue;
    let inferred = false;
    if (hosts.length === 0) hosts = laterDestination(s, k);
    // "his maiden visit here": the place of the story.
    if (hosts.length === 0 && t[k + 1]?.lower === 'here') {
      const place = s.mentions.find((m) => m.role === 'location' && (m.kind === 'capital' || m.kind === 'name') && m.iso3 !== visitor!.iso3);
      if (place) hosts = [place];
    }
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
      if (h.iso3 === visitor.iso3 || seen.has(h.iso3)) continue;
      seen.add(h.iso3);
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
  }
  return out;
}
