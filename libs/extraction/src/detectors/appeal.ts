/** AppealMade: a country urges, calls on, asks or presses another. */
import type { AnalysedSentence, CountryMention } from '../analysis';
import { andConjuncts, clauseEnd, clauseStart, dateNear, DETERMINER_WORDS, hasAny, isHedged, isIrrealis, RELATIVE_WORDS, speechDate } from '../clause';
import type { Context } from '../context';
import type { Candidate } from './candidate';
import { spanText } from '../text/span-text';
import { TITLE_WORDS } from '../text/words';
import { LEXICON } from '../../../domain/src/countries';

/** An appeal told in sentence s, dated by `date` (a date the sentence writes), else by the story's day. */
function appealOf(s: AnalysedSentence, ctx: Context, from: string, to: string, about: string | null, date: string | null, confidence: number): Candidate {
  // (With no date of its own, an appeal is dated by the speech its sentence tells: ", speaking … on Wednesday", 1.30.11.)
  const own = date ?? speechDate(s);
  return { type: 'AppealMade', from, to, about, date: own ?? ctx.storyDate, dateExplicit: own !== null, confidence, modality: isHedged(s) ? 'hedged' : 'asserted', sentence: s.index };
}
/** Appeals told in sentence s, remembered for the restatements and summonses of later sentences. */
function remember(ctx: Context, s: AnalysedSentence, out: readonly Candidate[]): void {
  for (const c of out) if (c.type === 'AppealMade') ctx.appeals.push({ from: c.from, to: c.to, sentence: s.index });
}
/**
 * The first word of what is demanded after a modal at token v: "must / should <verb>" (v + 1), or
 * "<aux> to <verb>" (v + 2) for an auxiliary of `aux` ("has to", "needs to"); -1 for neither.
 */
function demandAt(t: AnalysedSentence['tokens'], v: number, aux: ReadonlySet<string>): number {
  const w = t[v]?.lower ?? '';
  if (w === 'must' || w === 'should') return v + 1;
  return aux.has(w) && t[v + 1]?.lower === 'to' ? v + 2 : -1;
}

const TRIGGERS = new Set(['urged', 'urges', 'urging', 'called', 'calls', 'appealed', 'appeals', 'asked', 'asks', 'pressed', 'presses', 'pushed', 'pushes', 'demanded', 'demands', 'requested', 'requests', 'implored', 'told', 'tells', 'insisted', 'insists']);
const PERFORMATIVE = new Set(['call', 'urge', 'appeal', 'ask', 'demand']);
const QUOTES = new Set(['"', '“', '”']);
const PRESENT_STANCE = /^\p{Ll}+s$/u;

/** The one state a first-person statement names as a sentence's subject in the present ("Ireland respects"), else null. */
function statementSpeaker(ctx: Context): string | null {
  const found = new Set<string>();
  for (const x of ctx.sentences) {
    const m = x.mentions.find((y) => y.from === 0 && y.kind === 'name');
    if (m && PRESENT_STANCE.test(x.tokens[m.to]?.text ?? '') && !x.tokens.some((y) => QUOTES.has(y.text))) found.add(m.iso3);
  }
  return found.size === 1 ? [...found][0] : null;
}

const OBJECT_PREPS = new Set(['with', 'to', 'for', 'from', 'by', 'against', 'towards', 'toward']);
// "demanded that China apologise": verbs that take a subjunctive "that"-clause as the appeal.
const THAT_VERBS = new Set(['urged', 'urges', 'demanded', 'demands', 'asked', 'asks', 'requested', 'requests', 'insisted', 'insists']);
const GOV_NOUNS = new Set(['government', 'authorities', 'leadership', 'side']);
const FORCES: ReadonlySet<string> = new Set(['forces', 'troops', 'soldiers', 'military', 'army']);
// "called ON", "appealed TO", "asked FOR China to": the particle before the addressee.
const PARTICLES = new Set(['on', 'upon', 'to', 'for', 'his', 'her', 'their', 'the', 'from']);

// What a state is asked to give when its help is sought: "called for Japan's support" (1.18).
const SOUGHT = new Set(['support', 'help', 'assistance', 'aid', 'backing', 'cooperation', 'solidarity', 'intervention', 'mediation']);

const SUMMON = new Set(['summoned', 'summons', 'summoning']);
const ENVOYS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'chargé', 'charge', 'representative', 'representatives']);
// What turns a summons into an appeal: the envoys were told, asked or pressed to do something.
const DEMANDS = new Set(['demanded', 'demands', 'told', 'urged', 'asked', 'requested', 'called', 'should', 'must']);

/**
 * "Iran summoned diplomats representing France, Germany and the UK …", "Russia's ambassador was
 * summoned by the Japanese Foreign Ministry": who summoned the envoys of whom.
 */
function readSummons(s: AnalysedSentence): { from: string; to: string[] } | null {
  const t = s.tokens;
  const k = t.findIndex((x) => SUMMON.has(x.lower));
  if (k < 0 || isIrrealis(s, k)) return null;
  const start = clauseStart(s, k);
  const end = clauseEnd(s, k);
  const envoyNear = (m: { from: number; to: number }) => t.slice(Math.max(0, m.from - 3), Math.min(t.length, m.to + 4)).some((x) => ENVOYS.has(x.lower));
  const passive = ['was', 'were', 'been', 'being', 'is', 'are'].includes(t[k - 1]?.lower ?? '') && t[k + 1]?.lower === 'by';
  if (passive) {
    const agent = s.mentions.find((m) => m.from >= k + 2 && m.from <= k + 4 && m.kind !== 'person');
    const envoys = s.mentions.filter((m) => m.from >= start && m.to <= k && m.kind !== 'capital' && envoyNear(m) && m.role !== 'location');
    const to = [...new Set(envoys.map((m) => m.iso3))].filter((c) => c !== agent?.iso3);
    return agent && to.length > 0 ? { from: agent.iso3, to: to.slice(0, 1) } : null;
  }
  const from = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor').pop();
  if (!from) return null;
  // The summoned: demonyms or names next to an envoy word, or listed after "representing / of".
  const after = s.mentions.filter((m) => m.from > k && m.to <= end && m.role !== 'location' && m.kind !== 'person');
  const rep = t.slice(k, end).findIndex((x) => x.lower === 'representing');
  const to = after.filter((m) => envoyNear(m) || (rep >= 0 && m.from > k + rep)).map((m) => m.iso3);
  const out = [...new Set(to)].filter((c) => c !== from.iso3);
  return out.length > 0 ? { from: from.iso3, to: out } : null;
}

function summonsAppeals(s: AnalysedSentence, ctx: Context): Candidate[] {
  const found = hasAny(s, SUMMON) ? readSummons(s) : null;
  if (found) {
    const date = dateNear(s, s.tokens.findIndex((x) => SUMMON.has(x.lower)));
    ctx.summons = { ...found, sentence: s.index, date: date ?? ctx.storyDate, dateExplicit: date !== null };
  }
  const sm = ctx.summons;
  if (!sm || s.index - sm.sentence > 2 || !hasAny(s, DEMANDS)) return [];
  // A demand in the summons sentence or the next two, with no other addressee named.
  const k = s.tokens.findIndex((x) => DEMANDS.has(x.lower) && !(x.lower === 'called' && !['on', 'upon', 'for'].includes(s.tokens[s.tokens.indexOf(x) + 1]?.lower ?? '')));
  if (k < 0 || isIrrealis(s, k)) return [];
  const others = s.mentions.filter((m) => m.kind !== 'person' && m.iso3 !== sm.from && !sm.to.includes(m.iso3) && m.role === 'actor');
  if (others.length > 0) return [];
  ctx.summons = null;
  return sm.to.map((to) => ({
    type: 'AppealMade' as const,
    from: sm.from,
    to,
    about: null,
    date: sm.date,
    dateExplicit: sm.dateExplicit,
    confidence: 0.65,
    modality: isHedged(s) ? ('hedged' as const) : ('asserted' as const),
    sentence: sm.sentence,
  }));
}

