/**
 * AidPledged outside an agreement: "the United States pledged $507 million", "Kuwait opened the
 * conference with a promise of $500 million", "contributions came from Britain with $150 million,
 * … and Norway", "said Tokyo would provide Manila 1 trillion yen".
 */
import type { AnalysedSentence, CountryMention } from '../analysis';
import { clauseEnd, clauseStart, dateNear, hasAny, isHedged, isIrrealis } from '../clause';
import type { Context } from '../context';
import type { Candidate } from './candidate';

const PLEDGE = new Set(['pledged', 'pledges', 'pledge', 'promised', 'promise', 'provide', 'provided', 'provides', 'donated', 'donates', 'granted', 'contributions', 'contribution', 'committed', 'gave', 'give', 'given', 'offered', 'announced', 'sent', 'allocated', 'earmarked', 'approved', 'extend', 'extended', 'extends', 'lend', 'lent']);
const GIVING_VERBS = new Set(['provide', 'give', 'donate', 'grant', 'extend', 'lend', 'contribute', 'allocate']);
const SAY = new Set(['said', 'says', 'announced', 'told', 'stated']);
// Verbs that mean giving money only in talk of aid: "announced tariffs on $300 billion" is not a pledge.
const PLEDGE_WORDS = new Set(['pledged', 'pledges', 'pledge', 'promised', 'promise', 'donated', 'donates', 'contributions', 'contribution']);
const AID_NOUNS = new Set(['aid', 'assistance', 'loan', 'loans', 'grant', 'grants', 'humanitarian', 'relief', 'support', 'funding', 'donation', 'credit', 'help', 'reconstruction', 'development', 'response', 'recovery', 'rebuilding']);

const DESTINATION = new Set(['visit', 'visits', 'trip', 'tour', 'travel', 'travelled', 'traveled', 'flight', 'way', 'return']);

/**
 * The recipient after the pledge verb: the indirect object ("provide Manila …") or the first
 * "to / for <Name>". `undefined` when no such phrase names anyone; `null` when the first one names
 * something that is not a country ("$1 billion to Africa during a visit to Angola").
 */
function recipientAfter(s: AnalysedSentence, k: number, end: number, donor: string): string[] | null | undefined {
  const t = s.tokens;
  const direct = s.mentions.find((m) => m.from === k + 1 && m.kind !== 'demonym' && m.iso3 !== donor);
  if (direct) return [direct.iso3];
  for (let i = k + 1; i < end - 1; i++) {
    if (t[i].lower !== 'to' && t[i].lower !== 'for') continue;
    // "a visit to Angola": a destination, not a recipient.
    if (DESTINATION.has(t[i - 1]?.lower ?? '')) continue;
    // "to earthquake-stricken Turkey", "for earthquake response in Turkey and Syria": step over lower-case modifiers.
    let j = i + 1;
    while (j < end && j < i + 6 && t[j].lower !== 'to' && t[j].lower !== 'for' && (t[j].lower === '-' || /^\p{Ll}/u.test(t[j].text))) j++;
    const m = s.mentions.find((x) => x.from === j && x.kind !== 'demonym' && x.kind !== 'person');
    if (m && m.iso3 !== donor) return coordinated(s, m, end).filter((c) => c !== donor);
    if (!m && t[j]?.cap) return null;
  }
  return undefined;
}

/** "Turkey and Syria", "Chad, Niger and Mali": the countries coordinated with the first. */
function coordinated(s: AnalysedSentence, first: CountryMention, end: number): string[] {
  const t = s.tokens;
  const out = [first.iso3];
  let i = first.to;
  while (i < end && (t[i].lower === ',' || t[i].lower === 'and')) {
    const m = s.mentions.find((x) => x.from === i + 1 && x.kind !== 'demonym' && x.kind !== 'person');
    if (!m) break;
    out.push(m.iso3);
    i = m.to;
  }
  return [...new Set(out)];
}

/** "China announced that it would provide …": the pronoun stands for the announcing subject. */
function pronounDonor(s: AnalysedSentence, start: number, k: number): CountryMention | undefined {
  const t = s.tokens;
  if (t[start - 1]?.lower !== 'that' || !t.slice(start, k).some((x) => x.lower === 'it' || x.lower === 'they')) return undefined;
  return s.mentions.find((m) => m.to < start && m.role === 'actor' && m.kind !== 'demonym');
}

