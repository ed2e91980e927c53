/** MeetingHeld: "X met Y", "held talks with", "in a meeting in Ulaanbaatar, X told Y…". */
import type { Location, Person } from '../../../domain/src/facts/fact.types';
import type { AnalysedSentence, CountryMention } from '../analysis';
import { clauseEnd, clauseStart, dateNear, distinct, frontedIrrealis, hasAny, inOtherRelative, isHedged, isIrrealis, isSportContext, judgedEvent } from '../clause';
import type { Context } from '../context';
import { actorListIn, groupFor, pairFor } from '../context';
import type { Candidate } from './candidate';
import { invitedTo, isDestination } from './visit';
import { placeText } from '../text/span-text';
import { ANAPHORA, FUNCTION_WORDS, GOVERNMENT_NOUNS, TITLE_WORDS } from '../text/words';
import { topicLeadBefore } from './visit';

const NOUNS = new Set(['meeting', 'meetings', 'talks', 'summit', 'negotiations', 'consultations', 'consultation', 'dialogue', 'bilateral', 'bilaterals', 'discussion', 'discussions', 'breakfast', 'lunch', 'luncheon', 'dinner']);
// Meals are meetings only as "a working lunch", "held / hosted / had a dinner".
const MEALS = new Set(['breakfast', 'lunch', 'luncheon', 'dinner']);
const HELD_ONLY = new Set(['dialogue', 'consultation']);
const PLURAL_MEETINGS = new Set(['meetings', 'bilaterals', 'discussions', 'consultations']);
// Who holds the meetings, before the noun: "he had bilateral meetings with …" names a subject.
const HOLDERS = new Set(['he', 'she', 'they', 'we', 'i', 'had', 'has', 'have', 'held', 'holds', 'hold']);
// ("Modi interacted with a number of heads of state, including …": an interaction in person, 1.24.15.)
const VERBS = new Set(['met', 'meets', 'meeting', 'hosted', 'hosts', 'received', 'receives', 'welcomed', 'welcomes', 'interacted']);
// A session of an organisation is not a meeting between the countries that speak at it.
const BODIES = new Set(['council', 'assembly', 'un', 'nato', 'eu', 'g7', 'g20', 'asean', 'sco', 'brics', 'opec', 'cabinet', 'parliament', 'board', 'committee', 'commission', 'wto', 'who', 'imf', 'davos', 'apec', 'forum']);
/** A body's name: "UN" only in capitals ("Kim Jong Un held talks" names no body, 1.27.4). */
const isBody = (x: { text: string; lower: string } | undefined): boolean => !!x && BODIES.has(x.lower) && (x.lower !== 'un' || x.text === 'UN');
// "The ministers of A, B and C gathered / convened in Lima": a meeting of the subjects only.
const GATHER = new Set(['gathered', 'convened', 'assembled']);
const TRIGGERS = new Set([...NOUNS, ...VERBS, ...GATHER, 'call', 'calls', 'called', 'talk', 'exchange', 'talking', 'conference', 'briefing', 'reception', 'welcome']);
// "held a reception for visiting President X": a reception given for a guest is receiving him (1.29.0).
const GAVE = new Set(['held', 'holds', 'hosted', 'hosts', 'gave', 'gives', 'accorded', 'offered', 'extended']);
/**
 * "held a reception for visiting President X", "offered a red-carpet welcome for Prime Minister X"
 * (1.30.4): the index of the article ("a") before the noun at k, over up to four words that modify
 * it, when a verb of giving comes before the article; else -1.
 */
function givenFor(t: AnalysedSentence['tokens'], k: number): number {
  let a = k - 1;
  while (a > 0 && k - a <= 4 && (/^\p{Ll}+$/u.test(t[a].text) || t[a].text === '-') && t[a].lower !== 'a' && t[a].lower !== 'an') a--;
  return (t[a]?.lower === 'a' || t[a]?.lower === 'an') && GAVE.has(t[a - 1]?.lower ?? '') ? a : -1;
}
const PRESS = new Set(['press', 'news', 'media']);
const FUTURE_AUX = new Set(['will', 'would', 'shall']);
const DEFINITE = new Set(['the', 'this', 'that']);
const TALKED_ABOUT = new Set(['discussed', 'discuss', 'discussing', 'considered', 'considering', 'proposed', 'proposing', 'suggested', 'suggesting', 'explored', 'about', 'on', 'mulled']);
const TOLD_HELD = new Set(['held', 'took', 'began', 'ended', 'concluded', 'started', 'opened']);
// Who gathers for a meeting of states: its officials, not its citizens or troops.
const GATHERERS = new Set(['leaders', 'presidents', 'ministers', 'heads', 'officials', 'delegations', 'diplomats', 'envoys', 'representatives', 'negotiators', 'premiers', 'counterparts', 'delegates', 'chiefs']);
const GROUP_SIZE: Record<string, number> = { trilateral: 3, tripartite: 3, 'three-way': 3, quadrilateral: 4 };
const MULTILATERAL = new Set(['trilateral', 'tripartite', 'three-way', 'quadrilateral', 'multilateral', 'joint', 'together', 'among', 'summit', 'conference', 'plenary', 'round', 'six-party', 'four-party', 'all', 'group', 'collectively']);
const SIDELINES = new Set(['sidelines', 'margins', 'margin', 'sideline']);
const MEAL_LEAD = new Set(['working', 'held', 'hosted', 'had', 'gave', 'offered']);
// Remote contact is not a meeting (ANNOTATION.md: phone calls are not meetings).
const REMOTE = new Set(['phone', 'telephone', 'phoned', 'video', 'videoconference', 'teleconference', 'virtual', 'online', 'letter']);
// "to hold talks", "to resume negotiations": an infinitive before the noun is a plan.
// ("asked to observe the summit": an observer's purpose, 1.11.)
const PLANNED_VERBS = new Set(['hold', 'have', 'resume', 'start', 'begin', 'open', 'launch', 'host', 'attend', 'join', 'convene', 'observe']);

export function cityText(s: AnalysedSentence, m: CountryMention): string {
  return placeText(s, m.from, m.to);
}

/** The place of the event at token k: "met in Tokyo", "In a meeting in Ulaanbaatar", "talks held … in Tokyo". */
const TRAVEL_VERBS = new Set(['travelled', 'traveled', 'went', 'flew', 'headed', 'journeyed', 'toured', 'visited', 'stay']);

/** The states a subject travelled to before token k: "travelled to Jordan and Egypt and held talks". */
function destinations(s: AnalysedSentence, from: number, k: number): CountryMention[] {
  const t = s.tokens;
  const v = t.findIndex((x, i) => i >= from && i < k && TRAVEL_VERBS.has(x.lower));
  if (v < 0) return [];
  // ("his stay in Guinea, Ghana and Togo": a stay's places too, 1.11.)
  let i = t[v + 1]?.lower === 'to' || (t[v].lower === 'stay' && t[v + 1]?.lower === 'in') ? v + 2 : v + 1;
  const out: CountryMention[] = [];
  for (;;) {
    const m = s.mentions.find((x) => x.from === i && x.kind !== 'person' && x.kind !== 'demonym');
    if (!m || m.to > k) break;
    out.push(m);
    i = m.to;
    // "visited Guinea Conakry and …": a capital right after its country continues the place (1.11).
    const cont = s.mentions.find((x) => x.from === i && x.iso3 === m.iso3 && x.kind === 'capital');
    if (cont && cont.to <= k) {
      out.push(cont);
      i = cont.to;
    }
    if (t[i]?.lower === ',' || (t[i]?.lower === 'and' && s.mentions.some((x) => x.from === i + 1))) i++;
    else break;
    // (", and South Africa": a serial comma, 1.11.)
    if (t[i - 1]?.lower === ',' && t[i]?.lower === 'and' && s.mentions.some((x) => x.from === i + 1)) i++;
  }
  return out;
}


export function locationIn(s: AnalysedSentence, k: number): Location | null {
  // Distance in words, a named person or state counting as one ("met Syrian President Bashar al-Assad
  // in Riyadh": the place is four words after "met", not eight tokens, 1.30.11).
  const words = (a: number, b: number) => {
    let n = b - a;
    for (const x of s.mentions) if (x.from >= a && x.to <= b) n -= x.to - x.from - 1;
    return n;
  };
  const near = (x: CountryMention) => {
    const [a, b] = x.from > k ? [k, x.from] : [x.to, k];
    if (words(a, b) > 7) return false;
    // ("met in Goa, India": the comma of a place and its country, 1.30.17.)
    return !s.tokens.slice(a, b).some((t, i) => (t.lower === ',' && !(x.kind === 'name' && a + i === x.from - 1)) || t.lower === ';') || x.from < k;
  };
  const m = s.mentions.find((x) => x.role === 'location' && x.kind !== 'person' && (x.from > k ? words(k, x.from) : words(x.from, k)) <= 8 && near(x));
  if (!m) return null;
  if (m.kind === 'capital' || m.kind === 'city') return { city: cityText(s, m), country: m.iso3 };
  // "in the Mongolian capital"
  if (m.kind === 'name' || s.tokens[m.to]?.lower === 'capital') return { city: null, country: m.iso3 };
  return null;
}

export function peopleIn(ms: CountryMention[]): Person[] {
  const out: Person[] = [];
  for (const m of ms) {
    if (m.person && !out.some((p) => p.name === m.person!.name)) out.push({ name: m.person.name, role: m.person.role, country: m.iso3 });
  }
  return out;
}

// Words that may stand between "received" and its guest: "received visiting Lao President X".
const GUEST_LEAD = new Set(['the', 'a', 'his', 'her', 'their', 'visiting', 'of', 'to', 'and', ',', 'from', 'senior', 'three', 'two', 'several', 'high', '-', 'level', 'high-level', 'delegation', 'delegations', 'ministerial', 'official', 'republic', 'led', 'headed', 'by']);

/** "received / hosted / welcomed" + a state or an official, not "welcomed the proposal". */
function receivesSomeone(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  // Passive: "was received on Monday by Nigerian President Goodluck Jonathan".
  if (['was', 'were', 'been', 'being'].includes(t[k - 1]?.lower ?? '')) {
    const by = t.slice(k + 1, k + 7).findIndex((x) => x.lower === 'by');
    if (by >= 0) return receivesSomeone(s, k + 1 + by);
  }
  // ("received in separate meetings the Ambassadors of A, B and C", "received separately …": the
  // guests follow the phrase that says they were met one by one.)
  let first = k + 1;
  if (t[first]?.lower === 'separately') first++;
  else if (t[first]?.lower === 'in' && t[first + 1]?.lower === 'separate' && t[first + 2]?.lower === 'meetings') {
    first += 3;
    // (", today, Monday, the Ambassadors of …": a date set off after the phrase.)
    while (first < t.length && first < k + 12 && (t[first].lower === ',' || t[first].lower === 'today' || t[first].lower === 'yesterday' || s.dates.some((d) => first >= d.from && first < d.to))) first++;
  }
  for (let i = first; i < Math.min(t.length, first + 9); i++) {
    // ("welcomed President X's ongoing support for Ukraine": what a possessor gave is welcomed, not him, 1.25.23.)
    const m = s.mentions.find((x) => x.from === i && x.role === 'actor');
    if (m) return !(['welcomed', 'welcomes', 'hailed'].includes(t[k].lower) && possessedPhrase(t, i));
    if (!(GUEST_LEAD.has(t[i].lower) || TITLE_WORDS.has(t[i].lower) || GOVERNMENT_NOUNS.has(t[i].lower) || t[i].cap)) return false;
  }
  return false;
}