export function detectAppeals(s: AnalysedSentence, ctx: Context): Candidate[] {
  const direct = detectDirectAppeals(s, ctx);
  if (direct.length === 0) direct.push(...releaseAppeals(s, ctx), ...onBehalfOf(s, ctx), ...requestAnswered(s, ctx), ...reportedDemand(s, ctx));
  if (direct.length === 0 && hasAny(s, NECESSITY)) direct.push(...necessityDemand(s, ctx));
  if (direct.length === 0 && hasAny(s, CONDUCT)) direct.push(...conductAppeals(s, ctx));
  const viaSummons = summonsAppeals(s, ctx);
  // A summons whose demand is already an explicit appeal to the same country adds nothing.
  return [...direct, ...viaSummons.filter((c) => !direct.some((d) => d.type === 'AppealMade' && c.type === 'AppealMade' && d.to === c.to))];
}

function detectDirectAppeals(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, TRIGGERS) && !((s.words.has('i') || s.words.has('we')) && hasAny(s, PERFORMATIVE))) return [];
  const t = s.tokens;
  const out: Candidate[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    // "I call on the government of X to …", "We urge X to …": the present of a first person is the
    // appeal being made (1.17; the pronoun is a speaker's only when a quote attributes it).
    // (Or a state's office the quote is attributed to: '"We urge X to …," the <Demonym> minister said', 1.18.)
    const performative = PERFORMATIVE.has(w) && s.mentions.some((m) => (m.kind === 'person' || m.role === 'actor') && m.from === k - 1 && m.to === k && ['i', 'we'].includes(t[k - 1].lower));
    // A statement in the first person plural, outside quotes ("We urge A and B to …"), by the one state
    // the statement names as its own subject ("Ireland respects …"): that state appeals (1.17).
    const weState = PERFORMATIVE.has(w) && t[k - 1]?.lower === 'we' && (k === 1 || ['also', 'again', 'strongly', 'therefore'].includes(t[k - 2]?.lower ?? '') && k === 2) && !t.some((x) => QUOTES.has(x.text)) ? statementSpeaker(ctx) : null;
    if (!TRIGGERS.has(w) && !performative && !weState) continue;
    // ("pushed Cuba to improve human rights", not "pushed Peru's team to the final": "push" appeals
    // only with a state and an infinitive right after it, 1.30.4.)
    if ((w === 'pushed' || w === 'pushes') && !pushedToAct(s, k)) continue;
    // "called on X to", "called for X to" — not "called for talks".
    // ("called yesterday on Russian and Belarusian authorities to …": a date between the verb and
    // "on", 1.29.0.)
    const callDate = s.dates.find((d) => (d.from === k + 1 || (d.from === k + 2 && t[k + 1].lower === 'on')) && ['on', 'upon'].includes(t[d.to]?.lower ?? ''));
    if ((w === 'called' || w === 'calls' || w === 'call') && !['on', 'upon', 'for'].includes(t[k + 1]?.lower ?? '') && !callDate) continue;
    if (isIrrealis(s, k)) continue;
    let i = callDate ? callDate.to : k + 1;
    while (i < t.length && i < k + 4 && PARTICLES.has(t[i].lower)) i++;
    let to = s.mentions.find((m) => m.from === i && (m.role === 'actor' || m.kind === 'capital' || m.kind === 'name'));
    // "told X to": only with the addressee right after the verb (not "told reporters").
    // ("told his counterpart that Russia must honour …": a demand on the state named after "that", 1.27.1.)
    const must = w === 'told' || w === 'tells' ? toldMust(s, k) : null;
    if ((w === 'told' || w === 'tells') && !must && (!to || to.from !== k + 1)) continue;
    if ((w === 'insisted' || w === 'insists') && t[k + 1]?.lower !== 'that') continue;
    // "demanded that China issue an apology", "urged that Russia's government withdraw": a subjunctive clause.
    let subjunctive = false;
    if (must) {
      to = must.state;
      subjunctive = true;
    }
    // ("demanded on Saturday that US and Turkish forces evacuate": a date before "that", and
    // coordinated states before the noun, 1.22.3.)
    let thatClause = -1;
    const dated = s.dates.find((d) => d.from === k + 1 || (d.from === k + 2 && t[k + 1].lower === 'on'));
    const that = dated && t[dated.to]?.lower === 'that' ? dated.to : k + 1;
    if (!to && t[that]?.lower === 'that' && THAT_VERBS.has(w)) {
      const j = t[that + 1]?.lower === 'the' ? that + 2 : that + 1;
      const m = s.mentions.find((x) => x.from === j && x.kind !== 'person');
      let after = m ? m.to : -1;
      for (let g = 0; m && g < 6 && (t[after]?.lower === 'and' || t[after]?.lower === ','); g++) {
        const next = s.mentions.find((x) => x.from === after + 1 && x.kind !== 'person');
        if (!next) break;
        after = next.to;
      }
      if (m && t[after]?.lower === "'s") after++;
      if (m && (GOV_NOUNS.has(t[after]?.lower ?? '') || FORCES.has(t[after]?.lower ?? ''))) after++;
      const verb = t[after];
      if (m && verb && (/^\p{Ll}/u.test(verb.text) && !['and', 'or', 'to', 'is', 'was', 'has', 'had', 'would', 'will'].includes(verb.lower))) {
        to = m;
        i = j;
        subjunctive = true;
        thatClause = that;
      }
    }
    // "sent a note to Russia urging it to release …": the pronoun is the country just named.
    if (!to && (t[k + 1]?.lower === 'it' || t[k + 1]?.lower === 'them') && w === 'urging') {
      to = s.mentions.filter((m) => m.to <= k && m.kind !== 'person' && m.kind !== 'demonym' && m.to >= k - 3).pop();
      i = k + 1;
    }
    // "called on the authorities to …", "called upon the royal government", "calls on the King":
    // a government of no named state; its state is settled once the sender is known (1.9).
    const ruler = !to ? rulerAt(s, i) : null;
    if (ruler?.named) to = ruler.named;
    else if (ruler) to = { iso3: '', kind: 'name', role: 'actor', from: ruler.from, to: ruler.to, possessive: false };
    // "urged both sides to exercise restraint": the two states the story is about (1.19).
    const bothEnd = !to ? bothSidesAt(t, i) : -1;
    if (bothEnd > 0) to = { iso3: '', kind: 'name', role: 'actor', from: i, to: bothEnd, possessive: false };
    // "urged (both) the Israelis and the Palestinians to …": peoples addressed stand for their states (1.21.2).
    const peoples = !to ? peoplesAt(t, i) : null;
    if (peoples) to = { iso3: '', kind: 'demonym', role: 'actor', from: i, to: peoples.end, possessive: false };
    if (!to) continue;
    // An appeal is "to do" something: an infinitive must follow within the clause (or, after
    // "told X that Y must", the demand's own clause).
    // ("demanded that the Philippines withdraw its vessels": what is demanded is the "that" clause, 1.30.18.)
    let end = must ? clauseEnd(s, must.after) : thatClause >= 0 ? clauseEnd(s, thatClause) : clauseEnd(s, k);
    let objEnd = must ? must.after : to.to > k ? to.to : i + 1;
    // ("calls on both sides of the conflict, which escalated the day before, to restraint": a
    // relative clause between the addressees and what they are asked to do, 1.29.0.)
    if (!must && RELATIVE_WORDS.has(t[end]?.lower ?? '') && t[end - 1]?.lower === ',' && !t.slice(objEnd, end).some((x) => x.lower === 'to')) {
      const close = t.findIndex((x, j) => j > end && x.lower === ',');
      if (close > 0 && t[close + 1]?.lower === 'to') {
        objEnd = close + 1;
        end = clauseEnd(s, close + 1);
      }
    }
    // ("pressed Hanoi for the return of …", "asked Japan for help": a state asked for
    // something; "appealed for Norway's help": the state whose help is sought, 1.18.)
    const forNoun = to.kind !== 'person' && t[objEnd]?.lower === 'for' && ['called', 'calls', 'call', 'asked', 'asks', 'appealed', 'appeals', 'pressed', 'presses', 'urged', 'urges'].includes(w) && t[k + 1]?.lower !== 'for';
    const soughtHelp = (w === 'called' || w === 'calls' || w === 'call' || w === 'appealed' || w === 'appeals') && t[k + 1]?.lower === 'for' && to.from === k + 2 && to.kind !== 'person' && t[to.to]?.lower === "'s" && SOUGHT.has(t[to.to + 1]?.lower ?? '');
    if (!subjunctive && !forNoun && !soughtHelp && !t.slice(objEnd, Math.min(end, objEnd + 8)).some((x) => x.lower === 'to')) continue;
    let start0 = clauseStart(s, k);
    // ("X suggested that the two countries expand cooperation, and asked Singapore to …": after a
    // comma and "and", the verb goes on the clause that governs the "that" clause, 1.30.43.)
    if (t[start0 - 1]?.lower === 'that' && t[k - 1]?.lower === 'and' && t[k - 2]?.text === ',' && start0 > 1) start0 = clauseStart(s, start0 - 1);
    // ("Israel called on the ambassadors of A and B after their heads of government called on Egypt to
    // …": a subordinate clause has a subject of its own, 1.25.29.)
    const sub = t.slice(start0, k).map((x) => x.lower).lastIndexOf('after');
    // ("Once Pakistan agrees, the United States asked India to …": a fronted subordinate clause has
    // its own subject; the sender follows its comma, 1.28.8.)
    // ("In a phone call with his Turkish counterpart, Iranian Foreign Minister X urged Turkey to …": a
    // fronted phrase of the occasion names whom the sender spoke with, not the sender, 1.30.29.)
    const occasion = OCCASION_LEADS.has(t[0]?.lower ?? '') && t.slice(1, 4).some((x) => OCCASIONS.has(x.lower));
    const frontedEnd = (FRONTED_SUBORDINATORS.has(t[0]?.lower ?? '') || occasion) && start0 <= 1 ? t.findIndex((x, j) => j > 0 && j < k && x.lower === ',') : -1;
    const start = frontedEnd > 0 ? frontedEnd + 1 : sub > 0 && /^\p{Ll}/u.test(t[start0 + sub + 1]?.text ?? '') && ['their', 'his', 'her', 'its', 'the'].includes(t[start0 + sub + 1].lower) ? start0 + sub + 1 : start0;
    // (Not the object of a preposition: "expressed its solidarity with Britain and urged Iran to …", 1.10.)
    const subj = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && m !== to && !OBJECT_PREPS.has(t[m.from - 1]?.lower ?? ''));
    // "The ministry also demanded from Canada to …": the government named before.
    const institutional = t.slice(start, k).some((x, j) => (x.lower === 'ministry' || x.lower === 'government') && t[start + j - 1]?.lower === 'the');
    const fromIso = subj.length > 0 ? subj[0].iso3 : institutional ? ctx.lastGovernment : weState;
    // "A, B and C urged X": every coordinated state in the subject appeals (1.8).
    let senders = fromIso ? [fromIso, ...(subj.length > 0 ? coordinatedAfter(s, subj) : [])] : pluralSubject(s, start, k, ctx);
    // ("Brazilian President Lula and his Colombian counterpart Gustavo Petro called on Venezuela":
    // officials coordinated in the subject each appeal for their state, 1.30.24.)
    if (subj.length > 0 && senders.length === 1) senders = [...new Set([...senders, ...conjunctStates(s, subj, start, k)])];
    // "A group of countries, including A, B and C, … called on …": the states listed in the subject (1.9).
    if (senders.length === 0) senders = includedInSubject(s, k);
    if (senders.length === 0) continue;
    if (bothEnd > 0) {
      const pair = storyPair(s, ctx, senders);
      if (!pair) continue;
      for (const sender of [...new Set(senders)]) for (const st of pair) out.push(...appealsFrom(s, ctx, k, sender, { ...to, iso3: st }, objEnd, end, subjunctive));
      if (out.length > 0) break;
      continue;
    }
    if (peoples) {
      for (const sender of [...new Set(senders)]) for (const st of peoples.states) out.push(...appealsFrom(s, ctx, k, sender, { ...to, iso3: st }, objEnd, end, subjunctive));
      if (out.length > 0) break;
      continue;
    }
    if (to.iso3 === '') {
      const state = rulerState(s, ctx, senders, ruler?.marked === true, ruler?.head);
      if (!state) continue;
      to = { ...to, iso3: state };
    }
    for (const sender of [...new Set(senders)]) {
      // "They called on Israel …" after "A and B urged Israel …": the same request restated.
      if (!fromIso && ctx.appeals.some((a) => a.from === sender && a.to === to!.iso3 && s.index - a.sentence <= 4)) continue;
      out.push(...appealsFrom(s, ctx, k, sender, to, objEnd, end, subjunctive));
    }
    if (out.length > 0) break;
  }
  remember(ctx, s, out);
  return out;
}

