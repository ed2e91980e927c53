import type { FactDraft } from '../../domain/src/facts/fact.types';
import { analyse } from './analysis';
import type { AnalysedSentence, CountryMention } from './analysis';
import { hasAny, isIrrealis } from './clause';
import { assemble } from './assemble';
import { actorListIn, initialContext, setPair } from './context';
import type { Candidate } from './detectors/candidate';
import { aidDonorIn, aidRecipientIn, detectAid, DISASTER_WORDS, disasterCountry } from './detectors/aid';
import { AID_WORDS, detectAgreements, isTarget } from './detectors/agreement';
import { detectAppeals } from './detectors/appeal';
import { detectCooperation, detectJointPlans, detectUpgrades } from './detectors/cooperation';
import { instrumentList } from './detectors/instrument-list';
import { detectCredentials } from './detectors/credentials';
import { detectMeetings } from './detectors/meeting';
import { detectVisits } from './detectors/visit';
import { detectVotes } from './detectors/vote';
import { headlineFacts } from './headline';
import { BODIES, updateVoteContext, VOTE_WORDS } from './detectors/vote-context';

// Spans of time that, before "ago" with no count, place an event only in a vague past.
const VAGUE_SPANS = new Set(['decades', 'years', 'centuries', 'generations', 'long']);

/** Name and version stamped on every fact; bump the version whenever the output can change. */
export const EXTRACTOR: { readonly name: string; readonly version: string } = Object.freeze({ name: 'dyad-rules', version: '1.30.75' });

export interface ArticleInput {
  title?: string;
  body: string;
  publishedAt: string;
  /** The outlet ("Dawn, carrying an APP report") and the page's address: where the report is from. */
  source?: string | null;
  url?: string | null;
}

// Above this size an input is not an article; reading only its head keeps the cost bounded.
const MAX_BODY = 2_000_000;

/** Facts an article asserts happened, each with its evidence sentence. Pure; never throws. */
export function extractFacts(input: ArticleInput): FactDraft[] {
  try {
    const body = typeof input?.body === 'string' ? input.body.slice(0, MAX_BODY) : '';
    const title = typeof input?.title === 'string' ? input.title.slice(0, 1000) : '';
    const publishedAt = typeof input?.publishedAt === 'string' ? input.publishedAt : '';
    const source = typeof input?.source === 'string' ? input.source : null;
    const url = typeof input?.url === 'string' ? input.url : null;
    return run({ title, body, publishedAt, source, url });
  } catch {
    // A rule bug must not fail an ingest: the article is stored without facts instead.
    return [];
  }
}

// Nouns of an official named by state and office alone: "the top Iraqi diplomat said".
const OFFICIAL_NOUNS = new Set(['diplomat', 'minister', 'president', 'premier', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'envoy', 'ambassador', 'chancellor']);
const SAID = new Set(['said', 'told', 'added', 'stressed', 'noted']);
/**
 * "…, the top Iraqi diplomat said." with no named person: that official is who a later "he" is
 * (1.29.1). Only an attribution: the demonym and the office noun right before or after "said".
 */
function attributedOfficial(s: AnalysedSentence): CountryMention | undefined {
  const t = s.tokens;
  return s.mentions.find((m) => {
    if (m.kind !== 'demonym' || m.role !== 'actor' || t[m.from - 1]?.lower !== 'the' && !['top', 'senior'].includes(t[m.from - 1]?.lower ?? '')) return false;
    const noun = OFFICIAL_NOUNS.has(t[m.to]?.lower ?? '') ? m.to : OFFICIAL_NOUNS.has(t[m.to + 1]?.lower ?? '') ? m.to + 1 : -1;
    if (noun < 0) return false;
    const lead = t[m.from - 1].lower === 'the' ? m.from - 1 : m.from - 2;
    return (SAID.has(t[noun + 1]?.lower ?? '') && [',', '"', '”'].includes(t[lead - 1]?.text ?? '')) || SAID.has(t[lead - 1]?.lower ?? '');
  });
}

/**
 * A pledge whose sentence named no recipient ("Japan will provide $1.27 billion for the port
 * project") goes to the other party of a loan or aid agreement the donor signs in the article,
 * else to the article's aid recipient; otherwise it is dropped.
 */