/** The noun phrase from token i ends in a possessive: "Polish President Jan Nowak's (support)". */
function possessedPhrase(t: AnalysedSentence['tokens'], i: number): boolean {
  for (let j = i; j < i + 7 && j < t.length; j++) {
    if (t[j].lower === "'s") return true;
    if (!t[j].cap) return false;
  }
  return false;
}

const NOT_HAPPENING = new Set(['stalled', 'resumption', 'resume', 'resuming', 'return', 'returning', 'collapsed', 'deadlocked', 'suspended', 'frozen', 'revive', 'reviving', 'restart', 'restarting', 'rejoin', 'useless', 'boycott', 'boycotted']);
/** A word within the noun phrase before the trigger saying the talks are not taking place. */
function notHappening(s: AnalysedSentence, k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 10; i--) {
    const w = s.tokens[i].lower;
    if (w === ',' || w === ';' || w === ':') break;
    if (NOT_HAPPENING.has(w)) return true;
  }
  // ("it comes with indirect talks between Tehran and Washington … stalled since March": talks
  // after "with" that the clause then calls stalled, 1.30.58.)
  if (s.tokens.slice(Math.max(0, k - 3), k).some((x) => x.lower === 'with')) {
    for (let i = k + 1; i < s.tokens.length && i <= k + 16; i++) {
      const w = s.tokens[i].lower;
      if (w === ',' || w === ';' || w === ':' || w === '.') break;
      if (NOT_HAPPENING.has(w) && /ed$/.test(w)) return true;
    }
  }
  return false;
}

// Organs that meet in session: "the 35-nation board's quarterly meeting" is the organ's sitting.
const ORGANS = new Set(['board', 'council', 'assembly', 'committee', 'commission', 'parliament', "board's"]);
/** The noun at k is a lower-case organ's own session: "at the board's quarterly meeting" (1.30.58). */
function organSession(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  for (let i = k - 1; i >= 0 && i >= k - 3; i--) if (t[i].lower === "'s" && ORGANS.has(t[i - 1]?.lower ?? '') && !t[i - 1].cap) return true;
  return false;
}

const SPEAKING = new Set(['speaking', 'addressing', 'talking', 'writing']);
const MEDIATING = new Set(['mediating', 'mediate', 'mediated', 'mediation', 'mediator', 'brokering', 'broker', 'reconciliation', 'peace']);
/**
 * The mention is one of the sides of "mediating between Moscow and Kyiv", "peace between A and B":
 * whom someone mediates between, not a party of the meeting that tells it (1.30.62).
 */
function mediatedBetween(s: AnalysedSentence, m: CountryMention): boolean {
  const t = s.tokens;
  let i = m.from - 1;
  while (i > 0 && m.from - i <= 12 && t[i].lower !== 'between') i--;
  if (t[i]?.lower !== 'between' || !MEDIATING.has(t[i - 1]?.lower ?? '')) return false;
  // Only names, "and", commas and "the" between "between" and the mention.
  return t.slice(i + 1, m.from).every((x, j) => x.lower === 'and' || x.lower === ',' || x.lower === 'the' || s.mentions.some((y) => y.from <= i + 1 + j && i + 1 + j < y.to));
}

/** The capitalised run before the noun at k names a body ("… Forum Foreign Ministers Meeting"). */
function namedSessionOfBody(s: AnalysedSentence, k: number): boolean {
  // ("the APEC Economic Leaders' Meeting": a possessive apostrophe stays inside the name.)
  for (let i = k - 1; i >= 0 && i >= k - 8 && (s.tokens[i].cap || s.tokens[i].lower === "'" || s.tokens[i].lower === "'s"); i--) if (isBody(s.tokens[i])) return true;
  return false;
}

/** Every mention sits in one "his / her A and B counterparts" phrase after the trigger. */
function onlyCounterparts(s: AnalysedSentence, ms: CountryMention[], k: number): boolean {
  const t = s.tokens;
  const first = Math.min(...ms.map((m) => m.from));
  const last = Math.max(...ms.map((m) => m.to));
  if (first <= k || !['his', 'her'].includes(t[first - 1]?.lower ?? '') || t[last]?.lower !== 'counterparts') return false;
  return t.slice(first, last).every((x, i) => ms.some((m) => first + i >= m.from && first + i < m.to) || x.lower === 'and' || x.lower === ',');
}

/** A body's name in the run of capitalised words (and possessive marks) just before token k. */
function bodyRunBefore(t: AnalysedSentence['tokens'], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 6 && (t[i].cap || t[i].text === "'" || /^\d/.test(t[i].text)); i--) if (isBody(t[i])) return true;
  return false;
}

const ARRIVED = new Set(['arrived', 'landed']);
const LANDED = new Set([...ARRIVED, 'alighted', 'disembarked', 'deplaned']);
const ARRIVAL_LEADS = new Set(['as', 'when', 'after', 'once']);
const SUBJECT_ADVERBS = new Set(['earlier', 'also', 'then', 'jointly', 'together', 'later', 'today', 'yesterday', 'have', 'had', 'has']);
const PRIVATE_PEOPLE = new Set(['nationals', 'citizens', 'students', 'community', 'diaspora', 'residents', 'people', 'workers', 'journalists', 'reporters', 'members', 'expatriates', 'businessmen', 'children', 'youth']);
const BACKGROUND = new Set(['amid', 'amidst']);
const ARRANGING = new Set(['preparation', 'preparations', 'organization', 'organisation', 'organizations', 'organisations', 'organizing', 'organising', 'preparing', 'arranging', 'arrangement', 'planning', 'scheduling']);
const DETERMINERS = new Set(['the', 'a', 'this', 'that', 'last', 'next']);

const TOPIC_LEADS = new Set(['regarding', 'concerning', 'regard', 'respect', 'about']);
const ISSUE_NOUNS = new Set(['issues', 'topics', 'subjects', 'matters', 'questions']);
const ISSUE_VERBS = new Set(['discussed', 'raised', 'covered', 'addressed', 'reviewed']);
const LISTING = new Set(['were', 'was', 'are', 'is', 'included', 'include', 'includes']);
/**
 * The noun at k inside "with regard to / regarding / about the … negotiations" (no comma between),
 * or in the list of "Among the issues discussed were …" / "The topics raised included …" (1.25.4).
 */
function topicPhrase(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  const issues = t.findIndex((x, i) => i < k && ISSUE_NOUNS.has(x.lower) && ISSUE_VERBS.has(t[i + 1]?.lower ?? ''));
  if (issues >= 0 && t.slice(issues + 2, k).some((x) => LISTING.has(x.lower))) return true;
  for (let i = k - 1; i >= 0 && i >= k - 12; i--) {
    const w = s.tokens[i].lower;
    if (w === ',' || w === ';' || w === ':') return false;
    if (TOPIC_LEADS.has(w)) return true;
  }
  return false;
}

const REPORT_VERBS = new Set(['said', 'says', 'told', 'tells', 'reported', 'stated', 'announced', 'noted', 'declared', 'warned', 'added', 'stressed']);

/**
 * "During the summit in Minsk, X reported that …", "At the meeting the minister said …": a meeting
 * noun after "during / at the" whose phrase names no state met with ("with" or "between" and a state),
 * in a clause whose verb is one of saying.
 */
function settingOfStatement(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  // ("Speaking after the eighth meeting of the Ukraine Defense Contact Group, Germany's Defence
  // Minister said …": a fronted participle of speech sets the statement after a gathering, 1.30.65.)
  if (SPEAKING.has(t[0]?.lower ?? '') && k <= 8 && t.slice(1, k).some((x) => x.lower === 'the') && t.slice(k + 1).some((x) => REPORT_VERBS.has(x.lower))) return true;
  if (t[k - 1]?.lower !== 'the' || !['during', 'at'].includes(t[k - 2]?.lower ?? '')) return false;
  const end = clauseEnd(s, k);
  const say = t.findIndex((x, i) => i > k && i < end && REPORT_VERBS.has(x.lower));
  if (say < 0) return false;
  const meetsWith = t.slice(k + 1, say).some((x, i) => (x.lower === 'with' || x.lower === 'between') && s.mentions.some((m) => m.from > k + 1 + i && m.from < say && m.role === 'actor'));
  // (Nor a meeting verb of its own before the saying: "During the summit, X met Y and said …".)
  return !meetsWith && !t.slice(k + 1, say).some((x) => VERBS.has(x.lower));
}

/** "his / her <Demonym> counterpart" in the clause: the other side is the official the pronoun stands for. */
function possessedCounterpart(s: AnalysedSentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let i = from; i < to - 1; i++) {
    if (t[i].lower !== 'his' && t[i].lower !== 'her') continue;
    const j = s.mentions.some((m) => m.from === i + 1 && m.kind === 'demonym') ? s.mentions.find((m) => m.from === i + 1)!.to : i + 1;
    if (['counterpart', 'host', 'guest'].includes(t[j]?.lower ?? '')) return true;
  }
  return false;
}

const THIRD_ROLES = new Set(['mediator', 'mediators', 'host', 'hosts', 'facilitator', 'facilitators', 'observer', 'observers', 'broker', 'guarantor', 'guarantors']);
const HOSTED_EVENTS = new Set(['talks', 'process', 'round', 'rounds', 'negotiations', 'dialogue', 'meeting', 'meetings', 'summit', 'conference', 'consultations']);
const THIRD_BY = new Set(['mediated', 'brokered', 'facilitated', 'sponsored', 'moderated', 'chaired']);

/** A mention after "mediated / brokered / hosted by …" or before "(acting) as (the) mediator / host". */
function thirdParty(s: AnalysedSentence, m: CountryMention): boolean {
  const t = s.tokens;
  // "facilitated by Correa and Uruguayan President Tabare Vazquez": both are third parties.
  for (let i = m.from - 1; i >= Math.max(0, m.from - 9); i--) {
    if (t[i].lower === 'by' && THIRD_BY.has(t[i - 1]?.lower ?? '')) return true;
    // ("in a process hosted by Iraq and later also by Oman": the host of others' talks, 1.30.53; not
    // "Modi was hosted by Biden", a person hosted.)
    if (t[i].lower === 'by' && t[i - 1]?.lower === 'hosted' && t.slice(Math.max(0, i - 4), i - 1).some((x) => HOSTED_EVENTS.has(x.lower))) return true;
    // "under the auspices of Tanzania"
    if (t[i].lower === 'of' && t[i - 1]?.lower === 'auspices') return true;
    if (t[i].lower === ',' || t[i].lower === ';' || t[i].lower === 'between' || t[i].lower === 'with') break;
  }
  // "US-brokered negotiations", "Qatar-mediated talks": the state before a hyphenated participle of
  // mediation stands outside the talks (1.17).
  if (t[m.to]?.text === '-' && THIRD_BY.has(t[m.to + 1]?.lower ?? '')) return true;
  let i = m.to;
  // past the official's name: "Turkey's Foreign Minister X, acting as mediator" is not handled here.
  if (t[i]?.lower === 'acting' || t[i]?.lower === 'serving') i++;
  if (t[i]?.lower !== 'as') return false;
  i++;
  if (['a', 'an', 'the'].includes(t[i]?.lower ?? '')) i++;
  return THIRD_ROLES.has(t[i]?.lower ?? '');
}