export function detectAid(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, PLEDGE)) return [];
  const t = s.tokens;
  const out: Candidate[] = [];
  const used = new Set<string>();
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    if (!PLEDGE.has(w)) continue;
    // "X will provide $5.5 billion, the prime minister said": announcing it is the pledge.
    const reported = t.slice(k).some((x) => SAY.has(x.lower)) && ['will', 'would'].includes(t[k - 1]?.lower ?? '');
    // "Japan will provide $1.27 billion for …": a plain future of giving is the pledge itself.
    const will = t[k - 1]?.lower === 'will' ? k - 1 : t[k - 1]?.lower === 'also' && t[k - 2]?.lower === 'will' ? k - 2 : -1;
    const pledgedFuture = will > 0 && GIVING_VERBS.has(w) && !isIrrealis(s, will);
    if (!reported && !pledgedFuture && isIrrealis(s, k, { allowReportedFuture: true })) continue;
    const start = clauseStart(s, k);
    const end = clauseEnd(s, k);
    if (!PLEDGE_WORDS.has(w) && !t.slice(start, end).some((x) => AID_NOUNS.has(x.lower))) continue;
    // A list: each named country paired with the amount that follows it.
    if (w === 'contributions' || w === 'contribution' || w === 'pledges') {
      const ms = s.mentions.filter((m) => m.from > k && m.kind === 'name');
      for (let i = 0; i < ms.length; i++) {
        const next = ms[i + 1]?.from ?? t.length;
        const money = s.money.find((x) => x.from > ms[i].to && x.from < next && !x.conversion);
        const recipient = ctx.aidRecipient;
        if (!money || !recipient || recipient === ms[i].iso3 || used.has(ms[i].iso3)) continue;
        used.add(ms[i].iso3);
        out.push(candidate(s, ctx, ms[i].iso3, recipient, { amount: money.amount, currency: money.currency }, k));
      }
      continue;
    }
    const subj = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && m.kind !== 'demonym');
    const donorM: CountryMention | undefined = subj[subj.length - 1] ?? pronounDonor(s, start, k);
    if (!donorM || used.has(donorM.iso3)) continue;
    const money = s.money.find((x) => x.from > k && x.from < end && !x.conversion);
    if (!money) continue;
    const after = recipientAfter(s, k, end, donorM.iso3);
    if (after === null) continue;
    const recipients = after ?? (ctx.aidRecipient ? [ctx.aidRecipient] : []);
    used.add(donorM.iso3);
    if (recipients.length === 0) {
      // "Japan will provide $1.27 billion for the port project": the recipient may be named later.
      ctx.pendingPledges.push(candidate(s, ctx, donorM.iso3, '', { amount: money.amount, currency: money.currency }, k));
      continue;
    }
    for (const recipient of recipients) {
      if (recipient !== donorM.iso3) out.push(candidate(s, ctx, donorM.iso3, recipient, { amount: money.amount, currency: money.currency }, k));
    }
  }
  return out;
}

function candidate(s: AnalysedSentence, ctx: Context, donor: string, recipient: string, value: { amount: number; currency: string | null }, k: number): Candidate {
  const date = dateNear(s, k);
  return {
    type: 'AidPledged',
    donor,
    recipient,
    value,
    purpose: null,
    date: date ?? ctx.storyDate,
    dateExplicit: date !== null,
    confidence: 0.7,
    modality: isHedged(s) ? 'hedged' : 'asserted',
    sentence: s.index,
  };
}

/** Who aid in this sentence is for: "to help … Syria's crisis", "aid for Syria", "assistance to Manila". */
export function aidRecipientIn(s: AnalysedSentence): string | null {
  const t = s.tokens;
  const aidy = t.some((x) => ['aid', 'humanitarian', 'pledged', 'donors', 'assistance', 'relief', 'help'].includes(x.lower));
  if (!aidy) return null;
  for (const m of s.mentions) {
    const prev = t[m.from - 1]?.lower ?? '';
    const prev2 = t[m.from - 2]?.lower ?? '';
    if (m.kind === 'demonym' || m.kind === 'person') continue;
    if (prev === 'for' || prev === 'to' || prev === 'help' || (prev2 === 'war' && prev === '-') || t.slice(Math.max(0, m.from - 4), m.from).some((x) => x.lower === 'help' || x.lower === 'alleviate')) {
      if (m.possessive || prev === 'for' || prev === 'to' || prev === 'help') return m.iso3;
    }
  }
  return null;
}