function settlePledges(pending: Candidate[], cands: Candidate[], sentences: AnalysedSentence[], aidRecipient: string | null): Candidate[] {
  // A disaster story filed from the stricken country: its dateline's country, when the article
  // also names it beside a disaster word ("ISLAMABAD, Pakistan – … pledged $150 million in aid to
  // the … people left homeless … across northern Pakistan by the worst natural disaster", 1.9).
  if (pending.length === 0) return [];
  const disaster = datelineDisasterCountry(sentences) ?? storyDisasterCountry(sentences);
  aidRecipient ??= disaster;
  const out: Candidate[] = [];
  for (const p of pending) {
    if (p.type !== 'AidPledged') continue;
    const deal = cands.find(
      (c) => c.type === 'AgreementSigned' && c.parties.length === 2 && c.parties.includes(p.donor) && hasAny(sentences[c.sentence], AID_WORDS),
    );
    // (Aid in kind with no recipient named goes only to the article's disaster country, 1.29.9.)
    const recipient = deal && deal.type === 'AgreementSigned' ? deal.parties.find((x) => x !== p.donor)! : p.value ? aidRecipient : disaster;
    if (recipient && recipient !== p.donor) out.push({ ...p, recipient });
  }
  return out;
}

/**
 * "An earthquake struck Haiti on Tuesday. … The Netherlands promised $2.9 million": the one country the
 * article places a disaster in is the recipient of pledges that name none (1.21.14).
 */
function storyDisasterCountry(sentences: AnalysedSentence[]): string | null {
  const found = new Set<string>();
  for (const s of sentences) {
    if (!hasAny(s, DISASTER_WORDS)) continue;
    const c = disasterCountry(s);
    // (Only a disaster of one country: "floods hit Chad and Niger" names no single recipient.)
    if (c && !s.mentions.some((m) => m.iso3 !== c && (m.kind === 'name' || m.kind === 'capital') && m.role !== 'location')) found.add(c);
  }
  return found.size === 1 ? [...found][0] : null;
}

const LIST_ANAPHORA = new Set(['they', 'ministers', 'leaders', 'governments', 'countries', 'nations']);
/** A sentence whose subject is "They" or "The (three, foreign, …) ministers", with no state named before its verb. */
function opensOnList(s: AnalysedSentence): boolean {
  const t = s.tokens;
  let head = 0;
  if (t[0]?.lower === 'the') {
    head = 1;
    while (head < 3 && t[head] && !LIST_ANAPHORA.has(t[head].lower)) head++;
  }
  if (!LIST_ANAPHORA.has(t[head]?.lower ?? '') || (head === 0 && t[0]?.lower !== 'they')) return false;
  return !s.mentions.some((m) => m.from <= head + 1);
}

function datelineDisasterCountry(sentences: AnalysedSentence[]): string | null {
  const first = sentences[0];
  const m = first?.mentions.find((x) => x.role === 'location' && x.from <= 3 && first.tokens.slice(x.to, x.to + 4).some((t) => ['-', '—', '–', ':', '(', '--'].includes(t.text)));
  if (!m) return null;
  const named = sentences.some((s) => hasAny(s, DISASTER_WORDS) && s.mentions.some((x) => x.iso3 === m.iso3 && x.kind !== 'city' && !(s === first && x.from <= 3)));
  return named ? m.iso3 : null;
}

const DAY = 86_400_000;
const keyOf = (cs: readonly string[]) => [...cs].sort().join('-');

/**
 * Dates told once for an event reported twice or more (1.9):
 * - a meeting report with no date of its own, within two sentences after a dated report of a
 *   meeting of the same states, is that meeting ("On Monday, X met Y … A one-on-one meeting took
 *   place between X and Y"), and takes its date;
 * - a visit with no date of its own takes the date of a dated meeting of the visitor and the host
 *   told in the article, when that day lies in the week before the visit's story date (a leg of a
 *   tour: "after visits to Afghanistan and Iran … On Monday, Qureshi met Afghan President …").
 */
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const INSTRUMENTS = new Set(['mous', 'memoranda', 'memorandums', 'agreements', 'accords', 'documents', 'instruments', 'deals', 'pacts']);
/** The number written just before a plural noun of instruments ("Five MOUs", "05 … MoUs"), else null. */
function instrumentCount(s: AnalysedSentence): number | null {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!INSTRUMENTS.has(t[i].lower)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      const w = t[j].lower;
      if (/^\d{1,3}$/.test(w)) return Number(w);
      if (Object.prototype.hasOwnProperty.call(COUNT_WORDS, w)) return COUNT_WORDS[w];
    }
  }
  return null;
}

const SIGN_VERBS = new Set(['signed', 'sign', 'signs', 'inked', 'ink', 'initialled', 'initialed']);
const SCENE_NOUNS = new Set(['ceremony', 'meeting', 'talks', 'visit', 'summit', 'event', 'session', 'occasion', 'signing', 'reception', 'conference']);

