/** CooperationAgreed: "X and Y agreed to strengthen / maintain their cooperation…", "the two sides agreed to…". */
import type { AnalysedSentence } from '../analysis';
import { clauseEnd, clauseStart, dateNear, distinct, hasAny, isHedged, isIrrealis, isSportContext } from '../clause';
import type { Context } from '../context';
import { groupFor, pairFor } from '../context';
import { spanText } from '../text/span-text';
import { ANAPHORA } from '../text/words';
import type { Candidate } from './candidate';

// Adverbs that may stand between "agreed" and its "to": "agreed here on May 30 to …".
const AFTER_AGREE = new Set(['here', 'there', 'today', 'yesterday', 'also', 'further', 'formally', 'unanimously', 'jointly', 'mutually']);
const JOINT_MEASURES = new Set(['steps', 'measures', 'action', 'actions', 'plan', 'plans', 'strategy', 'approach', 'efforts', 'projects', 'initiatives', 'programme', 'program']);
const AGREE = new Set(['agreed', 'agree', 'agreeing', 'concurred', 'pledged', 'vowed', 'resolved', 'decided', 'assured', 'committed', 'reached']);
// Verbs other than "agree" express agreed cooperation only with a cooperation infinitive and
// a word for ties in the clause: "pledged to work closely to enhance ties", not "pledged to provide aid".
const COOP_VERBS = new Set(['work', 'strengthen', 'boost', 'deepen', 'enhance', 'expand', 'promote', 'cooperate', 'intensify', 'bolster', 'elevate', 'upgrade', 'step', 'further', 'broaden', 'develop', 'increase', 'advance', 'consolidate']);
const TIES = new Set(['cooperation', 'co-operation', 'ties', 'relations', 'partnership', 'collaboration', 'relationship', 'cooperate', 'coordination']);
const JOINTLY = new Set(['jointly', 'together']);
// "decided to get together again": a meeting, not cooperation.
const GATHER_VERBS = new Set(['get', 'come', 'gather', 'sit', 'meet']);
// Agreeing to meet or to sign is reported by other detectors (or is a plan).
const NOT_COOPERATION = new Set(['meet', 'hold', 'sign', 'disagree', 'differ', 'a', 'an', 'the']);