const AGREEMENT_NOUNS = new Set(['agreement', 'agreements', 'memorandum', 'memorandums', 'memoranda', 'mou', 'mous', 'accord', 'accords', 'treaty', 'deal', 'deals', 'protocol']);

/** The noun at k is what an agreement covers: "agreements, including … consultations", "an accord on talks". */
function agreementContent(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  for (let i = k - 1; i >= 0 && i >= k - 10; i--) {
    const w = t[i].lower;
    if (w === ';' || w === '.' || w === 'held' || w === 'had') return false;
    if (['including', 'on', 'for', 'covering', 'regarding'].includes(w)) {
      for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (AGREEMENT_NOUNS.has(t[j].lower)) return true;
    }
  }
  return false;
}

const BRING = new Set(['brought', 'brings', 'bringing', 'gathered', 'gathering', 'united', 'grouped']);

/** Index of "together" in "<meeting> (that|which|,) brought together …" right after the noun, else -1. */
function bringsTogether(s: AnalysedSentence, k: number): number {
  const t = s.tokens;
  let i = k + 1;
  if (t[i]?.lower === 'that' || t[i]?.lower === 'which' || t[i]?.lower === ',') i++;
  if (t[i]?.lower === 'which') i++;
  if (!BRING.has(t[i]?.lower ?? '')) return -1;
  return t[i + 1]?.lower === 'together' ? i + 1 : -1;
}

const GATHERING_NAMES = new Set(['meeting', 'summit', 'conference', 'forum', 'session', 'assembly', 'ministerial', 'fmm']);
/**
 * After "welcomed": "at the <name> Meeting / Summit / Conference" (a capitalised gathering), or guests
 * of three or more states in the sentence besides the host's.
 */
function welcomesDelegates(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  const end = clauseEnd(s, k);
  const at = t.findIndex((x, i) => i > k && i < end && x.lower === 'at' && t[i + 1]?.lower === 'the');
  if (at > 0) {
    for (let i = at + 2; i < end && i < at + 10; i++) {
      if (!t[i].cap && !["'", '’', "'s", '-'].includes(t[i].lower) && !/^\d/.test(t[i].lower)) break;
      if (GATHERING_NAMES.has(t[i].lower)) return true;
    }
  }
  const host = s.mentions.filter((m) => m.to <= k && m.role === 'actor').map((m) => m.iso3);
  const guests = new Set(s.mentions.filter((m) => m.from > k && m.to <= end && m.role === 'actor' && m.kind !== 'city' && !host.includes(m.iso3)).map((m) => m.iso3));
  return guests.size >= 3;
}

const JOINT_BODIES = new Set(['committee', 'commission']);
const SESSION_LEADS = new Set(['during', 'at']);
const SESSION_NOUNS = new Set(['session', 'meeting', 'round', 'sitting']);
/** After the body's name: "was held", "took place", "convened" or "concluded" (past, not "will be held"). */
const sessionHeld = (t: AnalysedSentence['tokens'], k: number): boolean =>
  t.slice(k + 1, k + 12).some((x, j, a) => {
    const prev = j > 0 ? a[j - 1].lower : t[k].lower;
    return (x.lower === 'held' && (prev === 'was' || prev === 'were')) || (x.lower === 'place' && prev === 'took') || x.lower === 'convened' || x.lower === 'concluded';
  });

/**
 * "during the 7th Japan-Philippines High Level Joint Committee … in Osaka": a session of two states'
 * joint committee or commission, named by their hyphenated pair after "during / at", is their meeting
 * (1.13). A joint body only named ("the revitalisation of the A-B Joint Commission") is none.
 */
function jointSession(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  for (let k = 2; k < t.length; k++) {
    if (!JOINT_BODIES.has(t[k].lower) || t[k - 1].lower !== 'joint') continue;
    const a = s.mentions.find((m) => m.from >= k - 9 && m.to < k && t[m.to]?.text === '-' && s.mentions.some((b) => b.from === m.to + 1 && b.iso3 !== m.iso3));
    if (!a || a.kind === 'person' || a.kind === 'city') continue;
    const b = s.mentions.find((m) => m.from === a.to + 1)!;
    if (b.kind === 'person' || b.kind === 'city') continue;
    let i = a.from - 1;
    while (i >= 0 && a.from - i <= 3 && (t[i].lower === 'the' || /^\d/.test(t[i].lower))) i--;
    // ("The fifth session of the Ethiopia-Russia Joint Commission was held in Moscow": a session of it
    // told as held, 1.28.0.)
    const heldSession = t[i]?.lower === 'of' && SESSION_NOUNS.has(t[i - 1]?.lower ?? '') && sessionHeld(t, k);
    if ((!SESSION_LEADS.has(t[i]?.lower ?? '') && !heldSession) || isIrrealis(s, k)) continue;
    const date = dateNear(s, k);
    return [{
      type: 'MeetingHeld',
      participants: [a.iso3, b.iso3],
      people: [],
      location: locationIn(s, k),
      date: date ?? ctx.storyDate,
      dateExplicit: date !== null,
      confidence: 0.6,
      modality: isHedged(s) ? 'hedged' : 'asserted',
      sentence: s.index,
    }];
  }
  return [];
}

// "signed a letter of intent during a meeting": a letter named as a signed document is no remote contact (1.16).
const LETTER_KINDS = new Set(['intent', 'credence', 'credentials', 'understanding', 'cooperation', 'credit', 'agreement']);
function documentLetter(t: AnalysedSentence['tokens'], i: number): boolean {
  return t[i].lower === 'letter' && t[i + 1]?.lower === 'of' && LETTER_KINDS.has(t[i + 2]?.lower ?? '');
}

const DISCUSS = new Set(['discussed', 'reviewed']);
const PAIR_NOUNS = new Set(['leaders', 'presidents', 'ministers', 'premiers', 'sides', 'heads', 'counterparts', 'delegations']);

/**
 * "The two leaders discussed …", "X and Y discussed …" (officials of two states): talks told with no
 * meeting word (1.17). Only in the past, in person (no call or video anywhere before), and only for a
 * pair whose meeting the article has not told yet (then the discussion is that meeting's content).
 */
function discussedTogether(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (ctx.remoteMeeting || ctx.remoteSeen || isSportContext(s)) return [];
  const t = s.tokens;
  const k = t.findIndex((x) => DISCUSS.has(x.lower));
  if (k < 2 || isIrrealis(s, k)) return [];
  const from = clauseStart(s, k);
  let pair: string[] | null = null;
  // "The two leaders discussed", "Both ministers reviewed".
  // ("The two ministers also / then / further discussed …": an adverb before the verb, 1.18.)
  const subj = t.slice(from, k).map((x) => x.lower).filter((w, i, a) => !(i === a.length - 1 && ['also', 'then', 'further', 'later', 'jointly', 'briefly'].includes(w)));
  if (PAIR_NOUNS.has(subj[subj.length - 1] ?? '') && (subj.includes('two') || subj[0] === 'both') && subj.length <= 5) {
    pair = pairFor(ctx, []);
    // ("X handed his Omani counterpart Y an invitation … The two ministers also reviewed …": with no pair
    // told yet, the two states whose officials the sentence before names, 1.18.)
    // (Up to two sentences back: "X handed his Omani counterpart Y an invitation … X briefed reporters … The
    // two ministers also reviewed …"; the nearest sentence naming two or more officials.)
    for (let b = s.index - 1; !pair && b >= 0 && b >= s.index - 2; b--) {
      const states = [...new Set(ctx.sentences[b].mentions.filter((m) => m.kind === 'person' && m.role === 'actor').map((m) => m.iso3))];
      if (states.length === 2) pair = states;
      else if (states.length > 2) break;
    }
  }
  // "she and Beridze had reviewed": two officials of two states coordinated as the subject.
  const people = s.mentions.filter((m) => m.kind === 'person' && m.from >= from && m.to <= k && m.role === 'actor');
  if (!pair && people.length === 2 && t[people[0].to]?.lower === 'and' && people[1].from === people[0].to + 1 && people[1].to === k && people[0].iso3 !== people[1].iso3) pair = [people[0].iso3, people[1].iso3];
  // ("Foreign Secretary X discussed Egypt and Syria with French Foreign Minister Y": an official who
  // discussed something with an official of another state talked with him, 1.26.3.)
  if (!pair && people.length >= 1) {
    const end = clauseEnd(s, k);
    const w = t.findIndex((x, i) => i > k && i < end && x.lower === 'with');
    const other = w > 0 ? s.mentions.find((m) => m.from > w && m.from <= w + 4 && m.role === 'actor' && (m.kind === 'person' || m.kind === 'demonym') && m.iso3 !== people[people.length - 1].iso3) : undefined;
    if (other && t.slice(w + 1, other.from).every((x) => x.lower === 'the' || x.lower === 'his' || x.lower === 'her' || TITLE_WORDS.has(x.lower))) pair = [people[people.length - 1].iso3, other.iso3];
  }
  if (!pair || pair.length !== 2 || ctx.metPairs.has([...pair].sort().join('-'))) return [];
  const date = dateNear(s, k);
  return [{ type: 'MeetingHeld', participants: [...pair], people: peopleIn(people), location: locationIn(s, k) ?? (ctx.location && pair.includes(ctx.location.country ?? '') ? ctx.location : null), topics: [], date: date ?? ctx.storyDate, dateExplicit: date !== null, confidence: 0.55, modality: isHedged(s) ? 'hedged' : 'asserted', sentence: s.index }];
}

/** Whether a mention is the object of "with", alone or in the list "with A, B and C". */
function withObject(s: AnalysedSentence, m: CountryMention): boolean {
  const t = s.tokens;
  let i = m.from;
  for (let hops = 0; hops < 12; hops++) {
    const j = t[i - 1]?.lower === 'the' ? i - 1 : i;
    const prev = t[j - 1]?.lower;
    if (prev === 'with') return true;
    if (prev !== ',' && prev !== 'and') return false;
    const before = s.mentions.find((x) => x.to === j - 1 || (x.to === j - 2 && t[j - 2]?.lower === ','));
    if (!before) return false;
    i = before.from;
  }
  return false;
}

const THEIR_LEADS = new Set(['after', 'following', 'during', 'at']);
const THEIR_NOUNS = new Set(['meeting', 'talks', 'discussions', 'summit', 'consultations']);
const THEIR_ADJ = new Set(['bilateral', 'first', 'closed-door', 'one-on-one', 'private', 'formal', 'official', 'second']);

/**
 * "A's president and his B counterpart held a press conference after their talks", "the two
 * ministers said after their meeting in Oslo": talks of the subject's own states, told only by "their"
 * (1.21). The subject is the clause's opening run of officials and states ("A and B", "X and his B
 * counterpart Y"), two or more states, or "the two leaders" (the pair under discussion). Only in the
 * past, in person, and only for a pair whose meeting the article has not told yet.
 */