const UN_NAME = /\bU\.N\.|\bUN\b|\bUnited Nations\b/;
const MANY_VOTERS = /\b(\d{2,3})(?:\s+(?:countries|nations|members|member states|states|delegations|votes|abstentions)\b|\s*(?:-|–|to)\s*\d{1,3}\b)/g;

/**
 * "a U.N. resolution … supported by 97 countries": a vote at the United Nations that counts more
 * voters than the 47 of the largest council is the General Assembly's, when the article names no
 * body (1.17). Null otherwise: a body named anywhere is read as before.
 */
function impliedAssembly(sentences: AnalysedSentence[]): string | null {
  if (!sentences.some((s) => hasAny(s, VOTE_WORDS) && UN_NAME.test(s.text))) return null;
  if (sentences.some((s) => BODIES.some(([re]) => re.test(s.text)))) return null;
  for (const s of sentences) {
    for (const m of s.text.matchAll(MANY_VOTERS)) if (Number(m[1]) > 47 && Number(m[1]) <= 193) return 'UNGA';
  }
  return null;
}

const SUM_HEADS = new Set(['project', 'grant', 'aid', 'assistance', 'loan', 'agreement', 'package', 'credit', 'donation', 'programme', 'program', 'financing', 'funding']);
const SUM_LEADS = new Set(['amount', 'amounting', 'worth', 'valued', 'totalling', 'totaling', 'totals', 'total']);
/**
 * ("… signed the Exchange of Notes for a Non-Project Grant Aid … This project in the amount of two
 * hundred million Japanese Yen will be used to …", "The grant, amounting to $659 million, …": the sum of
 * an agreement or a pledge told with none is the one the next sentence or the one after gives it, when
 * that sentence opens on the thing itself ("This project", "The grant") and names no other state, 1.26.13.)
 */
function laterSums(cands: Candidate[], sentences: AnalysedSentence[]): void {
  for (const c of cands) {
    if ((c.type !== 'AgreementSigned' && c.type !== 'AidPledged') || c.value) continue;
    const states = new Set(c.type === 'AgreementSigned' ? c.parties : [c.donor, c.recipient]);
    for (let j = c.sentence + 1; j <= c.sentence + 2 && j < sentences.length; j++) {
      const s = sentences[j];
      const t = s.tokens;
      // ("The $200 million grant, $15 million of which …": the sum may stand inside the phrase.)
      const head = t.slice(0, 7).findIndex((x) => SUM_HEADS.has(x.lower));
      const det = head >= 0 ? t.slice(0, head).findIndex((x) => ['this', 'the', 'that'].includes(x.lower)) : -1;
      if (head < 0 || det < 0) continue;
      if (s.mentions.some((m) => m.kind !== 'city' && m.kind !== 'person' && !states.has(m.iso3))) break;
      const inPhrase = (x: { from: number; to: number }) => x.from > det && x.to === head;
      const money = s.money.find((x) => !x.conversion && x.currency !== null && (inPhrase(x) || t.slice(Math.max(0, x.from - 3), x.from).some((y) => SUM_LEADS.has(y.lower))));
      if (!money) continue;
      c.value = { amount: money.amount, currency: money.currency };
      break;
    }
  }
}