// Setting up something of both: "decided to establish a dialogue mechanism / a joint working group".
const FOUND = new Set(['establish', 'set', 'create', 'form', 'launch', 'institute', 'institutionalise', 'institutionalize']);
const FOUNDED_BODIES = new Set(['mechanism', 'mechanisms', 'group', 'commission', 'committee', 'council', 'dialogue', 'forum', 'task', 'hotline', 'centre', 'center', 'fund', 'zone', 'corridor']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their']);
const GIVE = new Set(['provide', 'give', 'extend', 'grant', 'send', 'deliver', 'donate', 'offer']);
const FUNDS = new Set(['funding', 'financing', 'funds', 'money', 'loan', 'loans', 'grant', 'grants', 'aid', 'assistance', 'budget']);
const INSTRUMENTS = new Set(['treaty', 'agreement', 'accord', 'memorandum', 'mou', 'deal', 'pact', 'protocol', 'convention', 'charter']);
const AID_OBJECTS = new Set(['support', 'assistance', 'aid', 'help', 'relief', 'funding', 'grant', 'grants', 'loan', 'loans']);

// "upon the request of", "on the invitation of": who asked, not what was agreed.
const AT_REQUEST = new Set(['request', 'invitation', 'proposal', 'initiative', 'suggestion', 'insistence']);
// What can be "agreed" without being cooperation: the visit, meeting or date itself.
const NOT_AGREED_THINGS = new Set(['visit', 'trip', 'tour', 'meeting', 'talks', 'summit', 'date', 'dates', 'schedule']);

// "reaffirmed their commitment to strengthen cooperation", "reiterated their willingness to …" (1.25.17).
const REAFFIRM = new Set(['reaffirmed', 'reiterated', 'renewed', 'expressed', 'confirmed']);
const STANCES = new Set(['commitment', 'willingness', 'resolve', 'determination', 'readiness']);
const STANCE_LEADS = new Set(['their', 'the', 'its', 'our', 'a', 'firm', 'strong', 'shared', 'mutual', 'common', 'joint']);
/** The "to" after "reaffirmed (their firm) commitment", else -1. */
function stanceTo(t: AnalysedSentence['tokens'], k: number): number {
  let i = k + 1;
  while (i < k + 4 && STANCE_LEADS.has(t[i]?.lower ?? '')) i++;
  return STANCES.has(t[i]?.lower ?? '') && t[i + 1]?.lower === 'to' ? i + 1 : -1;
}

export function detectCooperation(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, AGREE) && !hasAny(s, REAFFIRM)) return [];
  if (isSportContext(s)) return [];
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    const stance = REAFFIRM.has(w) ? stanceTo(t, k) : -1;
    if (!AGREE.has(w) && stance < 0) continue;
    // "reached (an) agreement on measures to improve bilateral cooperation": a word for ties must
    // follow in the clause (1.11).
    // ("It was also agreed to …", "Agreement was reached to organise …": the passive of the pair just told, 1.15.)
    // ("It had also been agreed that …" / "… been agreed to": the perfect passive too, 1.18.)
    const was = ['was', 'been'].includes(t[k - 1]?.lower ?? '') || (['also', 'further', 'mutually', 'jointly'].includes(t[k - 1]?.lower ?? '') && ['was', 'been'].includes(t[k - 2]?.lower ?? ''));
    const reachedPassive = w === 'reached' && t[k - 1]?.lower === 'was' && ['agreement', 'consensus'].includes(t[k - 2]?.lower ?? '') && t[k + 1]?.lower === 'to';
    const reachedAt = w === 'reached' && !reachedPassive ? (t[k + 1]?.lower === 'an' ? k + 2 : k + 1) : -1;
    if (w === 'reached' && !reachedPassive && (!['agreement', 'consensus'].includes(t[reachedAt]?.lower ?? '') || !t.slice(reachedAt, clauseEnd(s, k)).some((x) => TIES.has(x.lower)))) continue;
    const plainAgree = w === 'agreed' || w === 'agree' || w === 'agreeing' || w === 'reached';
    // "agreed Monday to …": step over a date right after the verb; ("agreed here on May 30 to …": and
    // over an adverb of place or time before it, 1.24.6.)
    let a = stance > 0 ? stance : k + 1;
    for (let n = 0; n < 3 && stance < 0; n++) {
      const d = s.dates.find((x) => x.from === a);
      if (d) a = d.to;
      else if (AFTER_AGREE.has(t[a]?.lower ?? '')) a++;
      else break;
    }
    const after = reachedAt > 0 ? reachedAt + 1 : a;
    const next = t[after]?.lower ?? '';
    const obj = t[after + 1]?.lower ?? '';
    // "agreed that Vietnam and Indonesia will build an action plan": the states of the reported
    // clause undertake it together (1.12).
    const thatParties = plainAgree && next === 'that' && !isIrrealis(s, k) ? jointUndertaking(s, after + 1, ctx) : null;
    if (thatParties) {
      const date = dateNear(s, k);
      const e = clauseEnd(s, k);
      return [{ type: 'CooperationAgreed', parties: thatParties, about: spanText(s, after + 1, e) || null, date: date ?? ctx.storyDate, dateExplicit: date !== null, confidence: 0.65, modality: isHedged(s) ? 'hedged' : 'asserted', sentence: s.index }];
    }
    // ("The two nations started the day by agreeing joint steps to fight climate change": a joint
    // measure as the object of "agree", 1.30.4.)
    const jointObject = plainAgree && ['joint', 'common'].includes(next) && JOINT_MEASURES.has(obj);
    if (!['to', 'on', 'upon'].includes(next) && (!was || !plainAgree) && !jointObject) continue;
    if (next === 'to' && NOT_COOPERATION.has(obj)) continue;
    // ("They agreed on the importance of reaching a political solution": a view shared, not a
    // cooperation agreed, unless what is important is their ties: "… of deepening cooperation", 1.26.4.)
    if (next === 'on' && obj === 'the' && t[after + 2]?.lower === 'importance' && !t.slice(after + 3, clauseEnd(s, k)).some((x) => TIES.has(x.lower))) continue;
    // ("the timetable agreed upon by the mediators": a participle after a noun describes the noun, 1.18.)
    if (['upon', 'on', 'with', 'by'].includes(next) && /^\p{Ll}+$/u.test(t[k - 1]?.text ?? '') && !['was', 'were', 'been', 'be', 'is', 'are', 'also', 'jointly', 'mutually', 'have', 'has', 'had', 'they', 'sides', 'parties', 'leaders', 'ministers', 'countries', 'both'].includes(t[k - 1].lower) && DETERMINERS.has(t[k - 2]?.lower ?? '')) continue;
    // "Canada agreed to give assistance to X's coast guard": a giving verb with an aid noun as its
    // object is a pledge (AidPledged), not cooperation agreed (1.18).
    if (next === 'to' && GIVE.has(obj) && t.slice(after + 2, after + 5).some((x) => AID_OBJECTS.has(x.lower))) continue;
    // "… first visit to Pakistan, which was agreed upon the request of …": a visit or a date
    // agreed at someone's request is no cooperation agreed (1.9).
    if (t[k - 1]?.lower === 'was' && (['on', 'upon'].includes(next) && obj === 'the' && AT_REQUEST.has(t[after + 2]?.lower ?? ''))) continue;
    if (t[k - 1]?.lower === 'was' && ['which', 'that'].includes(t[k - 2]?.lower ?? '') && NOT_AGREED_THINGS.has(t[k - (t[k - 3]?.lower === ',' ? 4 : 3)]?.lower ?? '')) continue;
    // ("The meeting was agreed under the 2011 peace deal": a meeting or a visit agreed on is no
    // cooperation agreed, when it is the subject right before the verb, 1.26.6.)
    if (['was', 'were'].includes(t[k - 1]?.lower ?? '') && NOT_AGREED_THINGS.has(t[k - 2]?.lower ?? '')) continue;
    // ("Funding has already been agreed with the US Treasury": money agreed is aid or a loan, not
    // cooperation; "According to the treaty, the two sides agreed to extradite …": what a signed
    // instrument provides is its content, not a new agreement, 1.26.10.)
    if (was && t.slice(clauseStart(s, k), k).some((x) => FUNDS.has(x.lower))) continue;
    if (t.slice(0, k).some((x, i) => x.lower === 'according' && t[i + 1]?.lower === 'to' && INSTRUMENTS.has(t[i + (t[i + 2]?.lower === 'the' ? 3 : 2)]?.lower ?? ''))) continue;
    if (!plainAgree) {
      const e = clauseEnd(s, k);
      // ("vowed to jointly protect the cables", "pledged to work together against …": an infinitive done
      // jointly is cooperation with no word for ties, 1.21.)
      const verb = t[JOINTLY.has(obj) ? after + 2 : after + 1]?.lower ?? '';
      const joint = next === 'to' && t.slice(after + 1, after + 4).some((x) => JOINTLY.has(x.lower)) && !NOT_COOPERATION.has(verb) && !GATHER_VERBS.has(verb);
      // ("the two neighbours decided to establish a high-level economic and trade dialogue mechanism":
      // a joint decision to set up a body or mechanism of both is cooperation agreed, 1.28.6.)
      const founded = (w === 'decided' || w === 'resolved') && next === 'to' && FOUND.has(obj) && t.slice(after + 2, e).some((x) => FOUNDED_BODIES.has(x.lower));
      if (next !== 'to' || (!joint && !founded && (!COOP_VERBS.has(obj) || !t.slice(after, e).some((x) => TIES.has(x.lower))))) continue;
    }
    if (isIrrealis(s, k)) continue;
    const start = clauseStart(s, k);
    const end = clauseEnd(s, k);
    const subjMs = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor');
    let parties = distinct(subjMs);
    const subj = t.slice(start, k).map((x) => x.lower);
    let confidence = 0.75;
    if (parties.length < 2 && (subj.some((x) => ANAPHORA.has(x)) || was)) {
      // "the two sides", "the ministers", "we" — or "what was agreed upon": the pair under discussion.
      const cand = groupFor(ctx, subj, parties) ?? pairFor(ctx, parties);
      if (cand) {
        parties = [...cand];
        confidence = 0.6;
      }
    }
    // (A commitment reaffirmed by one side alone is no agreement: "Peru reaffirmed its commitment to deepen cooperation with Chile".)
    if (parties.length < 2 && stance < 0) {
      // "X agreed with Y to…"
      const withAt = t.slice(k, end).findIndex((x) => x.lower === 'with');
      // "Modi agreed to take questions with Biden": a "with" inside the infinitive's clause makes a
      // partner only when what was agreed is cooperation (1.10).
      const coopWord = t.slice(after, end).some((x) => TIES.has(x.lower) || COOP_VERBS.has(x.lower));
      if (withAt >= 0 && (withAt <= after - k || coopWord)) parties = distinct([...subjMs, ...s.mentions.filter((m) => m.from > k + withAt && m.to <= end && m.role === 'actor')]);
    }
    if (parties.length < 2) continue;
    // ("implementing what was agreed upon a priority": a reference back to an agreement told before
    // says nothing of what it is about, 1.30.2.)
    const backReference = was && t.slice(Math.max(0, k - 4), k).some((x) => x.lower === 'what');
    const about = backReference ? '' : spanText(s, after + 1, end);
    const date = dateNear(s, k);
    return [
      {
        type: 'CooperationAgreed',
        parties,
        about: about || null,
        date: date ?? ctx.storyDate,
        dateExplicit: date !== null,
        confidence,
        modality: isHedged(s) ? 'hedged' : 'asserted',
        sentence: s.index,
      },
    ];
  }
  return [];
}