/**
 * Peoples named by plural demonyms at token i, coordinated: "the Israelis", "both the Israelis and the
 * Palestinians", "Kenyans and Ugandans" (a demonym of one state plus "s"); their states and the end.
 */
function peoplesAt(t: AnalysedSentence['tokens'], i: number): { states: string[]; end: number } | null {
  let j = t[i]?.lower === 'both' ? i + 1 : i;
  const states: string[] = [];
  let end = -1;
  for (;;) {
    if (t[j]?.lower === 'the') j++;
    const w = t[j];
    const entry = w && w.cap && w.lower.length > 3 && w.lower.endsWith('s') ? LEXICON.get(w.lower.slice(0, -1)) : undefined;
    if (!entry || entry.kind !== 'demonym' || entry.iso3.length !== 1) break;
    states.push(entry.iso3[0]);
    end = ++j;
    if (t[j]?.lower === ',' && t[j + 1]?.lower === 'and') j += 2;
    else if (t[j]?.lower === 'and' || t[j]?.lower === ',') j++;
    else break;
  }
  return states.length > 0 ? { states: [...new Set(states)], end } : null;
}

// What two sides are asked to do, named as a noun: "urging greater dialogue between A and B" (1.29.6).
const CONDUCT = new Set(['dialogue', 'talks', 'negotiations', 'restraint', 'calm', 'de-escalation', 'ceasefire', 'resumption']);
const CONDUCT_VERBS = new Set(['urged', 'urges', 'urging', 'called', 'calls', 'calling', 'appealed', 'appeals', 'appealing']);
/**
 * An appeal whose addressees follow the conduct asked of them: "The United States is urging greater
 * dialogue between Pakistan and India", "Pakistan called for the resumption of dialogue with India"
 * (the sender is the other side), "called for restraint on both sides" (the pair the story is about).
 * The sender is the clause's subject; never a plan.
 */