function theirMeeting(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (ctx.remoteMeeting || ctx.remoteSeen) return [];
  const t = s.tokens;
  const their = t.findIndex((x, i) => x.lower === 'their' && THEIR_LEADS.has(t[i - 1]?.lower ?? ''));
  if (their < 0) return [];
  let k = their + 1;
  while (k < their + 3 && THEIR_ADJ.has(t[k]?.lower ?? '')) k++;
  // ("after their meeting with the Pope": a meeting with a third party, told by the other rules.)
  if (!THEIR_NOUNS.has(t[k]?.lower ?? '') || t[k + 1]?.lower === 'with' || isIrrealis(s, k)) return [];
  // The subject: the opening run (after a fronted phrase's comma) of states, officials, titles and
  // their links, up to the first other word (the verb).
  const start = clauseStart(s, their - 1);
  let i = start;
  const subject: CountryMention[] = [];
  let counted = false;
  let official = false;
  for (; i < their - 1; i++) {
    const m = s.mentions.find((x) => x.from === i && x.kind !== 'city');
    if (m) {
      subject.push(m);
      official ||= m.kind !== 'demonym';
      i = m.to - 1;
      continue;
    }
    const w = t[i].lower;
    if (['two', 'both'].includes(w) && PAIR_NOUNS.has(t[i + 1]?.lower ?? '')) counted = true;
    official ||= TITLE_WORDS.has(w) || PAIR_NOUNS.has(w);
    if (t[i].cap || TITLE_WORDS.has(w) || PAIR_NOUNS.has(w) || SUBJECT_LINKS.has(w)) continue;
    break;
  }
  // ("Chinese and American scientists said after their meeting": states' people, not their officials.)
  if (i === start || !official) return [];
  const named = distinct(subject);
  const pair = named.length >= 2 ? named : counted && named.length === 0 ? pairFor(ctx, []) : null;
  if (!pair || (pair.length === 2 && ctx.metPairs.has([...pair].sort().join('-')))) return [];
  const date = dateNear(s, k);
  return [
    {
      type: 'MeetingHeld',
      participants: [...pair],
      people: peopleIn(subject),
      location: locationIn(s, k),
      topics: [],
      date: date ?? ctx.storyDate,
      dateExplicit: date !== null,
      confidence: 0.55,
      modality: isHedged(s) ? 'hedged' : 'asserted',
      sentence: s.index,
    },
  ];
}
const SUBJECT_LINKS = new Set(['and', ',', 'the', 'his', 'her', 'counterpart', "'s", 'two', 'both', '.', 'of']);

// What may stand between "called on" and the official called on: "the", a state's demonym or possessive, titles.
const CALL_LEAD = new Set(['the', 'his', 'her', 'their', 'visiting', "'s", 'newly', '-', 'appointed', 'newly-appointed']);

/**
 * "called on President X", "calls on Indian Prime Minister Y", "called upon the Emir": a call in
 * person on an official (a person of the article, or a capitalised title). Not when the official is
 * asked to do something ("called on President X to resign", "called on Y for the return of …"),
 * and not a call on a state ("called on Japan to …", an appeal) (1.18).
 */
export function callsOnOfficial(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  if (!['on', 'upon'].includes(t[k + 1]?.lower ?? '')) return false;
  let i = k + 2;
  while (i < t.length && i < k + 8) {
    const m = s.mentions.find((x) => x.from === i);
    if (m && m.kind === 'person') break;
    if (m && (m.kind === 'demonym' || (m.possessive && m.kind !== 'city'))) {
      i = m.possessive ? m.to + 1 : m.to;
      continue;
    }
    if (m) return false;
    if (CALL_LEAD.has(t[i].lower)) i++;
    else break;
  }
  const person = s.mentions.find((x) => x.from === i && x.kind === 'person');
  let end: number;
  if (person) end = person.to;
  else {
    if (!t[i]?.cap || !TITLE_WORDS.has(t[i].lower)) return false;
    end = i;
    while (end < t.length && end < i + 8 && (t[end].cap || t[end].lower === 'of' || t[end].lower === 'the' || t[end].lower === '-')) end++;
  }
  const stop = clauseEnd(s, k);
  // "… to resign", "… for the return of …": a request made of the official.
  for (let j = end; j < Math.min(stop, end + 8); j++) {
    if (t[j].lower === 'for' && j === end) return false;
    if (t[j].lower === 'to' && /^\p{Ll}/u.test(t[j + 1]?.text ?? '') && !['the', 'his', 'her', 'a', 'an'].includes(t[j + 1].lower)) return false;
  }
  return true;
}