const UNDERTAKING_MODALS = new Set(['will', 'would', 'should', 'shall', 'must']);

/**
 * The subject of a clause after "agreed that", when it is two or more coordinated states ("Vietnam
 * and Indonesia", "the two countries") followed by a modal of undertaking (1.12).
 */
function jointUndertaking(s: AnalysedSentence, from: number, ctx: Context): string[] | null {
  const t = s.tokens;
  let i = from;
  const states: string[] = [];
  let anaphoric = false;
  for (; i < t.length && i < from + 12; i++) {
    const m = s.mentions.find((x) => x.from === i && x.kind !== 'person' && x.kind !== 'city' && x.kind !== 'demonym');
    if (m) {
      states.push(m.iso3);
      i = m.to - 1;
      continue;
    }
    const w = t[i].lower;
    if (['both', 'two'].includes(w) && ['countries', 'sides', 'nations', 'governments'].includes(t[i + 1]?.lower ?? '')) {
      anaphoric = true;
      i++;
      continue;
    }
    if (w === 'and' || w === ',' || w === 'the') continue;
    break;
  }
  // "… will soon build": an adverb may stand before the modal or after it.
  const modalAt = UNDERTAKING_MODALS.has(t[i]?.lower ?? '') ? i : UNDERTAKING_MODALS.has(t[i + 1]?.lower ?? '') && /ly$/.test(t[i]?.lower ?? '') ? i + 1 : -1;
  if (modalAt < 0 || t[modalAt + 1]?.lower === 'not') return null;
  const parties = [...new Set(states)];
  if (parties.length >= 2) return parties;
  if (anaphoric && parties.length === 0 && ctx.pair) return [...ctx.pair];
  return null;
}