function conductAppeals(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    if (!CONDUCT_VERBS.has(w) || isIrrealis(s, k)) continue;
    // ("called for", "appealed for"; "urged" takes its object directly.)
    const o = w.startsWith('urg') ? k + 1 : t[k + 1]?.lower === 'for' ? k + 2 : -1;
    if (o < 0) continue;
    const end = clauseEnd(s, k);
    const noun = t.findIndex((x, i) => i >= o && i < Math.min(end, o + 5) && CONDUCT.has(x.lower));
    if (noun < 0 || t.slice(o, noun).some((x) => x.cap)) continue;
    const start = clauseStart(s, k);
    const sender = s.mentions.find((m) => m.from >= start && m.to <= k && m.role === 'actor' && m.kind !== 'city' && !OBJECT_PREPS.has(t[m.from - 1]?.lower ?? ''));
    if (!sender) continue;
    let to: string[] = [];
    const after = t.slice(noun + 1, Math.min(end, noun + 8)).map((x) => x.lower);
    const between = after.indexOf('between');
    const withAt = after.indexOf('with');
    const both = after.findIndex((x, i) => (x === 'on' || x === 'by' || x === 'from') && after[i + 1] === 'both' && ['sides', 'parties', 'countries'].includes(after[i + 2] ?? ''));
    if (between >= 0) {
      const i = noun + 2 + between;
      const a = s.mentions.find((m) => m.from === i && m.kind === 'name');
      const b = a && t[a.to]?.lower === 'and' ? s.mentions.find((m) => m.from === a.to + 1 && m.kind === 'name') : undefined;
      if (a && b) to = [a.iso3, b.iso3];
    } else if (withAt >= 0) {
      const i = noun + 2 + withAt;
      const a = s.mentions.find((m) => m.from === (t[i]?.lower === 'the' ? i + 1 : i) && m.kind === 'name');
      if (a) to = [a.iso3];
    } else if (both >= 0) to = storyPair(s, ctx, [sender.iso3]) ?? [];
    to = [...new Set(to)].filter((c) => c !== sender.iso3);
    if (to.length === 0) continue;
    const about = spanText(s, o, end) || null;
    const out = to.map((c) => appealOf(s, ctx, sender.iso3, c, about, dateNear(s, k), 0.6));
    remember(ctx, s, out);
    return out;
  }
  return [];
}

const BOTH_HEADS = new Set(['sides', 'countries', 'nations', 'parties', 'neighbours', 'neighbors', 'governments']);

/** The end of "both sides", "the two countries", "both the parties" at token i, else -1. */
function bothSidesAt(t: AnalysedSentence['tokens'], i: number): number {
  let j = i;
  // (The particles skipped before the addressee may have taken the article: "the two sides".)
  if (t[j]?.lower === 'both') j++;
  else if (t[j]?.lower === 'the' && t[j + 1]?.lower === 'two') j += 2;
  else if (t[j]?.lower === 'two' && t[j - 1]?.lower === 'the') j++;
  else return -1;
  if (t[j]?.lower === 'the') j++;
  return BOTH_HEADS.has(t[j]?.lower ?? '') ? j + 1 : -1;
}

/**
 * The two states "both sides" are: those of the nearest sentence (this one, then up to three
 * before) that names exactly two states besides the senders; else the pair a fact last told; null
 * otherwise.
 */
function storyPair(s: AnalysedSentence, ctx: Context, senders: string[]): string[] | null {
  for (let j = s.index; j >= 0 && j >= s.index - 3; j--) {
    const named = new Set<string>();
    for (const m of ctx.sentences[j].mentions) if (m.kind !== 'city' && m.kind !== 'person' && m.role !== 'location' && !senders.includes(m.iso3)) named.add(m.iso3);
    if (named.size === 2) return [...named].sort();
    if (named.size > 2) return null;
  }
  return ctx.pair && ctx.pair.length === 2 && !ctx.pair.some((c) => senders.includes(c)) ? ctx.pair : null;
}

// A government named by its office, not its state: "the authorities", "the royal government", "King X".
const RULER_NOUNS = new Set(['government', 'authorities', 'regime', 'junta', 'king', 'monarch', 'rulers', 'leadership', 'leader', 'leaders']);
const RULER_MODIFIERS = new Set(['royal', 'military', 'interim', 'transitional', 'ruling', 'caretaker', 'new', 'country', "country's"]);

/**
 * The addressee at token i when it is a government named by its office: its token range, and the
 * state when one is written after "of" ("the government of Sudan"). Returns null for anything else.
 */
function rulerAt(s: AnalysedSentence, i: number): { from: number; to: number; named?: CountryMention; marked: boolean; head?: string } | null {
  const t = s.tokens;
  let j = i;
  while (j < i + 3 && RULER_MODIFIERS.has(t[j]?.lower ?? '')) j++;
  const head = t[j]?.lower ?? '';
  if (!RULER_NOUNS.has(head)) return null;
  let end = j + 1;
  // "King Gyanendra": the ruler's name.
  if (head === 'king' || head === 'monarch') while (end < j + 4 && t[end]?.cap) end++;
  // "the leaders of Albania" is that state's government; "the leaders" alone may be anyone's (1.17.1).
  if ((head === 'leader' || head === 'leaders') && t[end]?.lower !== 'of') return null;
  if (t[end]?.lower === 'of') {
    const at = t[end + 1]?.lower === 'the' ? end + 2 : end + 1;
    const named = s.mentions.find((m) => m.from === at && (m.kind === 'name' || m.kind === 'capital'));
    return named ? { from: i, to: named.to, named: { ...named, role: 'actor' }, marked: true } : null;
  }
  // A king, a regime or a junta, or a marked government ("the royal government"), is rarely the
  // speaker's own; a bare "the government" or "the authorities" usually is.
  return { from: i, to: end, head, marked: t.slice(i, j).some((x) => x.lower === 'royal') || ['king', 'monarch', 'regime', 'junta'].includes(head) };
}

/**
 * The state of an addressee named by its office: the one other state this sentence places or talks
 * places ("the arrests in Sudan … called on the authorities"); for a king, regime, junta or marked
 * government also one it talks about, else the one other state of the last three sentences, nearest first ("the King of Nepal … The United States calls on the King"); none
 * when two compete.
 */