function carryDates(cands: Candidate[], sentences: AnalysedSentence[]): void {
  // "X laid a wreath with Y on Friday morning. The two presidents afterwards met at the
  // palace.": an event told as following the one just dated ("then", "afterwards", "after the
  // ceremony"), with no day of its own, is of the day the sentence before names (1.18).
  for (const c of cands) {
    if (c.dateExplicit || (c.type !== 'MeetingHeld' && c.type !== 'AgreementSigned' && c.type !== 'CooperationAgreed') || c.sentence === 0) continue;
    const t = sentences[c.sentence].tokens;
    const follows = t.some((x, i) => x.lower === 'then' || x.lower === 'afterwards' || x.lower === 'thereafter' || ((x.lower === 'after' || x.lower === 'following') && t[i + 1]?.lower === 'the' && SCENE_NOUNS.has(t[i + 2]?.lower ?? '')));
    if (!follows) continue;
    const days = new Set(sentences[c.sentence - 1].dates.filter((d) => d.precision === 'day').map((d) => d.value));
    if (days.size === 1) {
      c.date = [...days][0];
      c.dateExplicit = true;
    }
  }
  const dated = cands.filter((c): c is Extract<Candidate, { type: 'MeetingHeld' }> => c.type === 'MeetingHeld' && c.dateExplicit && c.date !== null);
  for (const c of cands) {
    if (c.type === 'MeetingHeld' && !c.dateExplicit) {
      const k = keyOf(c.participants);
      // ("flew home on Friday after a tour, during which she saw Y. She had landed on Thursday and held
      // private talks with Y": an undated report just before the dated one is that meeting too, 1.18.)
      // (Not one the next sentence tells as an earlier event: "…held talks. It comes after her
      // previous trip in spring, when the two also talked", 1.18.7.)
      const earlier = (d: Candidate) => sentences[d.sentence].tokens.some((x) => x.lower === 'previous' || x.lower === 'prior' || x.lower === 'follow-up');
      const src = dated.filter((d) => d.sentence < c.sentence && c.sentence - d.sentence <= 2 && keyOf(d.participants) === k).pop() ?? dated.find((d) => d.sentence > c.sentence && d.sentence - c.sentence === 1 && keyOf(d.participants) === k && !earlier(d));
      if (src) {
        c.date = src.date;
        c.dateExplicit = true;
      }
    }
  }
  // "Five MOUs signed between the two nations. The two prime ministers presided over an event to sign
  // 05 MoUs yesterday": an undated signing told just before a dated one of the same states is it (1.15).
  // (Only when both tell the same count of instruments: "Five MOUs" … "05 … MoUs".)
  for (const c of cands) {
    if (c.type !== 'AgreementSigned' || c.dateExplicit) continue;
    const k = keyOf(c.parties);
    const n = instrumentCount(sentences[c.sentence]);
    if (n === null) continue;
    const next = cands.find((d) => d.type === 'AgreementSigned' && d.dateExplicit && d.date && d.sentence > c.sentence && d.sentence - c.sentence <= 2 && keyOf(d.parties) === k && instrumentCount(sentences[d.sentence]) === n);
    if (next) {
      c.date = next.date;
      c.dateExplicit = true;
    }
  }
  // "The two ministers said at the signing of the pact that …" after "… signed the pact on May 9,
  // 2016": a signing named only as a noun, with no verb of signing, refers back to the dated signing
  // of the same states told before it (1.17).
  for (const c of cands) {
    if (c.type !== 'AgreementSigned' || c.dateExplicit) continue;
    const t = sentences[c.sentence].tokens;
    if (!t.some((x) => x.lower === 'signing') || t.some((x) => SIGN_VERBS.has(x.lower))) continue;
    const k = keyOf(c.parties);
    const prev = cands.filter((d) => d.type === 'AgreementSigned' && d.dateExplicit && d.date && d.sentence < c.sentence && keyOf(d.parties) === k).pop();
    if (prev) {
      c.date = prev.date;
      c.dateExplicit = true;
    }
  }
  // "At that event, a customs accord was also signed by A and B": a sentence opening on a
  // definite event of the sentence before, with no date of its own, is dated as that event (1.17).
  for (const c of cands) {
    if (c.dateExplicit || c.type === 'VoteAbstained' || c.type === 'VoteCast') continue;
    const t = sentences[c.sentence].tokens;
    if (!(['during', 'at'].includes(t[0]?.lower ?? '') && ['the', 'that', 'this'].includes(t[1]?.lower ?? '') && SCENE_NOUNS.has(t[2]?.lower ?? '') && t[3]?.lower === ',')) continue;
    const before = cands.filter((d) => d.sentence === c.sentence - 1 && d.dateExplicit && d.date);
    const days = new Set(before.map((d) => d.date));
    if (days.size === 1) {
      c.date = before[0].date;
      c.dateExplicit = true;
    }
  }
  for (const c of cands) {
    if (c.type !== 'VisitMade' || c.dateExplicit || !c.date || c.date.length !== 10) continue;
    const at = Date.parse(`${c.date}T00:00:00Z`);
    const legs = dated
      .filter((d) => d.participants.includes(c.visitor) && d.participants.includes(c.host) && d.date!.length === 10)
      .map((d) => d.date!)
      .filter((d) => at - Date.parse(`${d}T00:00:00Z`) >= 0 && at - Date.parse(`${d}T00:00:00Z`) <= 7 * DAY)
      .sort();
    if (legs.length > 0) c.date = legs[0];
  }
}

/**
 * "On their arrival on Sunday evening, X was received by Y": the day of an arrival told after the
 * article's one visit, a few days before the day that visit took from its report, is when the visit
 * began (1.10). Only with a possessive pronoun before "arrival" and one visit in that window.
 */