const UPGRADED = new Set(['upgraded', 'upgrade', 'upgrades', 'elevated', 'elevate', 'elevates', 'raised', 'lifted']);
const TIE_NOUNS = new Set(['ties', 'relations', 'relationship']);
const PAIR_WORDS = new Set(['countries', 'sides', 'nations', 'governments', 'leaders']);

/** The pair a clause's subject names: two states before k, or "the two countries / sides …" of the story's pair. */
function subjectPair(s: AnalysedSentence, ctx: Context, k: number): string[] | null {
  const t = s.tokens;
  const start = clauseStart(s, k);
  const named = distinct(s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && m.kind !== 'city'));
  const anaphoric = named.length === 0 && t.slice(start, k).some((x, i, a) => x.lower === 'two' && PAIR_WORDS.has(a[i + 1]?.lower ?? ''));
  const parties = named.length === 2 ? named : anaphoric ? pairFor(ctx, []) : null;
  return parties && parties.length === 2 ? parties : null;
}

const ADOPTED = new Set(['adopted', 'approved', 'endorsed', 'launched', 'unveiled']);
const JOINT_PLANS = new Set(['plan', 'roadmap', 'programme', 'program', 'strategy']);
const JOINT_ADJECTIVES = new Set(['joint', 'bilateral', 'common']);
/**
 * "The two governments adopted a joint action plan on defence, energy and infrastructure": a pair
 * adopting a plan of both is cooperation agreed, about what the plan covers (1.30.43). Only with
 * "joint / bilateral / common" before the plan, and the pair as the subject.
 */