function rulerState(s: AnalysedSentence, ctx: Context, senders: string[], marked: boolean, head?: string): string | null {
  // ("Niger's military junta expelled French troops. … urged the junta to restore civilian rule": the
  // state whose junta, regime or king the article has named is the one meant, 1.30.22.)
  if (marked && head && head !== 'government') {
    for (let j = s.index - 1; j >= 0 && j >= s.index - 5; j--) {
      const x = ctx.sentences[j];
      if (!x.words.has(head)) continue;
      const owners = new Set<string>();
      for (let h = 0; h < x.tokens.length; h++) {
        if (x.tokens[h].lower !== head) continue;
        const owner = x.mentions.find((m) => (m.kind === 'name' || m.kind === 'demonym' || m.kind === 'capital') && m.to <= h && h - m.to <= 3 && x.tokens.slice(m.to, h).every((y) => y.lower === "'s" || /^\p{Ll}+$/u.test(y.text)));
        if (owner && !senders.includes(owner.iso3)) owners.add(owner.iso3);
      }
      if (owners.size === 1) return [...owners][0];
      if (owners.size > 1) return null;
    }
  }
  const pick = (ms: CountryMention[]) => {
    const set = new Set(ms.filter((m) => m.kind !== 'person' && m.kind !== 'city' && m.role !== 'adjective' && !senders.includes(m.iso3)).map((m) => m.iso3));
    return set.size === 1 ? [...set][0] : set.size > 1 ? null : undefined;
  };
  // A bare "the authorities" takes only a state this sentence places ("the arrests in Sudan").
  const here = pick(marked ? s.mentions : s.mentions.filter((m) => m.role === 'location'));
  if (here !== undefined || !marked) return here ?? null;
  // Nearest sentence first: the first that names other states settles it, or leaves it open.
  for (let j = s.index - 1; j >= 0 && j >= s.index - 3; j--) {
    const found = pick(ctx.sentences[j].mentions);
    if (found !== undefined) return found;
  }
  return null;
}

/** "A group of Western countries, including A, B and C, … called on": the listed states. */
function includedInSubject(s: AnalysedSentence, k: number): string[] {
  const t = s.tokens;
  const at = t.findIndex((x, j) => j < k && x.lower === 'including' && t[j - 1]?.lower === ',');
  // The subject is a plural noun of states written before the list, from the sentence's start.
  if (at < 0 || !t.slice(0, at).some((x) => ['countries', 'nations', 'states', 'governments'].includes(x.lower))) return [];
  const out: string[] = [];
  let last = at;
  for (const m of s.mentions) {
    if (m.from <= at || m.to > k) continue;
    if (m.kind !== 'name' && m.kind !== 'capital') break;
    // Only a coordinated list: commas, "and", "the" between the states.
    if (!t.slice(last + 1, m.from).every((x) => [',', 'and', 'the'].includes(x.lower))) break;
    out.push(m.iso3);
    last = m.to - 1;
  }
  // After the list, no other state acts before the verb.
  if (s.mentions.some((m) => m.from > last && m.to <= k && m.role === 'actor' && m.kind !== 'city')) return [];
  return out;
}

/** The states coordinated with the subject's first ("Egypt, Jordan and Qatar urged …"). */
function coordinatedAfter(s: AnalysedSentence, subj: CountryMention[]): string[] {
  const t = s.tokens;
  const out: string[] = [];
  let end = subj[0].to;
  for (const m of subj.slice(1)) {
    let g = end;
    while (g < m.from && (t[g].lower === ',' || t[g].lower === 'and' || t[g].lower === 'the')) g++;
    if (g !== m.from || m.kind === 'person') break;
    out.push(m.iso3);
    end = m.to;
  }
  return out;
}

/**
 * The states of the conjuncts of a subject joined by "and", each conjunct a phrase that names one
 * state ("Brazilian President Lula | his Colombian counterpart Gustavo Petro"); none when a conjunct
 * names no state or several.
 */
function conjunctStates(s: AnalysedSentence, subj: CountryMention[], start: number, k: number): string[] {
  const out: string[] = [];
  for (const [a, b] of andConjuncts(s.tokens, start, k)) {
    const states = new Set(subj.filter((m) => m.from >= a && m.to <= b).map((m) => m.iso3));
    if (states.size !== 1) return [];
    out.push(...states);
  }
  return out;
}

const PLURAL_SUBJECTS = new Set(['they', 'ministers', 'leaders', 'signatories', 'governments', 'countries', 'nations', 'states']);

/**
 * "They called on Israel to …", "The ministers urged …": a plural subject with no state named
 * stands for the states last named together as one actor, a few sentences back.
 */
function pluralSubject(s: AnalysedSentence, start: number, k: number, ctx: Context): string[] {
  const list = ctx.actorList;
  if (!list || s.index - list.sentence > 3 || s.index === list.sentence) return [];
  const subj = s.tokens.slice(start, k).map((x) => x.lower);
  const head = subj[0] === 'the' ? subj[subj.length - 1] : subj[0];
  if (subj.length > 4 || !PLURAL_SUBJECTS.has(head ?? '')) return [];
  return list.states;
}

function appealsFrom(s: AnalysedSentence, ctx: Context, k: number, fromIso: string, to: CountryMention, objEnd: number, end: number, subjunctive: boolean): Candidate[] {
    const t = s.tokens;
    const out: Candidate[] = [];
    const from = { iso3: fromIso };
    // "urged China and Russia to …": every coordinated addressee.
    const addressees = [to];
    for (let j = objEnd; s.tokens[j] && (s.tokens[j].lower === 'and' || s.tokens[j].lower === ','); ) {
      const m = s.mentions.find((x) => x.from === j + 1 && x.kind !== 'person');
      // ("urged Israel and the Palestinians to …": a people coordinated with a state, 1.29.0.)
      const people = m ? null : peoplesAt(t, j + 1);
      if (people) {
        for (const st of people.states) addressees.push({ ...to, iso3: st, from: j + 1, to: people.end });
        j = people.end;
        continue;
      }
      if (!m) break;
      addressees.push(m);
      j = m.to;
    }
    const lastEnd = addressees.length > 1 ? addressees[addressees.length - 1].to : objEnd;
    const toAt = subjunctive ? 0 : t.slice(lastEnd, end).findIndex((x) => x.lower === 'to');
    let aboutFrom = lastEnd + toAt + (subjunctive ? 0 : 1);
    // ("demanded that US and Turkish forces evacuate the area": the noun the states qualify is the subject, not the demand.)
    if (subjunctive && (GOV_NOUNS.has(t[aboutFrom]?.lower ?? '') || FORCES.has(t[aboutFrom]?.lower ?? ''))) aboutFrom++;
    // (A quoted appeal's content ends at its closing mark: '…," X said' is the attribution, 1.17.)
    const close = t.slice(aboutFrom, end).findIndex((x, i) => QUOTES.has(x.text) && t[aboutFrom + i - 1]?.text === ',' && i > 0);
    // (A second clause cut off at its "that" leaves its conjunction behind: "… from Ukraine and".)
    const about = spanText(s, aboutFrom, close > 0 ? aboutFrom + close - 1 : end).replace(/,? (and|or|but)$/, '') || null;
    const date = dateNear(s, k);
    for (const a of addressees) if (a.iso3 !== from.iso3) out.push(appealOf(s, ctx, from.iso3, a.iso3, about, date, 0.75));
    return out;
}