function arrivalDates(cands: Candidate[], sentences: AnalysedSentence[]): void {
  const visits = cands.filter((c): c is Extract<Candidate, { type: 'VisitMade' }> => c.type === 'VisitMade');
  if (visits.length === 0) return;
  for (const s of sentences) {
    if (!s.words.has('arrival')) continue;
    // ("was met on arrival by the Vice President at the airport on Tuesday": "on arrival", its day later in the clause, 1.13.)
    const k = s.tokens.findIndex((x, i) => x.lower === 'arrival' && ['his', 'her', 'their', 'on', 'upon'].includes(s.tokens[i - 1]?.lower ?? ''));
    if (k < 0 || isIrrealis(s, k) || s.tokens.slice(k).some((x) => ['will', 'would', 'shall', 'expected', 'scheduled'].includes(x.lower))) continue;
    const bare = ['on', 'upon'].includes(s.tokens[k - 1].lower);
    const stop = bare ? s.tokens.findIndex((x, i) => i > k && (x.lower === ';' || x.lower === '.' || x.lower === 'and')) : -1;
    const d = s.dates.find((x) => x.from > k && (bare ? stop < 0 || x.from < stop : x.from <= k + 3) && x.value.length === 10);
    if (!d) continue;
    const at = Date.parse(`${d.value}T00:00:00Z`);
    const fits = visits.filter((v) => {
      if (!v.date || v.date.length !== 10 || v.sentence > s.index || (v.sentence === s.index && !bare)) return false;
      const gap = Date.parse(`${v.date}T00:00:00Z`) - at;
      return gap > 0 && gap <= 7 * DAY;
    });
    if (fits.length === 1) {
      fits[0].date = d.value;
      fits[0].dateExplicit = true;
    }
    return;
  }
}

const SPAN_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };
const CONCLUDED = new Set(['concluded', 'ended', 'wrapped', 'completed']);

/**
 * "whose two-day official visit to the country concluded yesterday": an N-day visit that ended on
 * the day written began N - 1 days before it; a visit is dated by its first day (1.15).
 */
function visitSpanStart(cands: Candidate[], sentences: AnalysedSentence[]): void {
  for (const c of cands) {
    if (c.type !== 'VisitMade' || !c.dateExplicit || !c.date || c.date.length !== 10) continue;
    const s = sentences[c.sentence];
    if (!hasAny(s, CONCLUDED)) continue;
    const t = s.tokens;
    const v = t.findIndex((x, i) => ['visit', 'trip', 'tour'].includes(x.lower) && t[i - 1] && t.slice(Math.max(0, i - 4), i).some((y, j, a) => y.lower === 'day' && a[j - 1]?.lower === '-' && Object.prototype.hasOwnProperty.call(SPAN_WORDS, a[j - 2]?.lower ?? '')));
    if (v < 0) continue;
    const end = t.findIndex((x, i) => i > v && i <= v + 10 && CONCLUDED.has(x.lower));
    const day = end > 0 ? s.dates.find((d) => d.from > end && d.from <= end + 3 && d.value === c.date) : undefined;
    if (!day) continue;
    const span = t.slice(Math.max(0, v - 4), v).findIndex((y) => y.lower === 'day');
    const n = SPAN_WORDS[t[Math.max(0, v - 4) + span - 2].lower];
    c.date = new Date(Date.parse(`${c.date}T00:00:00Z`) - (n - 1) * DAY).toISOString().slice(0, 10);
  }
}

const HOST_WORDS = new Set(['host', 'hosted', 'hosts', 'presided', 'chaired', 'chairs', 'chair']);

/**
 * "X debuted as host of the Asean Summit in Manila … Asean leaders at the Summit were A, B and C":
 * the member hosting a bloc's summit takes part in it (1.15). The host's state is his own, else
 * the state of the capital the summit was held in; only with one multilateral summit in the article.
 */
