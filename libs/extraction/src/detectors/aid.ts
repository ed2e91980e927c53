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
const SAY = new Set(['said', 'says', 'announced', 'told', 'stated']);
// Verbs that mean giving money only in talk of aid: "announced tariffs on $300 billion" is not a pledge.
const PLEDGE_WORDS = new Set(['pledged', 'pledges', 'pledge', 'promised', 'promise', 'donated', 'donates', 'contributions', 'contribution']);
const AID_NOUNS = new Set(['aid', 'assistance', 'loan', 'loans', 'grant', 'grants', 'humanitarian', 'relief', 'support', 'funding', 'donation', 'credit', 'help', 'reconstruction', 'development']);

function recipientAfter(s: AnalysedSentence, k: number, end: number, donor: string): string | null {
  const t = s.tokens;
  // Indirect object right after the verb ("provide Manila …"), or "to / for <country>".
  const direct = s.mentions.find((m) => m.from === k + 1 && m.kind !== 'demonym' && m.iso3 !== donor);
  if (direct) return direct.iso3;
  const m = s.mentions.find((x) => x.from > k && x.to <= end && ['to', 'for'].includes(t[x.from - 1]?.lower ?? '') && x.iso3 !== donor && x.kind !== 'demonym');
  return m?.iso3 ?? null;
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
    if (!reported && isIrrealis(s, k, { allowReportedFuture: true })) continue;
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
    const donorM: CountryMention | undefined = subj[subj.length - 1];
    if (!donorM || used.has(donorM.iso3)) continue;
    const money = s.money.find((x) => x.from > k && x.from < end && !x.conversion);
    if (!money) continue;
    const recipient = recipientAfter(s, k, end, donorM.iso3) ?? ctx.aidRecipient;
    if (!recipient || recipient === donorM.iso3) continue;
    used.add(donorM.iso3);
    out.push(candidate(s, ctx, donorM.iso3, recipient, { amount: money.amount, currency: money.currency }, k));
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