/**
 * "told Lavrov that Russia must …", "told him that …", "told his (Russian) counterpart that Russia
 * should …": the state named after "that", with "must", "should" or "has to" after it, is the one
 * appealed to; `after` is where the demand starts. Not "told reporters that …" (no addressee).
 */
const TOLD_AUX = new Set(['has', 'had', 'needs', 'needed']);
function toldMust(s: AnalysedSentence, k: number): { state: CountryMention; after: number } | null {
  const t = s.tokens;
  let j = k + 1;
  const addressee = s.mentions.find((m) => m.from === j);
  if (addressee) j = addressee.to;
  else if (['him', 'her', 'them'].includes(t[j]?.lower ?? '')) j++;
  else if (['his', 'her', 'their'].includes(t[j]?.lower ?? '')) {
    j++;
    const demonym = s.mentions.find((m) => m.from === j && m.kind === 'demonym');
    if (demonym) j = demonym.to;
    if (t[j]?.lower !== 'counterpart' && t[j]?.lower !== 'counterparts') return null;
    j++;
  } else return null;
  if (t[j]?.lower !== 'that') return null;
  const at = t[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  const state = s.mentions.find((m) => m.from === at && m.kind !== 'person' && m.kind !== 'city');
  if (!state) return null;
  const after = demandAt(t, state.to, TOLD_AUX);
  return after > 0 ? { state, after } : null;
}

const RELEASE_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'calling', 'demanded', 'demands', 'demanding', 'urged', 'urges', 'pressed', 'presses']);
const HELD = new Set(['in', 'by']);
const HELD_PEOPLE: ReadonlySet<string> = new Set(['prisoners', 'prisoner', 'detainees', 'detainee', 'hostages', 'hostage', 'captives', 'journalists', 'journalist', 'activists', 'activist', 'sailors', 'crew', 'fishermen', 'nationals', 'national', 'citizens', 'citizen', 'soldiers', 'dissidents', 'dissident', 'students', 'protesters', 'opposition']);
const CROWDS = new Set(['demonstrators', 'protesters', 'protestors', 'crowds', 'crowd', 'marchers', 'rally', 'rallies', 'residents', 'thousands', 'hundreds']);
const WITHDRAWAL = new Set(['withdrawal', 'pullout', 'pull-out', 'departure']);

/**
 * An appeal told as a call for an act of another state, with no addressee after the verb (1.22.2,
 * 1.22.3): "called for the immediate and unconditional release of 1,400 political prisoners in
 * Belarus", "demanded the release of the sailors held by Iran" (the state that holds them); "is
 * calling for an immediate withdrawal of American forces" (the state whose forces they are).
 */
function releaseAppeals(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!(s.words.has('release') || hasAny(s, WITHDRAWAL)) || !hasAny(s, RELEASE_VERBS)) return [];
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (!RELEASE_VERBS.has(t[k].lower) || isIrrealis(s, k)) continue;
    let r = k + 1;
    // ("demanded on Saturday the immediate withdrawal of …": a date between the verb and its object, 1.29.3.)
    const dated = s.dates.find((d) => d.from === r || (d.from === r + 1 && t[r].lower === 'on'));
    if (dated) r = dated.to;
    if (t[r]?.lower === 'for') r++;
    if (!['the', 'an', 'a'].includes(t[r]?.lower ?? '')) continue;
    // "the (immediate and unconditional) release of" / "an immediate withdrawal of"
    const rel = t.slice(r, r + 6).findIndex((x, i, a) => (x.lower === 'release' || WITHDRAWAL.has(x.lower)) && a[i + 1]?.lower === 'of');
    if (rel < 0) continue;
    const of = r + rel + 1;
    const end = clauseEnd(s, k);
    const addressees = t[of - 1].lower === 'release' ? holderAfter(s, of, end) : forcesOwners(s, of + 1);
    if (addressees.length === 0) continue;
    const start = clauseStart(s, k);
    // ("Thousands of demonstrators marched in the streets of Niger's capital, calling for the
    // withdrawal of U.S. troops": a crowd calls, not the state where it marches, 1.28.1.)
    if (t.slice(start, k).some((x) => CROWDS.has(x.lower))) continue;
    const subj = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && !addressees.includes(m.iso3) && !OBJECT_PREPS.has(t[m.from - 1]?.lower ?? ''));
    if (subj.length === 0) continue;
    const senders = [...new Set([subj[0].iso3, ...coordinatedAfter(s, subj)])].filter((x) => !addressees.includes(x));
    const about = spanText(s, r, end);
    const date = dateNear(s, k);
    const out: Candidate[] = [];
    for (const from of senders) for (const to of addressees) out.push(appealOf(s, ctx, from, to, about, date, 0.7));
    remember(ctx, s, out);
    return out;
  }
  return [];
}

/** The state holding the people released ("prisoners in A", "sailors held by A"); people only, not "funds". */
function holderAfter(s: AnalysedSentence, of: number, end: number): string[] {
  const t = s.tokens;
  const held = t.slice(of + 1, of + 9).findIndex((x) => HELD_PEOPLE.has(x.lower));
  if (held < 0) return [];
  const holder = s.mentions.find((m) => m.from > of + 1 + held && m.to <= end && HELD.has(t[m.from - 1]?.lower ?? '') && (m.kind === 'name' || m.kind === 'capital'));
  return holder ? [holder.iso3] : [];
}

/** The states whose forces are named at token i: "American forces", "US and Turkish troops", "all Russian soldiers". */
function forcesOwners(s: AnalysedSentence, i: number): string[] {
  const t = s.tokens;
  while (['the', 'all', 'remaining', 'foreign'].includes(t[i]?.lower ?? '')) i++;
  const out: string[] = [];
  for (;;) {
    const m = s.mentions.find((x) => x.from === i && (x.kind === 'demonym' || x.kind === 'name'));
    if (!m) break;
    out.push(m.iso3);
    i = t[m.to]?.lower === "'s" ? m.to + 1 : m.to;
    if (t[i]?.lower !== 'and' && t[i]?.lower !== ',') break;
    i++;
  }
  return out.length > 0 && FORCES.has(t[i]?.lower ?? '') ? [...new Set(out)] : [];
}

/**
 * "She made the call on behalf of A, B, C and D": the states listed join the appeal told in the
 * sentence before (1.22.2).
 */
function onBehalfOf(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!s.words.has('behalf')) return [];
  const t = s.tokens;
  const k = t.findIndex((x, i) => x.lower === 'behalf' && t[i - 1]?.lower === 'on' && t[i + 1]?.lower === 'of');
  const noun = k < 0 ? -1 : t.slice(0, k).findIndex((x) => ['call', 'appeal', 'statement', 'demand'].includes(x.lower));
  if (noun < 0 || isIrrealis(s, noun)) return [];
  const last = ctx.appeals.filter((a) => a.sentence === s.index - 1);
  const to = [...new Set(last.map((a) => a.to))];
  if (to.length !== 1) return [];
  const listed = s.mentions.filter((m) => m.from > k + 1 && (m.kind === 'name' || m.kind === 'capital') && !last.some((a) => a.from === m.iso3) && m.iso3 !== to[0]);
  const out = [...new Set(listed.map((m) => m.iso3))].map((from) => appealOf(s, ctx, from, to[0], null, null, 0.65));
  remember(ctx, s, out);
  return out;
}