function summitHost(cands: Candidate[], sentences: AnalysedSentence[]): void {
  const summits = cands.filter((c): c is Extract<Candidate, { type: 'MeetingHeld' }> => c.type === 'MeetingHeld' && c.participants.length >= 3 && sentences[c.sentence].words.has('summit'));
  if (summits.length !== 1) return;
  const summit = summits[0];
  for (const s of sentences) {
    if (!s.words.has('summit') || !hasAny(s, HOST_WORDS)) continue;
    const t = s.tokens;
    const k = t.findIndex((x, i) => HOST_WORDS.has(x.lower) && t.slice(i + 1, i + 14).some((y) => y.lower === 'summit'));
    if (k < 0 || isIrrealis(s, k) || t.slice(0, k).some((x) => ['will', 'would', 'to'].includes(x.lower))) continue;
    // "as host of": the noun needs its "of"; the verbs take the summit as object.
    if (t[k].lower === 'host' && t[k + 1]?.lower !== 'of') continue;
    const person = s.mentions.find((m) => m.kind === 'person' && m.to <= k);
    const at = t.findIndex((x, i) => i > k && x.lower === 'summit');
    const place = s.mentions.find((m) => m.from > at && m.from <= at + 3 && m.role === 'location' && (m.kind === 'capital' || m.kind === 'city') && t[m.from - 1]?.lower === 'in');
    const host = person?.iso3 ?? (!s.mentions.some((m) => m.kind === 'person') ? place?.iso3 : undefined);
    if (host && !summit.participants.includes(host)) summit.participants = [host, ...summit.participants];
    return;
  }
}

/**
 * A fact dated after the article was published has not happened: "confirmed Lula's trip to Buenos
 * Aires on January 23" in a story of 3 January is a plan (1.13). Compared at the date's own precision.
 */
function afterPublication(c: Candidate, published: Date | null): boolean {
  if (!published || !c.dateExplicit || !c.date || Number.isNaN(published.getTime())) return false;
  const pub = published.toISOString().slice(0, 10);
  return c.date > pub.slice(0, c.date.length);
}