export function detectJointPlans(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, ADOPTED) || !hasAny(s, JOINT_PLANS)) return [];
  const t = s.tokens;
  for (let k = 1; k < t.length; k++) {
    if (!ADOPTED.has(t[k].lower)) continue;
    let j = k + 1;
    while (j < k + 3 && DETERMINERS.has(t[j]?.lower ?? '')) j++;
    if (!JOINT_ADJECTIVES.has(t[j]?.lower ?? '')) continue;
    const noun = [j + 1, j + 2, j + 3].find((i) => JOINT_PLANS.has(t[i]?.lower ?? '') && t.slice(j + 1, i).every((x) => /^\p{Ll}+$/u.test(x.text)));
    if (noun === undefined || isIrrealis(s, k)) continue;
    const parties = subjectPair(s, ctx, k);
    if (!parties) continue;
    // What it covers, to the end of the clause or to a comma before another clause (", and Germany pledged …").
    const end = clauseEnd(s, k);
    const cut = t.findIndex((x, i) => i > noun && i < end && x.text === ',' && (['and', 'but', 'while', 'as'].includes(t[i + 1]?.lower ?? '') && !s.mentions.some((m) => m.from === i - 1 || m.to === i)));
    const date = dateNear(s, k);
    return [{ type: 'CooperationAgreed', parties: [...parties], about: spanText(s, j, cut > 0 ? cut : end) || null, date: date ?? ctx.storyDate, dateExplicit: date !== null, confidence: 0.65, modality: isHedged(s) ? 'hedged' : 'asserted', sentence: s.index }];
  }
  return [];
}
/**
 * "Vietnam and Indonesia have upgraded their ties to a comprehensive strategic partnership": a pair's
 * ties raised to a partnership are cooperation agreed, about that partnership (1.30.32). The two states
 * are the subject before the verb, or "the two countries" of the story's pair.
 */
export function detectUpgrades(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, UPGRADED) || !s.words.has('partnership')) return [];
  const t = s.tokens;
  for (let k = 1; k < t.length; k++) {
    if (!UPGRADED.has(t[k].lower)) continue;
    let j = k + 1;
    while (j < k + 4 && ['their', 'the', 'bilateral', 'its', 'our'].includes(t[j]?.lower ?? '')) j++;
    if (!TIE_NOUNS.has(t[j]?.lower ?? '') || t[j + 1]?.lower !== 'to') continue;
    const end = clauseEnd(s, k);
    const p = t.findIndex((x, i) => i > j + 1 && i < end && i <= j + 8 && x.lower === 'partnership');
    if (p < 0 || isIrrealis(s, k)) continue;
    const parties = subjectPair(s, ctx, k);
    if (!parties) continue;
    let from = j + 2;
    while (from < p && DETERMINERS.has(t[from].lower)) from++;
    const date = dateNear(s, k);
    return [{ type: 'CooperationAgreed', parties: [...parties], about: spanText(s, from, p + 1), date: date ?? ctx.storyDate, dateExplicit: date !== null, confidence: 0.7, modality: isHedged(s) ? 'hedged' : 'asserted', sentence: s.index }];
  }
  return [];
}