const OCCASION_LEADS = new Set(['in', 'at', 'during', 'after', 'following']);
/** The occasions a fronted phrase may name: "In a phone call with …", "At a meeting with …", "During talks with …". */
const OCCASIONS = new Set(['call', 'phone', 'telephone', 'conversation', 'meeting', 'talks', 'video', 'summit', 'interview', 'letter', 'message']);
const FRONTED_SUBORDINATORS = new Set(['once', 'if', 'when', 'while', 'although', 'though', 'because', 'since', 'unless', 'as', 'whereas']);
const REQUEST_NOUNS = new Set(['request', 'appeal', 'plea']);
const REQUESTER_HEADS = new Set(['government', 'authorities', 'side', 'leadership']);
/**
 * "The U.S. Embassy provided the funds in response to a request from the Romanian government", "the
 * United States was sending two disaster response teams in response to a request from President X",
 * "Japan sent the team at the request of Nepal": what a state did at another's request answers that
 * state's appeal to it (1.28.4). The requester is a state, its government or an official of known
 * state after "from / by / of"; the one who answers is the first state of the clause before the phrase.
 * Not when what was done is itself a plan ("will send … in response to a request").
 */
function requestAnswered(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, REQUEST_NOUNS)) return [];
  const t = s.tokens;
  for (let k = 2; k < t.length; k++) {
    if (!REQUEST_NOUNS.has(t[k].lower)) continue;
    const det = ['a', 'an', 'the', 'its', 'their'].includes(t[k - 1].lower) ? k - 1 : -1;
    if (det < 1) continue;
    const inResponse = t[det - 1]?.lower === 'to' && t[det - 2]?.lower === 'response' && t[det - 3]?.lower === 'in';
    const at = t[det - 1]?.lower === 'at' && t[det].lower === 'the' && t[k + 1]?.lower === 'of';
    const following = (t[det - 1]?.lower === 'following' || t[det - 1]?.lower === 'after') && t[k + 1]?.lower === 'from';
    if (!(inResponse || at || following) || !['from', 'by', 'of'].includes(t[k + 1]?.lower ?? '')) continue;
    const lead = inResponse ? det - 3 : det - 1;
    if (isIrrealis(s, lead)) continue;
    let j = k + 2;
    if (t[j]?.lower === 'the') j++;
    if (['government', 'people'].includes(t[j]?.lower ?? '') && t[j + 1]?.lower === 'of') j += t[j + 2]?.lower === 'the' ? 3 : 2;
    // ("from President X": titles before an official of known state.)
    while (j < k + 6 && TITLE_WORDS.has(t[j]?.lower ?? '') && !s.mentions.some((m) => m.from === j)) j++;
    const requester = s.mentions.find(
      (m) => m.from === j && (m.kind === 'name' || m.kind === 'capital' || m.kind === 'person' || (m.kind === 'demonym' && (REQUESTER_HEADS.has(t[m.to]?.lower ?? '') || TITLE_WORDS.has(t[m.to]?.lower ?? '')))),
    );
    if (!requester) continue;
    const start = clauseStart(s, lead);
    const answerer = s.mentions.find((m) => m.from >= start && m.to <= lead && m.role === 'actor' && m.kind !== 'city' && m.iso3 !== requester.iso3);
    if (!answerer) continue;
    const forAt = t.findIndex((x, i) => i > requester.to - 1 && i < requester.to + 6 && x.lower === 'for');
    const end = clauseEnd(s, k);
    const about = forAt > 0 ? spanText(s, forAt + 1, end) || null : null;
    const out = [appealOf(s, ctx, requester.iso3, answerer.iso3, about, dateNear(s, lead), 0.6)];
    remember(ctx, s, out);
    return out;
  }
  return [];
}

const STATED = new Set(['said', 'says', 'reiterated', 'reiterates', 'stressed', 'stresses', 'insisted', 'insists', 'maintained', 'emphasised', 'emphasized', 'underlined', 'underscored', 'urged']);
const STATED_AUX = new Set(['need', 'needs', 'have', 'has']);
// Prepositions that open a phrase of setting between a verb of saying and its "that": "said at a
// regular press briefing that", "stressed in a statement that" (1.29.0).
const SETTING_PREPS = new Set(['at', 'in', 'on', 'during', 'after', 'to']);
const DAY_WORDS = new Set(['yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/**
 * The "that" opening what the verb at k states: right after it, or after one phrase of setting or a
 * date. With no "that" and a state named right after the verb ("said Serbia should …"), k itself.
 */
function thatAfter(s: AnalysedSentence, k: number): number {
  const t = s.tokens;
  if (t[k + 1]?.lower === 'that') return k + 1;
  if (s.mentions.some((m) => m.from === k + 1 && (m.kind === 'name' || m.kind === 'capital'))) return k;
  if (!SETTING_PREPS.has(t[k + 1]?.lower ?? '') && !DAY_WORDS.has(t[k + 1]?.lower ?? '')) return -1;
  for (let j = k + 2; j < t.length && j <= k + 8; j++) {
    if (t[j].lower === 'that') return j;
    if (!/^[\p{L}\d]/u.test(t[j].text)) return -1;
  }
  return -1;
}
const PAIR_HEADS = new Set(['neighbours', 'neighbors', 'nations', 'countries', 'sides', 'states']);
/**
 * States named one after another from token j ("India and Pakistan", "A, B and the C"), by name or
 * capital: their codes, and the token where reading stopped (past a trailing "and" / "," whose next
 * word names no state). Up to six.
 */
function statesListedAt(s: AnalysedSentence, j: number): { states: string[]; end: number } {
  const t = s.tokens;
  const states: string[] = [];
  for (let g = 0; g < 6; g++) {
    const m = s.mentions.find((x) => x.from === j && (x.kind === 'name' || x.kind === 'capital'));
    if (!m) break;
    states.push(m.iso3);
    j = m.to;
    if (t[j]?.lower !== 'and' && t[j]?.lower !== ',') break;
    j++;
    if (t[j]?.lower === 'the') j++;
  }
  return { states, end: j };
}
const HOPE = new Set(['hoped', 'hopes', 'hope']);
const HOPED_MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'must']);
// What a hope asks another state to do for it to be an appeal ("hoped that both can exercise
// restraint"), not a wish about shared ties ("hopes that the two countries will deepen cooperation").
const HOPED_CONDUCT = new Set([
  'exercise', 'refrain', 'stop', 'cease', 'end', 'halt', 'withdraw', 'release', 'resolve', 'settle', 'respect', 'return',
  'resume', 'avoid', 'abide', 'comply', 'heed', 'restore', 'lift', 'reverse', 'implement', 'honour', 'honor', 'uphold',
  'exert', 'ease', 'remove', 'free', 'allow', 'show', 'abandon', 'de-escalate', 'reconsider', 'cooperate',
]);
/**
 * True when the word at k states a hope: "China hopes / hoped that", "expressed (the) hope that"
 * (not "in the hope that", nor a hope of the writer: "it is hoped that").
 */