function run(input: ArticleInput): FactDraft[] {
  const a = analyse(input);
  const ctx = initialContext(a);
  // The participants of the last multilateral meeting told, and its sentence.
  let gathering: { participants: string[]; sentence: number } | null = null;
  // (Read only when a sentence names the United Nations: the check scans the article once.)
  if (a.sentences.some((s) => s.words.has('u.n') || s.words.has('un') || s.words.has('nations'))) ctx.vote.body = impliedAssembly(a.sentences);
  // ("A vetoed the draft, while B and C abstained. … diplomats at the Security Council said …": an
  // article that names one voting body, wherever, speaks of a vote there from its first sentence, 1.18.8.)
  // ("The United States has cast its vote against a United Nations resolution … passing the UN
  // General Assembly … In a contrasting development, the UN Security Council …": of several, the
  // body of the first sentence that names one, alone, is the story's, 1.22.0.)
  if (!ctx.vote.body) {
    // (An article naming one body names it alone in its first such sentence too.)
    const first = a.sentences.map((s) => (hasAny(s, VOTE_WORDS) ? new Set(BODIES.filter(([re]) => re.test(s.text)).map(([, b]) => b)) : null)).find((b) => b && b.size > 0);
    if (first?.size === 1) ctx.vote.body = [...first][0];
  }
  const cands: Candidate[] = [];
  let prev = null;
  // Name parts (three letters or more) of the officials the article gives no state (1.11).
  const stateless = a.officials.filter((o) => !o.country).map((o) => o.name.toLowerCase().split(/\s+/).filter((p) => p.length >= 3 && /^\p{L}+$/u.test(p)));
  // The states named so far: with no pair told yet, "both countries" / "the two sides" are the two
  // states of the discourse when it has named exactly two (1.12).
  // (A dateline's state counts too: "Asmara — President Isaias … met President Al-Sisi of Egypt in
  // Cairo. The two leaders …" is filed from one party's capital, 1.26.12.)
  const named = new Set<string>();
  for (const s of a.sentences) {
    const before = named.size;
    for (const m of s.mentions) if (m.kind !== 'city') named.add(m.iso3);
    if (ctx.pairs.length === 0 && (named.size !== before || s.index === 0)) ctx.pair = named.size === 2 ? [...named].sort() : null;
    updateVoteContext(s, ctx);
    ctx.aidRecipient ??= aidRecipientIn(s);
    ctx.aidDonor ??= aidDonorIn(s);
    // A disaster struck the recipient: material aid sent in the article goes to it (1.8).
    // ("pledged to assist the Philippines after a powerful earthquake struck Abra province": the
    // recipient named beside the disaster, 1.25.9.)
    if (ctx.aidRecipient && !ctx.disasterRecipient && hasAny(s, DISASTER_WORDS)) ctx.disasterRecipient = disasterCountry(s) === ctx.aidRecipient || aidRecipientIn(s) === ctx.aidRecipient;
    const meetings = detectMeetings(s, ctx);
    const found = [
      ...meetings,
      ...detectCredentials(s, ctx),
      ...detectAgreements(s, ctx),
      ...detectAid(s, ctx),
      ...detectAppeals(s, ctx),
      ...detectCooperation(s, ctx),
      ...detectUpgrades(s, ctx),
      ...detectJointPlans(s, ctx),
      ...detectVisits(s, ctx),
      ...detectVotes(s, ctx, prev),
    ];
    found.push(...instrumentList(s, ctx, found, cands));
    // ("Egypt and Jordan signed peace treaties with Israel decades ago": an event told as long past,
    // with no date of its own, is undated, not the story's day, 1.30.7.)
    if (s.words.has('ago') && s.tokens.some((x, i) => x.lower === 'ago' && VAGUE_SPANS.has(s.tokens[i - 1]?.lower ?? '') && !/^\d|^(a|an|two|three|four|five|six|seven|eight|nine|ten|few)$/.test(s.tokens[i - 2]?.lower ?? ''))) {
      for (const f of found) if (!f.dateExplicit) f.date = null;
    }
    for (const f of found) {
      if (f.type === 'AidPledged') {
        ctx.aidRecipient ??= f.recipient;
        ctx.aidDonor ??= f.donor;
      }
      // "Fernandez visited Brazil … Following their meeting": a visit sets the pair too.
      if (f.type === 'VisitMade') {
        setPair(ctx, [f.visitor, f.host]);
        ctx.visitHosts.set(f.visitor, f.host);
      }
      if (f.type === 'MeetingHeld' && f.participants.length === 2) ctx.metPairs.add([...f.participants].sort().join('-'));
      if (f.type === 'MeetingHeld' && f.location?.country) ctx.location = f.location;
      if (f.type === 'MeetingHeld' && f.participants.length >= 3) {
        ctx.group = f.participants;
        gathering = { participants: f.participants, sentence: s.index };
      }
      if ((f.type === 'MeetingHeld' || f.type === 'AgreementSigned' || f.type === 'CooperationAgreed') && (f.type === 'MeetingHeld' ? f.participants : f.parties).length === 2) {
        setPair(ctx, f.type === 'MeetingHeld' ? f.participants : f.parties);
      }
    }
    // ("Lula and Petro urged Venezuela … The two leaders agreed to keep working together": two states
    // that appeal together are the pair "the two" refers to next, 1.30.24.)
    const joint = [...new Set(found.flatMap((f) => (f.type === 'AppealMade' ? [f.from] : [])))];
    if (joint.length === 2 && !found.some((f) => f.type === 'MeetingHeld' || f.type === 'AgreementSigned' || f.type === 'CooperationAgreed')) setPair(ctx, joint);
    // ("The summit was attended by the leaders of A, B and C. Saudi Arabia was represented by its
    // foreign minister": a state represented at the gathering just told takes part in it, 1.30.37.)
    if (gathering && s.index - gathering.sentence <= 2 && s.words.has('represented')) {
      for (const st of representedStates(s)) if (!gathering.participants.includes(st)) gathering.participants.push(st);
    }
    const between = s.words.has('between') ? s.tokens.findIndex((t) => t.lower === 'between') : -1;
    if (between >= 0) {
      const ms = s.mentions.filter((m) => m.from > between && m.from < between + 6 && m.role === 'actor');
      const pair = [...new Set(ms.map((m) => m.iso3))];
      // ("closer ties between the Philippines and China" in a story of Japan and the Philippines: a
      // pair told by a fact stays the referent of "the two governments", 1.13.)
      if (pair.length === 2 && ctx.pairs.length === 0) setPair(ctx, pair);
    }
    // (A level of trade aimed at is no sum a later "the agreement" can point back to, 1.30.28.)
    const money = s.money.find((m) => !m.conversion && !isTarget(s.tokens, m.from));
    if (money) ctx.lastMoney = { amount: money.amount, currency: money.currency, sentence: s.index };
    // "The Russian Foreign Ministry …": the government a later "the ministry" stands for.
    if (s.words.has('ministry') || s.words.has('government')) {
      for (const m of s.mentions) {
        if (m.role !== 'actor' || m.kind === 'person') continue;
        for (let i = m.to; i < m.to + 3 && i < s.tokens.length; i++) {
          if (s.tokens[i].lower === 'ministry' || s.tokens[i].lower === 'government') ctx.lastGovernment = m.iso3;
        }
      }
    }
    const people = s.mentions.filter((m) => m.kind === 'person');
    const person = people[people.length - 1] ?? attributedOfficial(s);
    if (person) {
      ctx.lastPerson = person;
      ctx.lastPeople = people;
    } else if (stateless.some((parts) => parts.some((p) => s.words.has(p)))) {
      // "Abiy took the chance to …" with Abiy of no known state: a later "he" is no longer the
      // official last named with a state (1.11).
      ctx.lastPerson = null;
      ctx.lastPeople = [];
    }
    const list = actorListIn(s);
    if (list) ctx.actorList = { states: list, sentence: s.index };
    // ("They reaffirmed …", "The ministers also voiced …": a sentence that opens on the list's
    // plural keeps it current for the sentences after it, 1.27.2.)
    else if (ctx.actorList && s.index - ctx.actorList.sentence <= 3 && opensOnList(s)) ctx.actorList = { ...ctx.actorList, sentence: s.index };
    cands.push(...found);
    prev = s;
  }
  cands.push(...settlePledges(ctx.pendingPledges, cands, a.sentences, ctx.aidRecipient));
  // What the headline asserts and the body confirms but did not itself tell (1.16).
  cands.push(...headlineFacts(input.title ?? '', input.publishedAt, ctx.storyDate, a.sentences, cands));
  carryDates(cands, a.sentences);
  laterSums(cands, a.sentences);
  arrivalDates(cands, a.sentences);
  summitHost(cands, a.sentences);
  visitSpanStart(cands, a.sentences);
  // What the article says about its vote later ("The vote was 10-1") completes the earlier reports.
  for (const c of cands) {
    if (c.type !== 'VoteAbstained' && c.type !== 'VoteCast') continue;
    // (A vote of its own takes none of the article's tally or text, only its body's size.)
    c.tally = c.ownVote ? { ...c.tally } : { ...ctx.vote.tally, ...Object.fromEntries(Object.entries(c.tally ?? {}).filter(([, v]) => v != null)) };
    const size = ctx.vote.sizes?.get(c.body);
    if (size !== undefined && c.tally.total == null) c.tally.total = size;
    if (c.ownVote) continue;
    if (!c.concerning?.length) c.concerning = ctx.vote.concerning.filter((x) => x !== c.country || ctx.vote.concerning.length > 1);
    c.resolution = { symbol: c.resolution?.symbol ?? ctx.vote.symbol ?? null, subject: c.resolution?.subject ?? ctx.vote.subject };
    // A vote dated only by the story takes the vote's own date when the article gives it later.
    if (!c.dateExplicit && ctx.vote.date && ctx.vote.date.length >= (c.date?.length ?? 0)) {
      c.date = ctx.vote.date;
      c.dateExplicit = true;
    }
  }
  // (An undated fact carries the month of publication; for merging it still stands for the story's
  // own day, as it did before 1.19, so it is not taken for a dated event of another day that month.)
  const pubDay = a.published && !Number.isNaN(a.published.getTime()) ? a.published.toISOString().slice(0, 10) : null;
  const undated = pubDay && ctx.storyDate === pubDay.slice(0, 7) ? { month: ctx.storyDate, day: pubDay } : null;
  return assemble(sharedSums(cands.filter((c) => !afterPublication(c, a.published)), a.sentences), a.sentences, EXTRACTOR, undated);
}