const AHEAD = new Set(['week', 'month', 'year', 'days', 'weeks', 'months', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const POSSIBLE = new Set(['possibility', 'possibilities', 'prospect', 'prospects', 'chance', 'chances', 'likelihood', 'idea', 'option', 'feasibility']);
const NOUN_PHRASE_END = new Set([',', ';', 'and', 'but', 'while', 'will', 'would', 'which', 'that', 'who', 'where', 'when', 'after', 'before']);
/** "… in the near future", "… soon", "… next week", "… in the coming weeks", "… later this year" within the clause after k. */
function futureAfter(s: AnalysedSentence, k: number, end: number): boolean {
  const t = s.tokens;
  for (let i = k + 1; i < end && i < k + 14; i++) {
    const w = t[i].lower;
    if (w === 'future' && t[i - 1]?.lower === 'near') return true;
    if ((w === 'next' || w === 'coming' || w === 'upcoming') && AHEAD.has(t[i + 1]?.lower ?? '')) return true;
    // Only within the noun's own phrase, and not past a date of its own ("talks on Monday").
    // ("talks between Peru and Chile …": an "and" between names stays in the phrase; "and will …" ends it.)
    const coordName = w === 'and' && (t[i + 1]?.cap || ['the', 'his', 'her', 'their'].includes(t[i + 1]?.lower ?? ''));
    if ((NOUN_PHRASE_END.has(w) && !coordName) || s.dates.some((d) => d.from === i && !['next', 'coming', 'the', 'in'].includes(w))) return false;
    // ("soon", not "soon after" or "shortly after ten yesterday morning").
    if (w === 'soon' && !['after', 'before', 'afterwards', 'thereafter'].includes(t[i + 1]?.lower ?? '')) return true;
    if (w === 'later' && t[i + 1]?.lower === 'this' && AHEAD.has(t[i + 2]?.lower ?? '')) return true;
  }
  return false;
}

// "had a telephone conversation": remote contact told with no meeting word (1.17).
const REMOTE_TALK = new Set(['conversation', 'conversations', 'conversed', 'spoke', 'speak', 'talked', 'call', 'calls']);

export function detectMeetings(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!ctx.remoteSeen && hasAny(s, REMOTE)) ctx.remoteSeen = true;
  // "X and Y spoke by telephone. In the course of the talks, the two sides reviewed …": the
  // talks referred back to are the remote ones (1.17).
  if (hasAny(s, REMOTE) && hasAny(s, REMOTE_TALK) && s.tokens.some((x, i) => REMOTE.has(x.lower) && !documentLetter(s.tokens, i))) ctx.remoteMeeting = true;
  if (!hasAny(s, TRIGGERS)) {
    if (hasAny(s, DISCUSS)) return discussedTogether(s, ctx);
    return hasAny(s, JOINT_BODIES) && s.words.has('joint') ? jointSession(s, ctx) : [];
  }
  if (isSportContext(s)) return [];
  const t = s.tokens;
  if (hasAny(s, REMOTE) && t.some((x, i) => REMOTE.has(x.lower) && !documentLetter(t, i))) {
    ctx.remoteMeeting = true;
    // "The defence ministers of A, B, C and D met via videoconference. Ministers reaffirmed their
    // commitment to …": a remote meeting is no MeetingHeld, but its states are still the group a
    // later "the ministers" refers to (1.26.0).
    const list = actorListIn(s);
    if (list && list.length >= 3) ctx.group = list;
    return [];
  }
  // A call is remote unless it is a courtesy call (a visit to someone's office), or a call on an
  // official in person ("called on President X", 1.18).
  if (t.some((x, i) => (x.lower === 'call' || x.lower === 'calls') && t[i - 1]?.lower !== 'courtesy' && !callsOnOfficial(s, i))) return [];
  const first = meetingFrom(s, ctx, 0);
  if (first.cands.length === 0 && s.words.has('their')) {
    const their = theirMeeting(s, ctx);
    if (their.length > 0) return their;
  }
  if (first.k < 0) return first.cands.length === 0 && hasAny(s, DISCUSS) ? discussedTogether(s, ctx) : first.cands;
  // "X and Y met when …, and the two leaders met on the sidelines of the G20 summit in November": a
  // further "met" in a later coordinated clause with a day or month of its own is another meeting (1.12).
  const second = laterMeeting(s, ctx, first.k, first.cands);
  if (second) return [...first.cands, ...second];
  const more = s.words.has('met') || s.words.has('paid') ? coordinatedCalls(s, first.k, first.cands) : [];
  return more.length > 0 ? [...first.cands.map((c, i) => (i === 0 && !c.guestTag ? { ...c, guestTag: '#first' } : c)), ...more] : first.cands;
}

/**
 * "While in Jakarta, the Malaysian PM held talks with VP A, met with Senate Chairwoman B, and
 * paid a courtesy visit to President C": coordinated predicates of one subject, each meeting another
 * named, titled official, are meetings of their own (1.17), with the first one's states and date.
 */
function coordinatedCalls(s: AnalysedSentence, k: number, firstCands: Candidate[]): Candidate[] {
  const first = firstCands[0];
  if (firstCands.length !== 1 || !first || first.type !== 'MeetingHeld' || first.participants.length !== 2) return [];
  const t = s.tokens;
  const out: Candidate[] = [];
  for (let p = k + 1; p < t.length; p++) {
    const w = t[p].lower;
    const lead = t[p - 1]?.lower === ',' || (t[p - 1]?.lower === 'and' && (t[p - 2]?.lower === ',' || !t[p - 2]?.cap));
    if (!lead) continue;
    let o = -1;
    if (w === 'met') o = t[p + 1]?.lower === 'with' ? p + 2 : p + 1;
    // "paid a courtesy visit / call to / on X".
    if (w === 'paid' && t[p + 1]?.lower === 'a' && t[p + 2]?.lower === 'courtesy' && ['visit', 'call'].includes(t[p + 3]?.lower ?? '') && ['to', 'on'].includes(t[p + 4]?.lower ?? '')) o = p + 5;
    if (o < 0 || isIrrealis(s, p)) continue;
    // A titled name: capitalised title words (and "and" inside a run of titles), then the name.
    let i = o;
    while (i < t.length && i < o + 8 && ((t[i].cap && TITLE_WORDS.has(t[i].lower)) || (t[i].cap && t[i + 1]?.cap && TITLE_WORDS.has(t[i + 1].lower)) || (t[i].lower === 'and' && t[i + 1]?.cap && TITLE_WORDS.has(t[i + 1].lower)))) i++;
    if (i === o) continue;
    let j = i;
    while (j < t.length && j < i + 4 && t[j].cap && !TITLE_WORDS.has(t[j].lower)) j++;
    if (j - i < 2) continue;
    const name = t.slice(i, j).map((x) => x.text).join(' ');
    out.push({ ...first, people: [], guestTag: name, confidence: 0.6, sentence: s.index });
  }
  return out;
}

/**
 * The name of the gathering a meeting was held beside: the tokens after "on the sidelines of" / "in
 * the margins of" up to a comma, a semicolon or "in/at <Place>". States inside it ("the Forum for
 * Japan-Pacific Cooperation", "the EU-Africa summit") name the gathering, not the parties of a
 * meeting told before it (1.18.2). Returns [start, end), or null.
 */
function besideSpan(t: AnalysedSentence['tokens']): [number, number] | null {
  const i = t.findIndex((x, j) => SIDELINES.has(x.lower) && t[j + 1]?.lower === 'of');
  if (i < 0) return null;
  let j = i + 2;
  while (j < t.length && ![',', ';', '.'].includes(t[j].lower) && !(['in', 'at'].includes(t[j].lower) && t[j + 1]?.cap)) j++;
  return [i + 2, j];
}

/** The first meeting told from token `from` on, with its trigger's index (-1 when none). */
function meetingFrom(s: AnalysedSentence, ctx: Context, from0: number): { cands: Candidate[]; k: number } {
  const t = s.tokens;
  const beside = s.words.has('sidelines') || s.words.has('margins') || s.words.has('margin') || s.words.has('sideline') ? besideSpan(t) : null;
  for (let k = from0; k < t.length; k++) {
    const w = t[k].lower;
    // "had a talk", "held a talk": the singular noun after a light verb (1.8).
    const aTalk = w === 'talk' && t[k - 1]?.lower === 'a' && ['had', 'held', 'have', 'has'].includes(t[k - 2]?.lower ?? '');
    // "they had / held an in-depth exchange of views": a talk in person (remote contact is excluded below) (1.10).
    const exchange = w === 'exchange' && t[k + 1]?.lower === 'of' && t[k + 2]?.lower === 'views' && t.slice(Math.max(0, k - 6), k).some((x) => ['had', 'held', 'have', 'has'].includes(x.lower));
    // "at a joint press conference with President X": a joint appearance before the press (1.21).
    const jointPress = (w === 'conference' || w === 'briefing') && PRESS.has(t[k - 1]?.lower ?? '') && t[k - 2]?.lower === 'joint';
    const isNoun = NOUNS.has(w) || aTalk || exchange || jointPress || ((w === 'call' || w === 'calls') && t[k - 1]?.lower === 'courtesy');
    // "called on President X", "calls on the Prime Minister": a call on an official is a visit to
    // him, not a request ("called on X to …" is an appeal) (1.18).
    const callOn = !isNoun && (w === 'called' || w === 'calls' || w === 'call') && callsOnOfficial(s, k);
    if ((w === 'called' || w === 'calls' || w === 'call') && !isNoun && !callOn) continue;
    const gather = GATHER.has(w);
    // "Talking with President X, Y said …": an opening participle of talks, like "Meeting with" (1.15).
    // ("Talking with reporters, …": only an official, a title or a name, is a guest.)
    const talking = w === 'talking' && k === 0 && t[1]?.lower === 'with' && (TITLE_WORDS.has(t[2]?.lower ?? '') || s.mentions.some((m) => m.from === 2 && m.kind === 'person'));
    const given = w === 'reception' || w === 'welcome' ? givenFor(t, k) : -1;
    const reception = given >= 0 && (t[k + 1]?.lower === 'for' || (w === 'welcome' && t[k + 1]?.lower === 'to')) && receivesSomeone(s, k + 1);
    if (!isNoun && !VERBS.has(w) && !gather && !talking && !callOn && !reception) continue;
    // ("received in separate meetings the Ambassadors of A, B and C": meetings one by one, never
    // one of the guests together; the verb tells them, 1.29.3.)
    if (isNoun && t[k - 1]?.lower === 'separate' && t[k - 2]?.lower === 'in') continue;
    // ("On the sidelines of the summit, X held bilateral meetings with …": the gathering beside which
    // meetings were held is their setting, not a meeting whose parties the sentence tells, unless its
    // own phrase names them: "on the sidelines of a bilateral meeting of A's and B's presidents", 1.20.)
    if (beside && k >= beside[0] && k < beside[1] && !s.mentions.some((m) => m.from > k && m.from < beside[1])) continue;
    if (MEALS.has(w) && !t.slice(Math.max(0, k - 3), k).some((x) => MEAL_LEAD.has(x.lower))) continue;
    // ("held a strategic dialogue with", "the … dialogue was held", "held policy consultation
    // with": a dialogue or a consultation is a meeting only when held, not "in
    // consultation with" or "dialogue between them has stalled"; a named one is an event: "at the
    // A-B Strategic and Economic Dialogue", 1.26.1.)
    if (HELD_ONLY.has(w) && !t[k].cap && !t.slice(clauseStart(s, k), clauseEnd(s, k)).some((x) => x.lower === 'held')) continue;
    // "during this meeting", "At the meeting" after "hosted a virtual meeting": the remote one again (1.12).
    if (isNoun && ctx.remoteMeeting && ['this', 'that', 'the'].includes(t[k - 1]?.lower ?? '')) continue;
    // ("… spoke by phone. The two envoys further held talks on …": talks of the
    // pair just told as remote, with no place of their own, are that contact again, 1.17.)
    if (isNoun && ctx.remoteMeeting && !s.mentions.some((m) => m.role === 'location') && t.slice(clauseStart(s, k), k).some((x) => ANAPHORA.has(x.lower))) continue;
    // "held a bilateral with X", not "their bilateral cooperation".
    if (w === 'bilateral' && (!['our', 'a', 'the', 'their', 'his'].includes(t[k - 1]?.lower ?? '') || (/^\p{Ll}/u.test(t[k + 1]?.text ?? '') && !['with', 'on', 'in', 'at', 'between', 'talk', 'back', 'last', 'earlier', 'this'].includes(t[k + 1].lower)))) continue;
    // ("inked the Bilateral Investment Promotion and Protection Agreement": the first word of a name, 1.28.1.)
    if (w === 'bilateral' && t[k].cap && t[k + 1]?.cap) continue;
    // ("a joint committee / commission meeting" of two states is their own bilateral mechanism, 1.11.)
    const jointBody = (d: number) => ['committee', 'commission'].includes(t[k - d]?.lower ?? '') && t[k - d - 1]?.lower === 'joint';
    if (isNoun && ((isBody(t[k - 1]) && !jointBody(1)) || (isBody(t[k - 2]) && !jointBody(2)))) continue;
    // ("for the G20 Foreign Ministers' meeting": a body's name opening the capitalised run before the noun, 1.25.11.)
    if (isNoun && bodyRunBefore(t, k)) continue;
    // ("The UN General Assembly at its meeting on Wednesday adopted …": the body's own session, 1.25.37.)
    if (isNoun && t[k - 1]?.lower === 'its' && t.slice(Math.max(0, k - 7), k - 1).some(isBody)) continue;
    // ("the preparation of a meeting between the presidents", "working on organizing a meeting": one being arranged, 1.25.38.)
    if (isNoun && ['a', 'an', 'the'].includes(t[k - 1]?.lower ?? '') && (ARRANGING.has(t[k - 2]?.lower ?? '') || (t[k - 2]?.lower === 'of' && ARRANGING.has(t[k - 3]?.lower ?? '')))) continue;
    // ("The sides have also discussed holding a meeting in the Normandy format": a meeting talked
    // about, 1.29.5.)
    if (isNoun && ['a', 'an'].includes(t[k - 1]?.lower ?? '') && t[k - 2]?.lower === 'holding' && TALKED_ABOUT.has(t[k - 3]?.lower ?? '')) continue;
    // "the Pacific Islands Forum Foreign Affairs Ministers Meeting": a body's named session.
    if (isNoun && t[k].cap && k > 0 && namedSessionOfBody(s, k)) continue;
    if (isNoun && organSession(s, k)) continue;
    // ("Xi invited Modi to the APEC leaders' meeting in Beijing in November": a meeting one is invited
    // to is ahead, 1.30.62.)
    if (isNoun && invitedTo(t, k, clauseStart(s, k))) continue;
    if (isNoun && [2, 3, 4].some((d) => t[k - d]?.lower === 'to' && PLANNED_VERBS.has(t[k - d + 1]?.lower ?? ''))) continue;
    // "arrived to attend the DPRK-USA Hanoi Summit": a purpose infinitive over a longer name (1.8).
    // ("invited X to join the G-20 summit": a lower-case noun after a capitalised or numbered name too, 1.11.)
    const nameRun = (d: number) => t.slice(k - d + 2, k).every((x) => x.cap || x.lower === 'the' || x.lower === '-' || x.lower === "'" || /^\d/.test(x.lower));
    const named = (d: number) => t[k].cap || t.slice(k - d + 2, k).some((x) => x.cap || /^\d/.test(x.lower));
    if (isNoun && [5, 6, 7, 8, 9].some((d) => t[k - d]?.lower === 'to' && PLANNED_VERBS.has(t[k - d + 1]?.lower ?? '') && nameRun(d) && named(d))) continue;
    // "fought to keep free trade off the summit agenda": a meeting noun modifying another is no event (1.11).
    if (isNoun && ['agenda', 'venue', 'preparations', 'organisers', 'organizers', 'logistics'].includes(t[k + 1]?.lower ?? '')) continue;
    // "A few days after the meeting", "since the talks": another event referred back to, not told (1.8).
    // ("after the meeting between A and B": the parties named, the meeting is told as past, 1.11.)
    const namesParties = ['after', 'following'].includes(t[k - 2]?.lower ?? '') && t[k - 1]?.lower === 'the' && t[k + 1]?.lower === 'between';
    if (isNoun && !namesParties && ['the', 'that', 'this', 'their'].includes(t[k - 1]?.lower ?? '') && ['after', 'before', 'since', 'following', 'ahead'].includes(t[k - 2]?.lower ?? '')) continue;
    // "on the eve of the Jan. 24 heads of state meeting", "ahead of the summit", "prior to the talks": a
    // meeting used as a time reference (1.10).
    if (isNoun && timeReference(s, k)) continue;
    // "signed agreements, including political consultations between ministries": the agreement's content (1.8).
    if (isNoun && agreementContent(s, k)) continue;
    // "sources familiar with the negotiations", "briefed on the talks": talks referred to as a subject (1.8).
    if (isNoun && ['the', 'these', 'those'].includes(t[k - 1]?.lower ?? '') && ['familiar', 'knowledge', 'involved', 'close'].includes(t[k - 3]?.lower ?? '') && ['with', 'of', 'in', 'to'].includes(t[k - 2]?.lower ?? '')) continue;
    // "received" / "hosted" need a person or a state as object: "received visiting Cuban Prime Minister".
    if (['received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes'].includes(w) && !receivesSomeone(s, k)) continue;
    // ("interacted with 12 Japanese nationals": people who hold no office are no side, 1.25.28.)
    if (w === 'interacted' && t.slice(k + 1, k + 6).some((x) => PRIVATE_PEOPLE.has(x.lower))) continue;
    // "was welcomed by her Chilean host at the airport": a welcome on arrival is part of the
    // visit, not talks (the annotation convention for airport greetings; 1.17).
    if ((s.words.has('airport') || s.words.has('arrival')) && ['received', 'receives', 'welcomed', 'welcomes'].includes(w) && t.slice(k + 1, clauseEnd(s, k)).some((x, i, a) => x.lower === 'airport' || (x.lower === 'arrival' && ['on', 'upon', 'his', 'her'].includes(a[i - 1]?.lower ?? '')))) continue;
    // ("X arrived in Ankara late on Sunday and was welcomed by Turkish officials": the same, 1.25.12.)
    if (['received', 'welcomed'].includes(w) && t[k - 1]?.lower === 'was' && t[k - 2]?.lower === 'and' && t.slice(Math.max(0, k - 12), k - 2).some((x) => ARRIVED.has(x.lower))) continue;
    // ("As he alighted from his jet, X welcomed Y with a hug": a fronted clause of the guest's arrival, 1.26.3.)
    if (['received', 'receives', 'welcomed', 'welcomes', 'greeted', 'greets'].includes(w) && t.slice(0, k).some((x, i) => LANDED.has(x.lower) && t.slice(Math.max(0, i - 4), i).some((y) => ARRIVAL_LEADS.has(y.lower)) && t.slice(i, k).some((y) => y.lower === ','))) continue;
    // ("X welcomed US Secretary of State Y at the G20 Foreign Ministers' Meeting", "He also welcomed A's
    // minister, B's minister, C's minister …": a host greeting delegates at a gathering, or several
    // states' delegates in one sentence, is the gathering's ceremony, not a meeting with each, 1.28.2.)
    if ((w === 'welcomed' || w === 'welcomes') && welcomesDelegates(s, k)) continue;
    // (A reception or a welcome given takes the mood of the verb that gives it.)
    if (isIrrealis(s, reception ? given - 1 : k)) continue;
    // ("… are planning to meet for a round of talks, with the agenda to be defined at the meeting": a
    // definite meeting after a meeting told as ahead in the same sentence is that one, 1.29.5.)
    // (Not one told as held after it: "agreed to meet X, and the meeting took place on Friday".)
    if (isNoun && DEFINITE.has(t[k - 1]?.lower ?? '') && t.slice(0, k).some((x, i, a) => (x.lower === 'meet' || x.lower === 'hold') && (a[i - 1]?.lower === 'to' || FUTURE_AUX.has(a[i - 1]?.lower ?? ''))) && !t.slice(k + 1).some((x, i, a) => TOLD_HELD.has(x.lower) && (x.lower !== 'took' || a[i + 1]?.lower === 'place'))) continue;
    // ("The Minister will meet Belarusian officials; …, as well as meeting the Iraqi community": a
    // participle added with "as well as" takes the mood of the verb it is added to, 1.29.4.)
    if (w === 'meeting' && t[k - 1]?.lower === 'as' && t[k - 2]?.lower === 'well' && t[k - 3]?.lower === 'as' && t.slice(0, k).some((x) => FUTURE_AUX.has(x.lower))) continue;
    // ("a summit of the two presidents in the near future", "talks next week": a noun trigger dated ahead, 1.18.)
    if (isNoun && futureAfter(s, k, t.length)) continue;
    // ("the prospect of a summit of A and B", "the chance of talks": what may happen, 1.18.)
    if (isNoun && t.slice(Math.max(0, k - 3), k).some((x, i, a) => POSSIBLE.has(x.lower) && a[i + 1]?.lower === 'of')) continue;
    // "a resumption of stalled U.S.-North Korean talks", "return to the negotiating table": talks that are not taking place.
    if (isNoun && notHappening(s, k)) continue;
    // "During the summit, the leaders will discuss …": a fronted phrase takes its main clause's mood.
    if (isNoun && frontedIrrealis(s, k)) continue;
    // ("During the summit in Minsk the Foreign Minister of Belarus reported that …": a gathering named
    // as the setting of a statement, with no party of its own, tells no meeting, 1.24.14.)
    if (isNoun && settingOfStatement(s, k)) continue;
    // "With regard to the GERD negotiations, …": a fronted topic, not an event.
    if (isNoun && topicPhrase(s, k)) continue;
    // ("North Korea condemned the meeting and called on Washington to …": a meeting judged by a state
    // is one told elsewhere, not a meeting of that state, 1.30.40.)
    // (Its own parties after it still tell it: "welcomed the talks between Japan and South Korea".)
    if (isNoun && judgedEvent(t, k) && !['between', 'of', 'with', 'among'].includes(t[k + 1]?.lower ?? '')) continue;
    // "for new talks", "called for a meeting": a purpose or a request, not an event.
    // ("gathered in Lima for talks", "met on Monday for talks" is the event itself.)
    // ("prepare for high-level talks": the hyphenated modifier counts as one word.)
    const reach = t.slice(Math.max(0, k - 5), k).filter((x) => x.lower === '-').length > 0 ? 5 : 3;
    const forAt = t.slice(Math.max(0, k - reach), k).findIndex((x) => x.lower === 'for' || x.lower === 'proposal' || x.lower === 'offer');
    // ("then retired to the residence for private talks": a past movement for talks is the talks, 1.17.)
    const metFor = forAt >= 0 && t[Math.max(0, k - reach) + forAt].lower === 'for' && t.slice(clauseStart(s, k), k).some((x) => GATHER.has(x.lower) || x.lower === 'met' || MOVED_FOR.has(x.lower));
    if (isNoun && forAt >= 0 && !metFor) continue;
    const from = clauseStart(s, k);
    // "a meeting that / which brought together the ministers of A, B and C", "a meeting bringing
    // together …": the relative clause names the participants (1.8).
    const together = isNoun ? bringsTogether(s, k) : -1;
    const end = together > 0 ? clauseEnd(s, together) : clauseEnd(s, k);
    // ("The talks between the two leaders come amid strained ties between A and B after …": what the
    // talks come amid is their background, not their parties, 1.25.15.)
    const amid = t.findIndex((x, i) => i > k && i < end && BACKGROUND.has(x.lower));
    const to = amid > 0 ? amid : end;
    // States of the meeting's subject matter ("a meeting to discuss …"), kept apart from its parties.
    const topics = new Set<string>();
    // ("attended the summit on Wednesday, before travelling to Qatar": a later destination is no party, 1.12.)
    // ("talked about President X's state visit": the possessor of a topic takes no part, 1.17.)
    let ms = s.mentions.filter((m) => m.from >= from && m.to <= to && m.role === 'actor' && !inOtherRelative(s, m, k) && !isDestination(s, m) && !(m.from > k && m.kind === 'person' && t[m.to]?.lower === "'s" && topicLeadBefore(t, m.from)) && !mediatedBetween(s, m));
    // The visited country hosts the talks: "held talks with X, who is paying a visit to Mongolia".
    // ("Prior to his visit to Turkey, X travelled to Jordan and held talks": a visit before or after the talks hosts nothing, 1.9.)
    const visitTo = s.mentions.filter((m) => m.role === 'actor' && t[m.from - 1]?.lower === 'to' && ['visit', 'trip'].includes(t[m.from - 2]?.lower ?? '') && !t.slice(Math.max(0, m.from - 6), m.from - 2).some((x) => ['prior', 'before', 'after', 'following', 'ahead', 'since'].includes(x.lower)));
    // ("On Monday, while on an official trip to Oslo, A met B": a visit of one party to a third
    // state's capital makes that state no party when two are already named, 1.18.)
    const besidesVisit = ms.filter((m) => !visitTo.includes(m));
    ms = distinct(besidesVisit).length >= 2 ? besidesVisit : [...ms, ...visitTo];
    // ("Talking with President X, Y asserted that Vietnam treasures its partnership with Russia": the
    // participle's guest is of the one state the sentence names besides the speaker's, 1.15.)
    if (talking) {
      ms = s.mentions.filter((m) => m.role === 'actor');
      if (distinct(ms).length !== 2 || isIrrealis(s, k)) continue;
    }
    // "met on Monday, two days before a summit with their Canadian counterpart": who is named in a span
    // counted from another event takes no part in this one (1.17).
    let spanAt = -1;
    if (s.words.has('before') || s.words.has('after') || s.words.has('ahead')) for (let i = k + 1; i < to; i++) if (countedSpan(t, i)) { spanAt = i; break; }
    if (spanAt > 0) ms = ms.filter((m) => m.from < spanAt - 2);
    // (Only for a meeting told before that name: "signed three documents on the sidelines of talks
    // between A and B" tells the talks inside it, and their parties are A and B.)
    if (beside && k < beside[0]) ms = ms.filter((m) => m.from < beside[0] || m.from >= beside[1]);
    // "a plenary meeting of the General Assembly, aimed at … assistance to Pakistan": what a meeting
    // is for names its subject, not a party (1.14).
    // ("an emergency meeting to discuss reports of a missile landing in Polish territory", 1.22.1.)
    if (isNoun) {
      const aim = t.findIndex((x, i) => i > k && (PURPOSE_CUES.has(x.lower) ? i < to : x.lower === 'to' && DISCUSS_VERBS.has(t[i + 1]?.lower ?? '')));
      if (aim > 0) {
        for (const m of s.mentions) if (m.from >= aim) topics.add(m.iso3);
        ms = ms.filter((m) => m.from < aim);
      }
    }
    // "Prior to his visit to Turkey, X held talks …", "After the summit with Y, …": a fronted phrase
    // about an earlier or later event names no party of this one (1.9).
    if (['prior', 'before', 'after', 'following', 'ahead'].includes(t[from]?.lower ?? '')) {
      const comma = t.findIndex((x, i) => i > from && i < k && x.lower === ',');
      if (comma > 0) ms = ms.filter((m) => m.from > comma);
    }
    // "talks in Baghdad between representatives from Iran and Saudi Arabia": the parties are named; the host is not one.
    if (isNoun) {
      const between = t.slice(k + 1, Math.min(to, k + 8)).findIndex((x) => x.lower === 'between');
      const named = between >= 0 ? ms.filter((m) => m.from > k + 1 + between) : [];
      if (distinct(named).length >= 2) ms = named;
    }
    if (gather) {
      // Only the subject gathers, and it must name at least two states outside any body's session.
      ms = ms.filter((m) => m.from < k);
      const subject = t.slice(from, k);
      if (distinct(ms).length < 2 || subject.some(isBody) || !subject.some((x) => GATHERERS.has(x.lower))) continue;
    }
    // ("Amman is seeking ways of coaxing Israeli and Palestinian negotiators back to talks, Jordan's top
    // diplomat said after meeting Palestinian president X": the meeting is the speaker's; what he
    // said names no party of it, 1.26.6.)
    if (['after', 'following', 'before'].includes(t[k - 1]?.lower ?? '')) {
      const said = t.findIndex((x, i) => i > from && i < k - 1 && REPORT_VERBS.has(x.lower));
      const comma = said > 0 ? t.slice(from, said).map((x) => x.lower).lastIndexOf(',') : -1;
      if (comma >= 0) ms = ms.filter((m) => m.from > from + comma);
    }
    // "with Brazil acting as mediator", "talks brokered by Qatar": a third party not described as a party.
    const thirds = ms.filter((m) => thirdParty(s, m));
    const rest = distinct(ms.filter((m) => !thirds.includes(m)));
    if (thirds.length > 0 && (rest.length >= 2 || (rest.length === 0 && isNoun))) {
      const kept = new Set(rest);
      ms = ms.filter((m) => kept.has(m.iso3));
    }
    // "Singh also met A, B and C" with Singh unknown: the people met did not meet one another.
    // ("X held bilaterals with A, B and C and met with D": states met "with" earlier in the clause
    // are no subject either, 1.21.8.)
    // ("X and Y have been meeting with British and American ambassadors": the progressive too, 1.22.1.)
    const progressive = w === 'meeting' && ['been', 'is', 'are', 'was', 'were'].includes(t[k - 1]?.lower ?? '');
    if ((progressive || reception || ['met', 'meets', 'received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes'].includes(w)) && ms.length > 0 && ms.every((m) => m.from > k || withObject(s, m)) && t.slice(from, k).some((x) => x.cap && !FUNCTION_WORDS.has(x.lower))) continue;
    // ("PM held bilateral talks with host President A and other leaders including B": the same for
    // talks held "with" guests by a subject of no known state, 1.15.)
    // ("had a series of bilateral meetings including discussions with A and his B counterpart": a
    // few lower-case words between the noun and "with", 1.23.0.)
    if (isNoun && withNext(t, k) && ['held', 'had', 'holds', 'has'].some((v) => t.slice(from, k).some((x) => x.lower === v)) && ms.length > 0 && ms.every((m) => m.from > k) && t.slice(from, k).some((x) => x.cap && !FUNCTION_WORDS.has(x.lower))) continue;
    // ("The pull-aside meetings with world leaders included an interaction with Australian PM A,
    // Ugandan President B, …": meetings named as a subject, every state met "with" after them, are
    // someone's meetings with each, not a meeting of the guests with one another, 1.26.9.)
    // ("In discussions with Japanese officials, Chinese Vice Foreign Minister X demanded …": a fronted
    // phrase of the talks, whose subject follows its comma, is his meeting with them, 1.29.1.)
    const frontedTalks = k === 1 && ['in', 'during'].includes(t[0].lower);
    // ("… arrived in Singapore. His engagements included discussions with Prime Minister X": whose
    // meetings they are is the official last named, 1.30.30.)
    const hisOwn = !!ctx.lastPerson && t.slice(from, k).some((x) => x.lower === 'his' || x.lower === 'her');
    if (isNoun && PLURAL_MEETINGS.has(w) && !frontedTalks && !hisOwn && ms.length > 0 && ms.every((m) => m.from > k) && t.slice(k + 1, ms[0].from).some((x) => x.lower === 'with') && !t.slice(from, k).some((x) => (x.cap && !FUNCTION_WORDS.has(x.lower)) || HOLDERS.has(x.lower))) continue;
    // "X held a meeting with his Iraqi and Egyptian counterparts" with X's country unknown: the
    // counterparts meet X's state, not only each other, so without X there is no fact to tell.
    if (ms.length > 0 && !ctx.lastPerson && onlyCounterparts(s, ms, k)) continue;
    // "X travelled to Jordan and Egypt and held talks with senior officials": talks somewhere on a
    // tour of several states with no state named for the guests tell no party (1.9).
    const dests = destinations(s, from, k);
    if (dests.length >= 2 && ms.every((m) => dests.includes(m) || m.from < dests[0].from)) ms = ms.filter((m) => !dests.includes(m));
    // ("an early proponent of the Washington meeting": a capital naming the meeting after its venue
    // is where it was, not a party, 1.25.16.)
    if (isNoun) ms = ms.filter((m) => !((m.kind === 'capital' || m.kind === 'city') && m.to === k && DETERMINERS.has(t[m.from - 1]?.lower ?? '')));
    let participants = distinct(ms);
    // "Envoys of A, B and C paid courtesy calls on the Speaker": each calls alone, so a call
    // names no meeting of three or more (1.18).
    if ((callOn || ((w === 'call' || w === 'calls') && t[k - 1]?.lower === 'courtesy')) && participants.length > 2) continue;
    let confidence = participants.length === 2 ? 0.8 : 0.65;
    // "The two ministers held talks", "their meeting": the pair under discussion.
    // "At the meeting held at …": a definite meeting at the head of the sentence is the one just told.
    const definite = isNoun && t[k - 1]?.lower === 'the' && k <= 3 && ['at', 'during', 'in', 'after'].includes(t[k - 2]?.lower ?? '');
    // "The bilateral talks took place this afternoon": two parties, the pair just told (a visit sets it too) (1.8).
    const bilateralNoun = isNoun && t.slice(Math.max(from, k - 3), k).some((x) => x.lower === 'bilateral') && ctx.pair !== null;
    // "The second Session of the Joint Committee took place …": a session of the two states' joint
    // body is a meeting of the pair under discussion (1.17).
    const jointOf = isNoun && t[k + 1]?.lower === 'of' && t.slice(k + 2, k + 8).some((x, i, a) => x.lower === 'joint' && JOINT_BODIES.has(a[i + 1]?.lower ?? ''));
    // ("At the 4th Andean Energy Meeting held in October 2019, Peru set out …": a named, numbered
    // gathering is an event of its own, not the meeting of the pair under discussion, 1.17.)
    const namedEvent = isNoun && t[k].cap && !!t[k - 1]?.cap && t.slice(Math.max(from, k - 5), k).some((x) => /^\d{1,3}(st|nd|rd|th)$/.test(x.lower));
    const anaphoric = !namedEvent && (definite || bilateralNoun || jointOf || frontedAnaphora(s, from, k) || t.slice(from, k).some((x) => ANAPHORA.has(x.lower)) || t.slice(Math.max(from, k - 7), k).some((x) => x.lower === 'their'));
    // "held bilateral talks with a host of other Heads of State": unnamed others are not the pair just told (1.15).
    // ("with many other world leaders": one modifier between, 1.26.6.)
    const others = participants.length < 2 && t.slice(k + 1, to).some((x, i, a) => x.lower === 'other' && (OTHERS_MET.has(a[i + 1]?.lower ?? '') || (/^\p{Ll}+$/u.test(a[i + 1]?.text ?? '') && OTHERS_MET.has(a[i + 2]?.lower ?? ''))) || (OTHERS_MET.has(x.lower) && ['other', 'several', 'various', 'numerous', 'many'].includes(a[i - 1]?.lower ?? '')));
    if (participants.length < 2 && others) continue;
    // ("… calm between Sudan and Chad, its neighbour. The two countries have lately opened talks": "the two
    // countries" are the two states the sentence before names, when it names exactly two, 1.17.)
    const prevTwo = participants.length === 0 && anaphoric && s.words.has('two') && twoStatesSubject(t, from, k) ? statesOf(ctx.sentences[s.index - 1]) : null;
    // (Nor are the states of its subject matter the pair "their" points to.)
    const pair = participants.length < 2 && anaphoric && !(ctx.pair ?? []).every((c) => topics.has(c)) ? (prevTwo && prevTwo.length === 2 ? prevTwo : (groupFor(ctx, t.slice(from, k).map((x) => x.lower), participants) ?? pairFor(ctx, participants))) : null;
    if (pair) {
      participants = [...pair];
      confidence = 0.6;
    } else if (participants.length === 1 && isNoun && ms.some((m) => m.kind === 'person')) {
      // "At the start of official talks, Modi said …": one official named, the other side left
      // implicit; in an article about one dyad, the partner is that dyad's other member.
      const with1 = ctx.pairs.filter((p) => p.includes(participants[0]));
      const partners = new Set(with1.flatMap((p) => p.filter((c) => c !== participants[0])));
      // ("Yanukovych did not sign it at the Eastern Partnership summit in Vilnius": a named gathering,
      // or one placed in a third state, is no talk of the dyad, 1.30.58.)
      const third = s.mentions.some((m) => m.role === 'location' && m.kind !== 'person' && m.iso3 !== participants[0] && !partners.has(m.iso3));
      const named = t[k - 1]?.cap === true && k - 1 > from;
      if (partners.size === 1 && !third && !named) {
        participants = [participants[0], [...partners][0]];
        confidence = 0.55;
      }
    }
    // "In the meeting with his Ecuadorian counterpart …": "his" is the official last named.
    if (participants.length === 1 && ctx.lastPerson && ctx.lastPerson.iso3 !== participants[0] && possessedCounterpart(s, from, to)) {
      participants = [ctx.lastPerson.iso3, participants[0]];
      confidence = 0.6;
    }
    // "The first trilateral summit was held on …": a trilateral with no parties named is the group's.
    if (participants.length < 2 && isNoun && ctx.group && participants.every((p) => ctx.group!.includes(p))) {
      const size = t.slice(Math.max(from, k - 4), k).map((x) => (Object.prototype.hasOwnProperty.call(GROUP_SIZE, x.lower) ? GROUP_SIZE[x.lower] : undefined)).find((n) => n !== undefined);
      if (size === ctx.group.length) {
        participants = [...ctx.group];
        confidence = 0.55;
      }
    }
    // "Jaishankar has held bilateral meetings with his counterparts from the member states": the guests
    // are named later ("meetings … with the ministers of A and B"); the host of the series is known now (1.14).
    if (participants.length === 1 && w === 'meetings' && t.slice(k + 1, to).some((x) => x.lower === 'counterparts')) {
      const lead = ms.find((m) => m.from < k && m.from >= from && (m.kind === 'person' || m.kind === 'demonym'));
      if (lead && !isIrrealis(s, k)) ctx.meetingSeriesHost = lead.iso3;
    }
    if (participants.length < 2) continue;
    const date = dateNear(s, k);
    const location = locationIn(s, k) ?? (ctx.location && participants.includes(ctx.location.country ?? '') ? ctx.location : null);
    // "held bilateral talks with X and Y", "met separately with X and Y": one meeting per guest.
    const host = ms.find((m) => m.from < k && m.from >= from);
    // "X met French President A, British PM B and his Canadian counterpart C": a person meeting several officials, one by one.
    const oneByOne = !isNoun && host?.kind === 'person' && ms.filter((m) => m.from > k && m.kind === 'person').length >= 2;
    // "met his Uzbek and Kazakh counterparts": each counterpart faces the host alone.
    // A host meeting several guests met them one by one unless the sentence says they sat together
    // ("trilateral", "the three agreed", "joint talks", a summit).
    // (A summit the meeting was held on the sidelines of is another event: "on the sidelines of the BRICS Summit".)
    // ("met X, Y and the other ministers in the conference": the gathering is the setting, 1.9.)
    const aside = (i: number) => t.slice(Math.max(0, i - 6), i).some((x) => SIDELINES.has(x.lower)) || (t[i].lower === 'conference' && i > k && ['in', 'at'].includes(t[i - 2]?.lower ?? '') && t[i - 1]?.lower === 'the');
    const jointly = together > 0 || s.tokens.some((x, i) => MULTILATERAL.has(x.lower) && !aside(i)) || s.tokens.some((x, i) => x.lower === 'the' && ['three', 'four', 'five', 'six'].includes(s.tokens[i + 1]?.lower ?? ''));
    // The implicit split needs a real host: an official or a government (not a place in a list)
    // acting before the trigger, with the guests named after it.
    const realHost = !!host && (host.kind === 'person' || host.kind === 'demonym') && ms.some((m) => m.from > k && m.iso3 !== host.iso3);
    // "had meetings with his Indian and Thai counterparts": plural meetings, one per guest.
    const explicitSplit = oneByOne || (w === 'meetings' && realHost) || t.slice(from, to).some((x) => x.lower === 'bilateral' || x.lower === 'separately' || x.lower === 'separate');
    // "Bilateral meetings with Portuguese President A and Honduran President B took place as well": the
    // guests of plural meetings, none of them the host, each met the host of the article's series of
    // meetings (the state in its last two pairs); with no such host there is no fact (1.13).
    // ("he had bilateral meetings earlier yesterday with the ministers of A and B": a time phrase may
    // stand between the noun and "with", 1.14.)
    // ("Bilateral discussions were also held with A's minister, B's president and C's envoy": plural
    // bilateral talks in the passive, the same series, 1.21.15.)
    const bilateralPlural = (w === 'discussions' || w === 'talks' || w === 'consultations') && t[k - 1]?.lower === 'bilateral';
    if ((w === 'meetings' || bilateralPlural) && !host && withAfter(s, k) && participants.length >= 2 && ms.every((m) => m.from > k)) {
      const anchor = seriesHost(ctx);
      if (!anchor || participants.includes(anchor)) continue;
      ctx.remoteMeeting = false;
      const cands = participants.map((p) => ({
        type: 'MeetingHeld' as const,
        participants: [anchor, p],
        people: peopleIn(ms.filter((m) => m.iso3 === p)),
        location,
        date: date ?? ctx.storyDate,
        dateExplicit: date !== null,
        confidence: 0.6,
        modality: isHedged(s) ? ('hedged' as const) : ('asserted' as const),
        sentence: s.index,
      }));
      return { cands, k };
    }
    ctx.remoteMeeting = false;
    // "Hasina met President Xi Jinping and her Chinese counterpart Li Qiang": two officials of one
    // state met by one host, joined by "and", are two meetings (1.15).
    const hostP = ms.find((m) => m.from < k && m.from >= from && m.kind === 'person');
    if (!isNoun && !jointly && participants.length === 2 && hostP) {
      const guests = ms.filter((m) => m.from > k && m.kind === 'person' && m.iso3 !== hostP.iso3 && m.person);
      const names = [...new Set(guests.map((m) => m.person!.name))];
      const joined = guests.length === 2 && t.slice(guests[0].to, guests[1].from).some((x) => x.lower === 'and') && !t.slice(guests[0].to, guests[1].from).some((x) => x.lower === ',' || x.lower === 'with');
      if (names.length === 2 && joined && distinct(guests).length === 1 && !isHedged(s)) {
        const cands = guests.map((g) => ({
          type: 'MeetingHeld' as const,
          participants: [...participants],
          people: peopleIn(ms.filter((m) => m === hostP || m === g)),
          location,
          date: date ?? ctx.storyDate,
          dateExplicit: date !== null,
          confidence: 0.7,
          modality: 'asserted' as const,
          sentence: s.index,
          guestTag: g.person!.name,
        }));
        return { cands, k };
      }
    }
    // ("Sanchez and Belgian Prime Minister De Croo met with Egyptian President el-Sisi": a coordinated
    // subject of two states meeting a guest is one meeting of the three, 1.25.30.)
    const subjectMs = ms.filter((m) => m.from < k && m.from >= from);
    const lastSubject = subjectMs[subjectMs.length - 1];
    const coSubject =
      !isNoun && distinct(subjectMs).length >= 2 && ms.some((m) => m.from > k) && !!lastSubject &&
      t.slice(subjectMs[0].to, lastSubject.from).some((x) => x.lower === 'and') &&
      t.slice(lastSubject.to, k).every((x) => SUBJECT_ADVERBS.has(x.lower) || /ly$/.test(x.lower));
    if (participants.length > 2 && host && (explicitSplit || (!jointly && realHost && !coSubject))) {
      const split = participants
        .filter((p) => p !== host.iso3)
        .map((p) => ({
          type: 'MeetingHeld' as const,
          participants: [host.iso3, p],
          people: peopleIn(ms.filter((m) => m.iso3 === host.iso3 || m.iso3 === p)),
          location,
          date: date ?? ctx.storyDate,
          dateExplicit: date !== null,
          confidence: 0.7,
          modality: isHedged(s) ? ('hedged' as const) : ('asserted' as const),
          sentence: s.index,
        }));
      return { cands: split, k };
    }
    return {
      k,
      cands: [
      {
        type: 'MeetingHeld',
        participants,
        people: peopleIn(ms),
        location,
        date: date ?? ctx.storyDate,
        dateExplicit: date !== null,
        confidence,
        modality: isHedged(s) ? 'hedged' : 'asserted',
        sentence: s.index,
      },
      ],
    };
  }
  return { cands: [], k: -1 };
}

/** "with" right after the meeting noun at k, or after "including" and a lower-case noun ("meetings including discussions with"). */
function withNext(t: AnalysedSentence['tokens'], k: number): boolean {
  if (t[k + 1]?.lower === 'with') return true;
  return t[k + 1]?.lower === 'including' && /^\p{Ll}+$/u.test(t[k + 2]?.text ?? '') && t[k + 3]?.lower === 'with';
}

const OTHERS_MET = new Set(['heads', 'leaders', 'dignitaries', 'counterparts', 'officials', 'delegations', 'presidents', 'ministers']);

/** The state shared by the article's last two pairs: the host of a series of bilateral meetings (1.13). */
/** "meetings with", "meetings earlier yesterday with", "meetings on Monday with": lower-case time words only between. */
const DISCUSS_VERBS: ReadonlySet<string> = new Set(['discuss', 'review', 'consider', 'examine', 'debate', 'address']);
const PURPOSE_CUES = new Set(['aimed', 'devoted', 'dedicated', 'intended', 'designed']);

function withAfter(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  for (let i = k + 1; i < t.length && i <= k + 5; i++) {
    if (t[i].lower === 'with') return true;
    const dated = s.dates.some((d) => i >= d.from && i < d.to);
    if (!dated && !['earlier', 'later', 'also', 'separately', 'today', 'yesterday', 'on', 'were', 'was', 'held'].includes(t[i].lower)) return false;
  }
  return false;
}

function seriesHost(ctx: Context): string | null {
  if (ctx.meetingSeriesHost) return ctx.meetingSeriesHost;
  const last = ctx.pairs.slice(-2);
  if (last.length < 2) return null;
  const common = last[0].filter((c) => last[1].includes(c));
  return common.length === 1 ? common[0] : null;
}

const SECOND_MEETING = new Set(['met', 'meet']);

function laterMeeting(s: AnalysedSentence, ctx: Context, k: number, firstCands: Candidate[]): Candidate[] | null {
  const t = s.tokens;
  // The later clause starts at ", and" or ";" after the first trigger.
  const joint = t.findIndex((x, i) => i > k && ((x.lower === ',' && t[i + 1]?.lower === 'and') || x.lower === ';'));
  if (joint < 0) return null;
  const at = t.findIndex((x, i) => i > joint && SECOND_MEETING.has(x.lower) && (t[i - 1]?.lower === 'leaders' || t[i - 1]?.lower === 'sides' || s.mentions.some((m) => m.to === i)));
  if (at < 0) return null;
  const next = meetingFrom(s, ctx, at);
  const own = dateNear(s, at);
  const firstDate = firstCands[0]?.date ?? null;
  if (next.k !== at || !own || own === firstDate) return null;
  return next.cands.filter((c) => c.type === 'MeetingHeld' && c.dateExplicit);
}

/**
 * "During a closed-door meeting at the villa, both leaders discussed trade": a meeting noun in a
 * fronted "during / at / in" phrase whose main clause's subject is "both leaders", "the two
 * sides" — the pair just told (1.12).
 */
function frontedAnaphora(s: AnalysedSentence, from: number, k: number): boolean {
  const t = s.tokens;
  if (!['during', 'at', 'in'].includes(t[from]?.lower ?? '') || !['a', 'an', 'the', 'their'].includes(t[from + 1]?.lower ?? '')) return false;
  const comma = t.findIndex((x, i) => i > k && i <= k + 12 && x.lower === ',');
  if (comma < 0) return false;
  const head = t.slice(comma + 1, comma + 4).map((x) => x.lower);
  return (['both', 'two'].includes(head[0]) || (head[0] === 'the' && head[1] === 'two')) && head.some((w) => ['leaders', 'sides', 'presidents', 'ministers', 'countries', 'delegations', 'premiers', 'governments'].includes(w));
}

const TIME_HEADS = new Set(['eve', 'ahead', 'wake', 'run-up', 'prior']);
/** The meeting noun at k ends a noun phrase that follows "on the eve of / ahead of / in the wake of / prior to". */
const STATE_NOUNS = new Set(['countries', 'nations', 'states', 'neighbours', 'neighbors', 'governments']);
/** "The two countries …" as the subject before the trigger. */
function twoStatesSubject(t: AnalysedSentence['tokens'], from: number, k: number): boolean {
  return t.slice(from, k).some((x, i, a) => x.lower === 'two' && STATE_NOUNS.has(a[i + 1]?.lower ?? ''));
}
/** The distinct states a sentence names (not cities, not officials). */
function statesOf(s: AnalysedSentence | undefined): string[] | null {
  if (!s) return null;
  return [...new Set(s.mentions.filter((m) => m.kind !== 'city' && m.kind !== 'person').map((m) => m.iso3))];
}

const MOVED_FOR = new Set(['retired', 'withdrew', 'sat', 'proceeded', 'moved', 'adjourned', 'led', 'travelled', 'traveled', 'flew', 'went', 'came', 'arrived', 'visited']);
const SPAN_UNITS = new Set(['day', 'days', 'week', 'weeks', 'hours', 'hour', 'month', 'months']);
/** "two days before", "a week after", "two days ahead of" (at `ahead`): a span counted from another event, at token i. */
function countedSpan(t: AnalysedSentence['tokens'], i: number): boolean {
  const w = t[i]?.lower;
  if (!(w === 'before' || w === 'after' || (w === 'ahead' && t[i + 1]?.lower === 'of'))) return false;
  if (!SPAN_UNITS.has(t[i - 1]?.lower ?? '')) return false;
  // ("The meeting came hours after X appointed …": a bare plural unit counts a span too, 1.21.9.)
  return /^(a|an|one|two|three|four|five|six|seven|\d{1,2})$/.test(t[i - 2]?.lower ?? '') || (/s$/.test(t[i - 1].lower) && ['came', 'comes', 'took', 'was', 'happened', 'occurred', 'held', 'just', 'only', 'mere'].includes(t[i - 2]?.lower ?? ''));
}

function timeReference(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  for (let j = k - 1; j >= Math.max(1, k - 9); j--) {
    if (s.dates.some((d) => j >= d.from && j < d.to)) continue;
    const w = t[j].lower;
    if ([',', ';', '.', ':', 'and', 'that', 'which', 'who'].includes(w)) return false;
    if (!['the', 'a', 'an', 'this', 'that', 'their', 'its'].includes(w)) continue;
    const p = t[j - 1]?.lower ?? '';
    // ("two days before a summit with their Canadian counterpart", "two weeks after the talks": a span
    // counted from the meeting dates something else, 1.17.)
    const counted = countedSpan(t, j - 1) || (p === 'of' && countedSpan(t, j - 2));
    return counted || (p === 'of' && TIME_HEADS.has(t[j - 2]?.lower ?? '')) || (p === 'to' && ['prior', 'run-up'].includes(t[j - 2]?.lower ?? ''));
  }
  return false;
}