function hopeAt(t: AnalysedSentence['tokens'], k: number): boolean {
  const w = t[k].lower;
  if (w === 'hope') return ['expressed', 'expresses', 'voiced'].includes(t[k - 1]?.lower ?? '') || (t[k - 1]?.lower === 'the' && ['expressed', 'expresses', 'voiced'].includes(t[k - 2]?.lower ?? ''));
  return (w === 'hoped' || w === 'hopes') && !['is', 'was', 'be', 'been'].includes(t[k - 1]?.lower ?? '');
}
/**
 * "The United States reiterated that India and Pakistan should continue to resolve their differences
 * through dialogue", "Japan said that China must release …": a state stating what other states
 * should or must do appeals to them (1.28.9). The addressees open the "that" clause (states, or "the
 * two (nuclear-armed) neighbours", the pair the story is about) and "should / must / need to / have to"
 * and a verb follow; the sender is the first state of the clause before the verb of saying.
 */
function reportedDemand(s: AnalysedSentence, ctx: Context): Candidate[] {
  const hoped = hasAny(s, HOPE);
  if (!hasAny(s, STATED) && !hoped) return [];
  if (!(s.words.has('should') || s.words.has('must') || s.words.has('need') || s.words.has('needs') || (hoped && hasAny(s, HOPED_MODALS)))) return [];
  const t = s.tokens;
  for (let k = 1; k < t.length; k++) {
    const hope = hopeAt(t, k);
    if ((!STATED.has(t[k].lower) && !hope) || isIrrealis(s, k)) continue;
    const that = thatAfter(s, k);
    if (that < 0) continue;
    let j = that + 1;
    if (t[j]?.lower === 'both') j++;
    if (t[j]?.lower === 'the') j++;
    const to: string[] = [];
    let pairWords = false;
    if (t[j]?.lower === 'two') {
      let h = j + 1;
      while (h < j + 5 && (/^\p{Ll}/u.test(t[h]?.text ?? '') || t[h]?.text === '-') && !PAIR_HEADS.has(t[h].lower)) h++;
      if (PAIR_HEADS.has(t[h]?.lower ?? '')) {
        pairWords = true;
        j = h + 1;
      }
    } else {
      const listed = statesListedAt(s, j);
      to.push(...listed.states);
      j = listed.end;
    }
    if (!pairWords && to.length === 0) continue;
    // ("China hopes that Japan will release …": a hope is an appeal when it asks for conduct.)
    const verbAt = hope ? (HOPED_MODALS.has(t[j]?.lower ?? '') && HOPED_CONDUCT.has(t[j + 1]?.lower ?? '') ? j + 1 : -1) : demandAt(t, j, STATED_AUX);
    // (With no "that", only a demand to act: "said Israel must be able to …" states a view.)
    if (verbAt < 0 || (that === k && t[verbAt]?.lower === 'be')) continue;
    const start = clauseStart(s, k);
    const actor = (m: CountryMention) => m.role === 'actor' && m.kind !== 'city' && !OBJECT_PREPS.has(t[m.from - 1]?.lower ?? '');
    // ("The United States … expressed concerns …, but reiterated that …": a predicate coordinated
    // with the sentence's first one has its subject.)
    const coordinated = ['but', 'and'].includes(t[k - 1]?.lower ?? '') || ['but', 'and'].includes(t[start - 1]?.lower ?? '');
    const sender = s.mentions.find((m) => m.from >= start && m.to <= k && actor(m)) ?? (coordinated ? s.mentions.find((m) => m.to <= k && actor(m)) : undefined);
    if (!sender) continue;
    const addressees = pairWords ? storyPair(s, ctx, [sender.iso3]) ?? [] : to.filter((c) => c !== sender.iso3);
    if (addressees.length === 0) continue;
    const about = spanText(s, verbAt, clauseEnd(s, verbAt)) || null;
    const date = dateNear(s, k);
    const out = [...new Set(addressees)].map((a) => appealOf(s, ctx, sender.iso3, a, about, date, 0.6));
    remember(ctx, s, out);
    return out;
  }
  return [];
}

const NECESSITY = new Set(['imperative', 'essential', 'important', 'necessary', 'vital', 'crucial', 'critical', 'urgent']);
const SAYING = new Set([...STATED, 'stated', 'added', 'noted', 'declared', 'warned']);
// Words after the addressees that show no demand follows ("that Iran's …", "that Iran and …").
const NOT_DEMANDED = new Set(['and', 'or', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'of', 'in', 'on', 'at', 'to', 'for', 'who', 'which', 'that', 'itself']);
/**
 * "It is imperative that Pakistan heed the calls …", "it is essential that A and B refrain from …":
 * a state that states what another must do appeals to it (from round 29's misses, invented here).
 * The addressees open the "that" clause and a bare verb or a modal follows them; the sender is the
 * state that says it: named before "it" with a verb of saying ("Brazil said it is imperative that"),
 * or in the attribution after the quote (", the French Foreign Ministry said").
 */
function necessityDemand(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  for (let k = 2; k < t.length; k++) {
    if (!NECESSITY.has(t[k].lower) || !['is', 'was'].includes(t[k - 1].lower) || t[k - 2].lower !== 'it' || t[k + 1]?.lower !== 'that') continue;
    if (isIrrealis(s, k)) continue;
    let j = k + 2;
    if (t[j]?.lower === 'both') j++;
    if (t[j]?.lower === 'the') j++;
    const { states: to, end: listEnd } = statesListedAt(s, j);
    j = listEnd;
    const v = t[j];
    const demanded = v && /^\p{Ll}[\p{Ll}-]*$/u.test(v.text) && !NOT_DEMANDED.has(v.lower) && !v.lower.endsWith('ed') && (!v.lower.endsWith('s') || v.lower === 'should' || v.lower === 'must');
    if (to.length === 0 || !demanded) continue;
    // The sender: before "it", in the clause of a verb of saying; or after the demand, in the attribution.
    const saidAt = (m: CountryMention, limit: number) => t.findIndex((x, i) => i >= m.to && i < limit && SAYING.has(x.lower));
    const before = s.mentions.find((m) => m.to <= k - 2 && m.role === 'actor' && m.kind !== 'city' && saidAt(m, k - 2) >= 0);
    const after = s.mentions.find((m) => m.from > j && m.role === 'actor' && m.kind !== 'city' && saidAt(m, m.to + 3) >= 0);
    const sender = before ?? after;
    if (!sender) continue;
    const said = saidAt(sender, before ? k - 2 : sender.to + 3);
    const addressees = to.filter((c) => c !== sender.iso3);
    const modal = demandAt(t, j, STATED_AUX);
    const verbAt = modal >= 0 ? modal : j;
    const about = spanText(s, verbAt, clauseEnd(s, verbAt)) || null;
    const out = [...new Set(addressees)].map((a) => appealOf(s, ctx, sender.iso3, a, about, dateNear(s, said), 0.55));
    remember(ctx, s, out);
    return out;
  }
  return [];
}

/** "pushed Cuba to improve …", "pushed the Cuban government to …": a state, then "to" and a verb. */
function pushedToAct(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  const m = s.mentions.find((x) => (x.from === k + 1 || (x.from === k + 2 && t[k + 1].lower === 'the')) && x.role === 'actor');
  if (!m) return false;
  const to = GOV_NOUNS.has(t[m.to]?.lower ?? '') ? m.to + 1 : m.to;
  return t[to]?.lower === 'to' && /^\p{Ll}+$/u.test(t[to + 1]?.text ?? '') && !DETERMINER_WORDS.has(t[to + 1].lower);
}