/**
 * "$533 million in humanitarian aid for Nigeria, Somalia, South Sudan and Yemen": one sum pledged in one
 * sentence to several recipients is no recipient's amount: each pledge has no value, unless the
 * sentence says each got it ("$10 million each", 1.21.13).
 */
function sharedSums(cands: Candidate[], sentences: AnalysedSentence[]): Candidate[] {
  const key = (c: Candidate) => (c.type === 'AidPledged' && c.value ? `${c.sentence}|${c.donor}|${c.value.amount}|${c.value.currency}` : null);
  const recipients = new Map<string, Set<string>>();
  for (const c of cands) {
    const k = key(c);
    if (k && c.type === 'AidPledged') recipients.set(k, (recipients.get(k) ?? new Set()).add(c.recipient));
  }
  return cands.map((c) => {
    const k = key(c);
    if (!k || c.type !== 'AidPledged' || (recipients.get(k)?.size ?? 0) < 2 || sentences[c.sentence]?.words.has('each')) return c;
    return { ...c, value: null };
  });
}

/** States named as represented: "Saudi Arabia was represented by its foreign minister", "Oman was also represented". */
function representedStates(s: AnalysedSentence): string[] {
  const t = s.tokens;
  const out: string[] = [];
  for (const m of s.mentions) {
    if (m.role !== 'actor' || (m.kind !== 'name' && m.kind !== 'capital')) continue;
    let i = m.to;
    if (t[i]?.lower !== 'was' && t[i]?.lower !== 'were') continue;
    i++;
    if (t[i]?.lower === 'also') i++;
    if (t[i]?.lower === 'represented') out.push(m.iso3);
  }
  return out;
}
