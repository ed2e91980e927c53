/**
 * AidPledged outside an agreement: "the United States pledged $507 million", "Kuwait opened the
 * conference with a promise of $500 million", "contributions came from Britain with $150 million,
 * … and Norway", "said Tokyo would provide Manila 1 trillion yen".
 */
import { LEXICON } from '../../../domain/src/countries';
import type { AnalysedSentence, CountryMention } from '../analysis';
import { cityAt } from '../text/cities';
import { clauseEnd, clauseStart, dateNear, distinct, hasAny, inOtherRelative, isHedged, isIrrealis, reportDate } from '../clause';
import { stateNameAt } from '../text/mentions';
import type { Context } from '../context';
import type { Candidate } from './candidate';
import { TITLE_WORDS } from '../text/words';

const PLEDGE = new Set(['airlifted', 'contribute', 'contributes', 'contributing', 'contributed', 'donate', 'promising', 'send', 'sending', 'pledged', 'pledges', 'pledge', 'promised', 'promise', 'provide', 'provided', 'provides', 'donated', 'donates', 'granted', 'contributions', 'contribution', 'committed', 'gave', 'give', 'given', 'offered', 'announced', 'sent', 'allocated', 'earmarked', 'approved', 'extend', 'extended', 'extends', 'lend', 'lent', 'offer', 'pledging', 'donating', 'committing', 'providing', 'sending',
  // Present tense, as headlines tell past giving (1.16).
  'gives', 'sends', 'offers', 'grants',
  // ("Italy vows a 3.5 billion Br grant to Ethiopia": a vow of a sum or a grant is its pledge, 1.28.0.)
  'vows', 'vowed',
  // "India handed over relief materials to Nepal" (1.25.8).
  'handed', 'hands',
  // ("We're announcing an additional $20 million in humanitarian assistance", 1.26.2.)
  'announcing',
  // ("disbursed $25 million in food aid to Haiti", 1.30.18.)
  'disbursed', 'disburses', 'disbursing', 'disburse']);
// ("India has airlifted relief material to the Philippines", 1.29.9.)
const PAST_GIVING = new Set(['pledged', 'provided', 'donated', 'sent', 'delivered', 'granted', 'dispatched', 'gave', 'shipped', 'sending', 'handed', 'hands', 'airlifted', 'disbursed']);
const VICTIMS = new Set(['victims', 'survivors', 'evacuees', 'displaced']);
const MATERIAL_AID = new Set(['aid', 'assistance', 'relief', 'supplies', 'donations', 'donation', 'grant', 'grants', 'loan', 'loans', 'tents', 'blankets', 'medicines', 'goods', 'medicine', 'food', 'vaccines', 'doses', 'rice', 'wheat', 'grain', 'flour', 'fuel',
  // ("handed over the equipment to Uganda", "donated ambulances": things given for use, 1.28.3.)
  'equipment', 'ambulances', 'vehicles',
  // ("testing kits", "hygiene kits", 1.29.0.)
  'kits']);
const TELLING = new Set(['update', 'updates', 'briefing', 'briefings', 'information', 'details', 'overview', 'account', 'explanation', 'clarification', 'testimony', 'figures', 'report', 'assessment']);
const PARTICIPLES = new Set(['pledging', 'donating', 'committing', 'providing', 'contributing', 'announcing', 'promising']);
// People sent to help: "a search and rescue team", "medical teams", "rescue workers" (1.19); a team
// with no such word ("sent a team to the talks") is no aid.
const AID_TEAMS = new Set(['team', 'teams', 'workers', 'personnel', 'rescuers', 'doctors', 'medics']);
const AID_TEAM_WORDS = new Set(['rescue', 'medical', 'relief', 'humanitarian', 'search', 'emergency', 'disaster']);
const SUPPLY_KINDS = new Set(['medical', 'relief', 'humanitarian', 'food', 'emergency', 'aid']);
/** Material aid, or people sent to help, at token i. */
function aidInKind(t: AnalysedSentence['tokens'], i: number): boolean {
  const w = t[i]?.lower ?? '';
  if (MATERIAL_AID.has(w)) return true;
  // ("hands over medical supply": the singular only after a word of its kind, 1.29.0.)
  if (w === 'supply') return SUPPLY_KINDS.has(t[i - 1]?.lower ?? '');
  if (!AID_TEAMS.has(w)) return false;
  return w === 'rescuers' || t.slice(Math.max(0, i - 3), i).some((x) => AID_TEAM_WORDS.has(x.lower));
}
const GIVING_VERBS = new Set(['provide', 'give', 'donate', 'grant', 'extend', 'lend', 'contribute', 'allocate', 'offer', 'send']);
const SET_ASIDE = new Set(['allocated', 'earmarked']);
const HELP_VERBS = new Set(['support', 'help', 'assist']);
const GOV_WORDS = new Set(['government', 'people', 'authorities']);
const SAY = new Set(['said', 'says', 'announced', 'told', 'stated']);
// Time words that may stand between a say-verb and its reported clause ("announced yesterday it will …").
const CALENDAR_AFTER_SAY = new Set(['today', 'yesterday', 'tonight']);
// Verbs that make a sum with an aid noun a pledge: "unveiled a $5 million aid package for Laos" (1.18.6).
// A state's legislature: what it passes, the state gives.
const LEGISLATURES = new Set(['congress', 'parliament', 'senate', 'legislature', 'lawmakers', 'diet', 'bundestag', 'knesset', 'duma']);
const PROVIDES = new Set(['provides', 'provide', 'gives', 'give', 'includes', 'include', 'allocates', 'allocate', 'sends', 'send']);

/**
 * "The $95 billion aid package approved by the U.S. Congress provides military aid to Ukraine and
 * Israel … and gives humanitarian assistance to civilians in Gaza": an aid package a state's
 * legislature passed is that state's pledge to each state it provides for (1.24.9). Only with the
 * state written before its legislature; the sum is the package's only where one state receives it.
 */
function legislatedAid(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    if ((t[k].lower !== 'approved' && t[k].lower !== 'passed') || t[k + 1]?.lower !== 'by' || isIrrealis(s, k)) continue;
    const at = t[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const state = s.mentions.find((m) => m.from === at && (m.kind === 'name' || m.kind === 'demonym') && LEGISLATURES.has(t[m.to]?.lower ?? ''));
    if (!state) continue;
    const subject = t.slice(Math.max(0, k - 8), k).map((x) => x.lower);
    const aidPackage = (subject.includes('package') || subject.includes('bill')) && subject.some((w) => AID_WORDS_IN_SUBJECT.has(w));
    if (!aidPackage) continue;
    // Every verb of providing after the legislature, to the sentence's end ("provides … to A and B,
    // replenishes …, and gives … to C").
    const recipients = new Set<string>();
    for (let v = state.to + 1; v < t.length; v++) {
      if (!PROVIDES.has(t[v].lower) || isIrrealis(s, v)) continue;
      for (const r of recipientAfter(s, v, t.length, state.iso3) ?? []) recipients.add(r);
    }
    const sum = s.money.find((x) => !x.conversion && x.to <= k);
    return [...recipients].map((r) => candidate(s, ctx, state.iso3, r, recipients.size === 1 && sum ? { amount: sum.amount, currency: sum.currency } : null, k));
  }
  return [];
}
const AID_WORDS_IN_SUBJECT = new Set(['aid', 'assistance', 'relief', 'humanitarian', 'security', 'military', 'foreign']);

const UNVEILED = new Set(['announced', 'unveiled', 'revealed', 'approved', 'launched', 'earmarked', 'allocated']);
const PACKAGE_NOUNS = new Set(['aid', 'assistance', 'package', 'grant', 'grants', 'loan', 'relief', 'support', 'donation']);

// Words of approximation between "of" and a sum: "a package of over $400 million" (1.23.0).
const ABOUT = new Set(['over', 'about', 'nearly', 'almost', 'around', 'roughly', 'some', 'approximately']);
const ABOUT_PAIRS = new Set(['more than', 'up to', 'at least', 'close to']);
/**
 * "grant of $2 million", "new humanitarian aid package of over $400 million": from token i, up to
 * three lower-case modifiers, aid nouns, "of", a word of approximation, and the sum (1.18.6; the
 * modifiers and the approximation 1.23.0).
 */
function packageOf(s: AnalysedSentence, i: number) {
  const t = s.tokens;
  let j = i;
  while (j < i + 3 && t[j] && !PACKAGE_NOUNS.has(t[j].lower) && /^\p{Ll}[\p{Ll}-]*$/u.test(t[j].text)) j++;
  if (!PACKAGE_NOUNS.has(t[j]?.lower ?? '')) return undefined;
  while (PACKAGE_NOUNS.has(t[j + 1]?.lower ?? '')) j++;
  // ("a new military aid package worth 200 million euros", 1.30.43.)
  if (t[j + 1]?.lower !== 'of' && t[j + 1]?.lower !== 'worth') return undefined;
  let at = j + 2;
  if (ABOUT.has(t[at]?.lower ?? '')) at++;
  else if (ABOUT_PAIRS.has(`${t[at]?.lower} ${t[at + 1]?.lower}`)) at += 2;
  return s.money.find((x) => !x.conversion && x.from === at);
}

/**
 * "Japan unveiled a $5 million aid package for Laos", "The Korean government approved a grant of $2
 * million to Fiji": a sum of aid made public by its giver, with the recipient after it, is a pledge
 * (1.18.6). The giver is the clause's subject (a state, a demonym before "government", an official
 * of a known state); nothing planned, negated or conditional.
 */
function unveiledAid(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const out: Candidate[] = [];
  for (let k = 0; k < t.length; k++) {
    if (!UNVEILED.has(t[k].lower) || isIrrealis(s, k)) continue;
    if (!['a', 'an'].includes(t[k + 1]?.lower ?? '')) continue;
    const money = s.money.find((x) => !x.conversion && x.from >= k + 2 && x.from <= k + 4);
    const grantOf = packageOf(s, k + 2);
    const sum = money ?? grantOf;
    if (!sum) continue;
    // The aid noun: right after the sum ("$5 million aid package", "$5 million in aid"), or before "of".
    const after = t.slice(sum.to, sum.to + 3).map((x) => x.lower);
    if (!grantOf && !after.some((w) => PACKAGE_NOUNS.has(w))) continue;
    const start = clauseStart(s, k);
    const subject = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && (m.kind !== 'demonym' || ['government', 'govt'].includes(t[m.to]?.lower ?? '')));
    // ("X met Y in Kyiv on Friday, as Finland unveiled …": the state right before the verb is its subject, 1.30.43.)
    const own = subject.find((m) => m.to === k && m.kind !== 'person');
    const donor = own ?? subject[0];
    if (!donor || (!own && subject.some((m) => m.iso3 !== donor.iso3))) continue;
    const end = clauseEnd(s, k);
    let to = recipientAfter(s, sum.to - 1, end, donor.iso3);
    // ("Zelenskyy met Finnish President Stubb in Kyiv, as Finland unveiled a new military aid package
    // worth 200 million euros": with no recipient written, the one other state whose official or
    // place the sentence names, 1.30.43.)
    if (!to) {
      const others = distinct(s.mentions.filter((m) => m.iso3 !== donor.iso3 && (m.kind === 'person' || m.role === 'location')));
      if (others.length === 1 && !s.mentions.some((m) => m.iso3 !== donor.iso3 && m.iso3 !== others[0])) to = others;
    }
    if (!to) continue;
    for (const r of to) if (r !== donor.iso3) out.push(candidate(s, ctx, donor.iso3, r, { amount: sum.amount, currency: sum.currency }, k));
  }
  return out;
}
// ("announced the UAE's decision to provide US$3 billion in aid", 1.30.47.)
const VOWS = new Set(['vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'committed', 'undertook', 'offered', 'agreed', 'decided', 'decision']);
// Verbs that mean giving money only in talk of aid: "announced tariffs on $300 billion" is not a pledge.
const PLEDGE_WORDS = new Set(['pledged', 'pledges', 'pledge', 'promised', 'promise', 'donated', 'donates', 'contributions', 'contribution', 'pledging', 'donating']);
const AID_NOUNS = new Set(['aid', 'assistance', 'loan', 'loans', 'grant', 'grants', 'humanitarian', 'relief', 'support', 'funding', 'donation', 'credit', 'help', 'reconstruction', 'development', 'response', 'recovery', 'rebuilding']);

// A country's firms, citizens or charities giving are not the state giving (1.11).
const PRIVATE_DONORS = new Set(['enterprises', 'companies', 'firms', 'businesses', 'businessmen', 'business', 'citizens', 'nationals', 'residents', 'charities', 'ngos', 'individuals', 'diaspora', 'community', 'private']);
const DESTINATION = new Set(['visit', 'visits', 'trip', 'tour', 'travel', 'travelled', 'traveled', 'flight', 'way', 'return']);

/**
 * The recipient after the pledge verb: the indirect object ("provide Manila …") or the first
 * "to / for <Name>". `undefined` when no such phrase names anyone; `null` when the first one names
 * something that is not a country ("$1 billion to Africa during a visit to Angola").
 */
const PARTS = new Set(['includes', 'included', 'including', 'comprises', 'comprising', 'consists', 'consisting']);
const APPEALS = new Set(['appeal', 'appeals', 'request', 'requests', 'call', 'calls', 'plea', 'pleas']);

// What of a state receives for it after its demonym: "to the Chinese government", "to the Afghan
// people", "to the Haitian treasury", "to the Zambian ministry of health" (1.11, 1.12, 1.18).
const RECEIVING_HEADS = new Set(['government', 'govt', 'people', 'population', 'treasury', 'exchequer', 'ministry', 'ministries', 'authorities', 'budget', 'state', 'police', 'army', 'armed', 'military', 'nation']);
// Who is helped when an infinitive of purpose names people, not a state: "to help families
// hit by the drought in Kenya" (1.18).
const POPULATION = new Set(['people', 'communities', 'victims', 'families', 'refugees', 'residents', 'survivors', 'those', 'households', 'children', 'farmers', 'population', 'populations', 'citizens']);

// Giving verbs that take support or assistance as their object, and what may stand before it.
const SUPPORT_GIVERS = new Set(['provide', 'provided', 'provides', 'give', 'gave', 'given', 'extend', 'extended', 'extends', 'grant', 'granted', 'send', 'sent', 'deliver', 'delivered', 'donate', 'donated']);
const SUPPORT_NOUNS = new Set(['support', 'assistance', 'aid', 'help']);
const SUPPORT_LEAD = new Set(['further', 'additional', 'more', 'its', 'their', 'financial', 'technical', 'humanitarian', 'necessary', 'the', 'a', 'an', 'budgetary', 'material', 'emergency']);
/** The index of "support / assistance / aid" as the object of the giving verb at k, else -1. */
function supportObject(t: AnalysedSentence['tokens'], k: number): number {
  let i = k + 1;
  while (i < k + 4 && SUPPORT_LEAD.has(t[i]?.lower ?? '')) i++;
  return SUPPORT_NOUNS.has(t[i]?.lower ?? '') ? i : -1;
}

const PURPOSE_INFINITIVES = new Set(['support', 'help', 'assist', 'fund', 'finance', 'build', 'rebuild', 'stage', 'host', 'boost', 'strengthen', 'improve', 'cover', 'buy', 'purchase', 'address', 'combat', 'fight', 'tackle', 'mitigate', 'restore', 'repair', 'upgrade', 'develop', 'promote', 'ensure', 'enable', 'meet', 'aid', 'relieve', 'reconstruct']);

/**
 * A state's people named by its demonym in the plural ("Palestinians", "Syrians", "Afghans",
 * "Filipinos") at token i: that state, when the demonym names one state only. (Demonyms without a
 * plural -s, "the Chinese", "the British", are not read here.)
 */
function peopleAt(t: AnalysedSentence['tokens'], i: number): string | null {
  const w = t[i];
  if (!w?.cap || w.lower.length < 5 || !w.lower.endsWith('s')) return null;
  const e = LEXICON.get(w.lower.slice(0, -1));
  return e?.kind === 'demonym' && e.iso3.length === 1 ? e.iso3[0] : null;
}
const PROVIDE = new Set(['provide', 'provides', 'provided', 'providing']);
/** "provide(d) (the government of) <State> with (an additional) $N": the state is given the sum. */
function providedStateWithSum(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  const i = pastGiverHead(t, t[k + 1]?.lower === 'the' ? k + 2 : k + 1);
  const state = s.mentions.find((m) => m.from === i && m.kind === 'name');
  if (!state || t[state.to]?.lower !== 'with') return false;
  let j = state.to + 1;
  while (j < state.to + 4 && ['an', 'a', 'additional', 'another', 'further', 'extra', 'new'].includes(t[j]?.lower ?? '')) j++;
  // (Not goods of a trade: "with $5 million worth of copper under a trade deal".)
  return s.money.some((x) => x.from === j && !x.conversion && x.currency !== null && t[x.to]?.lower !== 'worth') && !t.slice(k + 1, clauseEnd(s, k)).some((x) => TRADE.has(x.lower));
}
const PLACE_PARTS = new Set(['areas', 'regions', 'provinces', 'districts', 'parts', 'zones', 'villages', 'towns', 'states']);
/** "in" after parts of a state or its people: "areas in", "victims in". */
const inPlacePart = (t: AnalysedSentence['tokens'], j: number) => t[j].lower === 'in' && (PLACE_PARTS.has(t[j - 1]?.lower ?? '') || POPULATION.has(t[j - 1]?.lower ?? ''));
const IN_PLACE = new Set(['in', 'inside', 'living', 'sheltering', 'hosted', 'stranded', 'displaced']);
/**
 * Aid "for Palestinians in Gaza", "to help Syrians hit by the earthquake": a state's people
 * receive for their state (as "to the Afghan people" does). Not the giver's own people, and no
 * guess when the people are placed in another state ("for Syrians in Turkey": null).
 */
function peopleRecipient(s: AnalysedSentence, j: number, end: number, donor: string): string[] | null | undefined {
  const iso3 = peopleAt(s.tokens, j);
  if (!iso3 || iso3 === donor) return undefined;
  const elsewhere = s.mentions.some(
    (m) => m.from > j && m.from <= j + 4 && m.from < end && m.iso3 !== iso3 && m.kind !== 'demonym' && m.kind !== 'person' && s.tokens.slice(j + 1, m.from).some((x) => IN_PLACE.has(x.lower)),
  );
  return elsewhere ? null : [iso3];
}

/** Whether the clause names a state before the verb at k. */
function subjectState(s: AnalysedSentence, start: number, k: number): boolean {
  return s.mentions.some((m) => m.from >= start && m.to <= k && m.role === 'actor');
}
const TOTAL_WORDS = new Set(['overall', 'cumulative', 'total']);
const UNTIL = new Set(['till', 'until', 'up']);
/** A perfect of giving told as a total: "has provided $159 million in overall assistance", "… so far", "… to date". */
function runningTotal(s: AnalysedSentence, k: number, end: number): boolean {
  const t = s.tokens;
  const aux = ['has', 'have'].includes(t[k - 1]?.lower ?? '') || (['has', 'have'].includes(t[k - 2]?.lower ?? '') && /ly$/.test(t[k - 1]?.lower ?? ''));
  if (!aux) return false;
  const rest = t.slice(k + 1, end);
  // (A date it runs from is not enough: "has provided $50 million in assistance to Laos since 2020" is told as given, 1.13.)
  // ("has contributed more than $8 billion till today", "… until now", 1.26.14.)
  return rest.some((x, i) => TOTAL_WORDS.has(x.lower) || (x.lower === 'to' && rest[i + 1]?.lower === 'date') || (x.lower === 'so' && rest[i + 1]?.lower === 'far') || (UNTIL.has(x.lower) && ['today', 'now', 'date'].includes(rest[i + 1]?.lower ?? '')));
}
const PHRASE_ENDS = new Set(['at', 'on', 'during', 'by', 'with', 'from', 'after', 'before', 'as', 'amid']);
const POSTED = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'representative', 'representatives', 'emissary', 'mission', 'delegation', 'delegate', 'delegates']);
const DISPLACED = new Set(['refugees', 'migrants', 'evacuees', 'displaced', 'asylum']);
/**
 * ("to address the plight of refugees fleeing Syria", "for Syrian refugees", "for refugees from
 * Syria": aid for those who fled a state is counted as aid for that state, 1.26.4.)
 */
function displacedFrom(s: AnalysedSentence, o: number, end: number, donor: string): string[] | undefined {
  const t = s.tokens;
  for (let p = o; p < Math.min(end, o + 6); p++) {
    if (!DISPLACED.has(t[p].lower)) continue;
    const demonym = s.mentions.find((m) => m.to === p && m.kind === 'demonym' && m.iso3 !== donor);
    if (demonym) return [demonym.iso3];
    if (t[p + 1]?.lower !== 'from' && t[p + 1]?.lower !== 'fleeing') return undefined;
    const at = t[p + 2]?.lower === 'the' ? p + 3 : p + 2;
    const fled = s.mentions.find((m) => m.from === at && m.kind === 'name' && m.iso3 !== donor);
    return fled ? [fled.iso3] : undefined;
  }
  return undefined;
}

function recipientAfter(s: AnalysedSentence, k: number, end: number, donor: string): string[] | null | undefined {
  const t = s.tokens;
  // "US$73 million": a currency's country letters inside an amount are no recipient (1.8).
  const inMoney = (m: CountryMention) => s.money.some((x) => m.from >= x.from && m.from < x.to);
  // ("given the Philippines $16 million": the article before a name, 1.11.)
  // ("will provide the government of Ukraine with $4.5 billion": the state behind its government, 1.29.8.)
  const at = t[k + 1]?.lower === 'the' ? pastGiverHead(t, k + 2) : k + 1;
  const direct = s.mentions.find((m) => m.from === at && m.kind !== 'demonym' && m.kind !== 'person' && m.iso3 !== donor && !inMoney(m));
  if (direct) return [direct.iso3];
  for (let i = k + 1; i < end - 1; i++) {
    if (t[i].lower !== 'to' && t[i].lower !== 'for') continue;
    // ("through the Office for Rural Roads": a preposition inside a name, 1.18.)
    if (t[i].lower === 'for' && t[i - 1]?.cap && t[i + 1]?.cap && !s.mentions.some((x) => x.from === i + 1 && x.kind !== 'demonym')) continue;
    // "up to $5 million": a bound, not a recipient; "according to the Iranian media": a source (1.10).
    if (t[i - 1]?.lower === 'up' || t[i - 1]?.lower === 'according') continue;
    // "a visit to Angola": a destination, not a recipient.
    if (DESTINATION.has(t[i - 1]?.lower ?? '')) continue;
    // ("…, U.S. ambassador to the United Nations X told the summit": an envoy's posting, not a recipient, 1.25.5.)
    if (t[i].lower === 'to' && POSTED.has(t[i - 1]?.lower ?? '')) continue;
    // "gave NZ$4 million to help fund the youth festival": an infinitive of purpose; its object is
    // the recipient only when it is a state ("to help Turkey rebuild"), and a name inside it is no
    // sign that the aid went to no state (1.17).
    if (t[i].lower === 'to' && PURPOSE_INFINITIVES.has(t[i + 1]?.lower ?? '')) {
      const o = t[i + 2]?.lower === 'the' ? i + 3 : i + 2;
      const obj = s.mentions.find((x) => x.from === o && (x.kind === 'name' || x.kind === 'capital') && x.iso3 !== donor && !inMoney(x));
      if (obj) return coordinated(s, obj, end).filter((c) => c !== donor);
      // ("to help Syrians hit by the earthquake": the people of a state, 1.23.0.)
      const people = peopleRecipient(s, o, end, donor) ?? displacedFrom(s, o, end, donor);
      if (people !== undefined) return people;
      // ("to help families hit by the drought in Kenya": those helped are
      // where they live, 1.18.)
      if (POPULATION.has(t[o]?.lower ?? '') || (POPULATION.has(t[o + 1]?.lower ?? '') && /^\p{Ll}/u.test(t[o].text))) {
        const place = s.mentions.find((x) => x.from > o && x.from < end && x.kind === 'name' && t[x.from - 1]?.lower === 'in' && x.iso3 !== donor && !inMoney(x));
        if (place) return [place.iso3];
      }
      continue;
    }
    // "to earthquake-stricken Turkey", "for earthquake response in Turkey and Syria": step over lower-case modifiers.
    let j = i + 1;
    // (Not past a preposition of place or time: "to the cause at a United Nations Conference", 1.25.19.)
    while (j < end && j < i + 6 && t[j].lower !== 'to' && t[j].lower !== 'for' && !PHRASE_ENDS.has(t[j].lower) && !inPlacePart(t, j) && (t[j].lower === '-' || /^\p{Ll}/u.test(t[j].text))) j++;
    // ("to the Government of Malawi", "to the people of Haiti": the state behind its government, 1.17.)
    j = pastGiverHead(t, j);
    // ("to the typhoon-hit areas in the Philippines": parts of a state, or its people, in it, 1.29.1.)
    if (j > i + 1 && inPlacePart(t, j)) {
      const at = t[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      const place = s.mentions.find((x) => x.from === at && x.kind === 'name' && x.iso3 !== donor && !inMoney(x));
      if (place) return [place.iso3];
    }
    const m = s.mentions.find((x) => x.from === j && x.kind !== 'demonym' && x.kind !== 'person' && !inMoney(x));
    if (m && m.iso3 !== donor) return coordinated(s, m, end).filter((c) => c !== donor);
    // "100,000 dollars in aid to the Chinese government": a demonym before "government" names the state (1.11).
    // ("to the Afghan people": a state's people receive what is given to the state, 1.12.)
    // ("a grant to the Haitian treasury", "to the Zambian ministry of health": the state's own
    // institutions receive for it, 1.18.)
    const gov = s.mentions.find((x) => x.from === j && x.kind === 'demonym' && RECEIVING_HEADS.has(t[x.to]?.lower ?? '') && x.iso3 !== donor);
    if (gov) return [gov.iso3];
    // "aid for Palestinians in Gaza": a state's people, by their plural demonym (1.23.0).
    const people = m ? undefined : peopleRecipient(s, j, end, donor) ?? displacedFrom(s, j, end, donor);
    if (people !== undefined) return people;
    // "$400 million for Gaza": a city after "for" (read as a place after "to" already), unless it
    // begins a longer name ("a grant for Georgetown University", 1.23.0).
    if (!m && t[i].lower === 'for' && j === i + 1) {
      const c = cityAt(t, j);
      if (c && c.iso3 !== donor && !t[c.to]?.cap) return [c.iso3];
    }
    // "responded to Pakistani President X's appeal for aid with a pledge of $20 million": who
    // appealed for the aid receives it (1.9).
    const appellant = s.mentions.find((x) => x.from === j && (x.kind === 'demonym' || x.kind === 'person' || x.kind === 'name') && x.iso3 !== donor);
    if (appellant) {
      const poss = t.findIndex((x, q) => q >= appellant.to && q < appellant.to + 6 && x.lower === "'s");
      if (poss > 0 && APPEALS.has(t[poss + 1]?.lower ?? '')) return [appellant.iso3];
    }
    // ("handed over relief materials to Ugandan Foreign Minister X": an official of the receiving state
    // receives for it, 1.28.3.)
    const official = t[i].lower === 'to' ? s.mentions.find((x) => x.from === j && x.iso3 !== donor && isOfficial(t, x)) : undefined;
    if (official) return [official.iso3];
    if (!m && t[j]?.cap) return null;
  }
  return undefined;
}

/** "responded to X's appeal … with a pledge": the state of the one whose appeal the pledge answers. */
function appellantBefore(s: AnalysedSentence, start: number, k: number, donor: string): string[] | undefined {
  const t = s.tokens;
  for (let i = start; i < k; i++) {
    if (t[i].lower !== "'s" || !APPEALS.has(t[i + 1]?.lower ?? '')) continue;
    const m = s.mentions.filter((x) => x.to <= i && x.from >= i - 8 && x.iso3 !== donor && x.kind !== 'city').shift();
    if (m && t.slice(Math.max(start, m.from - 3), m.from).some((x) => x.lower === 'to')) return [m.iso3];
  }
  return undefined;
}

/** "Turkey and Syria", "Chad, Niger and Mali": the countries coordinated with the first. */
function coordinated(s: AnalysedSentence, first: CountryMention, end: number): string[] {
  const t = s.tokens;
  const out = [first.iso3];
  // ("the United Kingdom (UK), Germany and …": a bracketed short name of the same state is skipped, 1.26.3.)
  const skipShort = (i: number) => (t[i]?.text === '(' && t[i + 2]?.text === ')' && s.mentions.some((x) => x.from === i + 1 && x.iso3 === out[out.length - 1]) ? i + 3 : i);
  let i = skipShort(first.to);
  while (i < end && (t[i].lower === ',' || t[i].lower === 'and')) {
    // ("Norway, Japan, the Philippines and Chile": an article before a coordinated name, 1.17; the
    // article may be part of the name's mention, as in "the Netherlands", 1.17.1.)
    const named = (at: number) => s.mentions.find((x) => x.from === at && x.kind !== 'demonym' && x.kind !== 'person');
    // ("Ukraine, Israel, and Taiwan": the serial comma before the last, 1.24.9.)
    if (t[i].lower === ',' && t[i + 1]?.lower === 'and') i++;
    const m = named(i + 1) ?? (t[i + 1]?.lower === 'the' ? named(i + 2) : undefined);
    if (!m) break;
    out.push(m.iso3);
    i = skipShort(m.to);
  }
  return [...new Set(out)];
}

/** The states coordinated with the last subject ("A, B, the C and D"), or that subject alone. */
function coordinatedSubject(s: AnalysedSentence, subj: CountryMention[], last: CountryMention): CountryMention[] {
  const out = [last];
  let j = subj.indexOf(last);
  while (j > 0) {
    const prev = subj[j - 1];
    const gap = s.tokens.slice(prev.to, subj[j].from);
    if (gap.length === 0 || !gap.every((x) => [',', 'and', 'the', '(', ')'].includes(x.lower)) || prev.kind === 'demonym' || prev.kind === 'person') break;
    out.unshift(prev);
    j--;
  }
  return out;
}

/** "China announced that it would provide …": the pronoun stands for the announcing subject. */
function pronounDonor(s: AnalysedSentence, start: number, k: number): CountryMention | undefined {
  const t = s.tokens;
  // (Or no "that": "announced on Monday it will provide …", a say-verb a few words before, 1.18.6.)
  const pronoun = t.slice(start, k).findIndex((x) => x.lower === 'it' || x.lower === 'they');
  if (pronoun < 0) return undefined;
  const said = t[start - 1]?.lower === 'that' || t.slice(Math.max(0, start + pronoun - 5), start + pronoun).some((x) => SAY.has(x.lower));
  if (!said) return undefined;
  // ("The Chinese government has announced … that it will provide …": a demonym before "government", 1.13.)
  return s.mentions.find((m) => m.to < start + pronoun && m.role === 'actor' && (m.kind !== 'demonym' || ['government', 'govt'].includes(s.tokens[m.to]?.lower ?? '')));
}

/**
 * "SINGAPORE - The Government is contributing US$20,000 …, the Singapore Ministry of Foreign Affairs
 * said": a bare "the Government" as subject is the state whose ministry says so, else the state of
 * the story's dateline (1.15).
 */
function governmentDonor(s: AnalysedSentence, start: number, k: number, ctx: Context): CountryMention | undefined {
  const t = s.tokens;
  const g = t.findIndex((x, i) => i >= start && i < k && x.text === 'Government' && t[i - 1]?.lower === 'the' && t[i + 1]?.lower !== 'of');
  if (g < 0 || s.mentions.some((m) => m.to === g - 1 || m.to === g)) return undefined;
  const ministry = s.mentions.find((m) => m.from > k && ['ministry', 'government'].includes(t[m.to]?.lower ?? '') && m.kind !== 'city');
  if (ministry) return ministry;
  const home = ctx.location?.country;
  const first = ctx.sentences[0];
  const dl = first?.mentions.find((m) => m.role === 'location' && m.from === 0 && m.iso3 === home);
  return dl && s.index <= 1 ? dl : undefined;
}

/**
 * ("We're announcing an additional $20 million in humanitarian assistance from the United States for
 * …": with no giver in the subject, the state the aid comes "from" gives it, 1.26.2.)
 */
function aidFrom(s: AnalysedSentence, k: number, end: number): CountryMention | undefined {
  const t = s.tokens;
  return s.mentions.find((m) => {
    if (m.from <= k || m.to > end || m.kind !== 'name') return false;
    const at = t[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
    return t[at]?.lower === 'from' && t.slice(Math.max(k + 1, at - 2), at).some((x) => AID_NOUNS.has(x.lower));
  });
}

// A state after one of these is an object, never the giver: "the largest provider of assistance to Ukraine and has provided …" (1.13).
const OBJECT_PREPOSITIONS = new Set(['to', 'for', 'from', 'with', 'against', 'into', 'towards', 'toward', 'on']);

/**
 * "$575 million in assistance will be provided to the four countries, U.S. Agency … Administrator
 * Mark Green announced": the state in the announcing clause after the comma gives (1.13).
 */
function announcerAfter(s: AnalysedSentence, k: number): CountryMention | undefined {
  const t = s.tokens;
  const q = t.findIndex((x, i) => i > k && SAY.has(x.lower));
  if (q < 0) return undefined;
  let c = q - 1;
  while (c > k && t[c].lower !== ',') c--;
  if (c <= k) return undefined;
  return s.mentions.find((m) => m.from > c && m.to <= q && m.kind !== 'city');
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * "to the four countries": the states of a list of that many named in this or the two sentences
 * before (1.13). `undefined` when there is no such phrase, `null` when no list of that size was told.
 */
function countedRecipients(s: AnalysedSentence, ctx: Context, k: number, end: number): string[] | null | undefined {
  const t = s.tokens;
  let at = t.findIndex((x, i) => i > k && i < end - 3 && x.lower === 'to' && t[i + 1].lower === 'the' && COUNTRY_NOUNS.has(t[i + 3].lower));
  let countAt = at + 2;
  // ("to four of its diplomatic allies", "to three of their neighbours": a count of the giver's partners, 1.21.16.)
  if (at < 0) {
    at = t.findIndex((x, i) => i > k && i < end - 4 && x.lower === 'to' && t[i + 2]?.lower === 'of' && ['its', 'their', 'the'].includes(t[i + 3]?.lower ?? '') && t.slice(i + 4, i + 7).some((y) => COUNTRY_NOUNS.has(y.lower) || PARTNER_NOUNS.has(y.lower)));
    countAt = at + 1;
  }
  if (at < 0) return undefined;
  const n = Object.prototype.hasOwnProperty.call(COUNT_WORDS, t[countAt].lower) ? COUNT_WORDS[t[countAt].lower] : Number(t[countAt].text);
  if (!Number.isInteger(n) || n < 2 || n > 10) return undefined;
  for (let i = s.index; i >= Math.max(0, s.index - 2); i--) {
    const x = i === s.index ? s : ctx.sentences[i];
    if (!x) continue;
    const list = statesRun(x, n);
    if (list) return list;
  }
  // ("… to four of its allies. … handed the supplies to the ambassadors of A, B, C and D": the list
  // may follow in the next sentence, 1.21.16.)
  const next = ctx.sentences[s.index + 1];
  const later = next ? statesRun(next, n) : null;
  if (later) return later;
  // A group the article never listed is no state of its own (not the article's recipient either).
  return null;
}
const PARTNER_NOUNS = new Set(['allies', 'partners', 'friends']);

/** A coordinated run of exactly n states ("Yemen, South Sudan, Nigeria, and Somalia") in a sentence. */
function statesRun(s: AnalysedSentence, n: number): string[] | null {
  const t = s.tokens;
  const ms = s.mentions.filter((m) => m.kind === 'name' || m.kind === 'capital');
  for (let i = 0; i < ms.length; i++) {
    const out = [ms[i].iso3];
    let e = ms[i].to;
    for (let j = i + 1; j < ms.length; j++) {
      let g = e;
      while (g < ms[j].from && [',', 'and'].includes(t[g].lower)) g++;
      if (g === e || g !== ms[j].from) break;
      out.push(ms[j].iso3);
      e = ms[j].to;
    }
    if (new Set(out).size === n && out.length === n) return out;
    if (out.length > 1) i += out.length - 1;
  }
  return null;
}

const isPossessive = (x: { lower: string; text: string } | undefined) => x?.lower === "'s" || x?.text === "'" || x?.text === '’';
/**
 * The state that possesses the noun at n ("India's initial offer", "China's donation"), with up to
 * three lower-case modifiers between ("initial", "additional", "humanitarian"); a plural name's bare
 * apostrophe is a possessive too ("the United States' announcement").
 */
function possessorOf(s: AnalysedSentence, n: number): CountryMention | undefined {
  const t = s.tokens;
  let i = n - 1;
  while (i >= 0 && i >= n - 3 && /^\p{Ll}/u.test(t[i].text) && !isPossessive(t[i])) i--;
  if (!isPossessive(t[i])) return undefined;
  return s.mentions.find((m) => m.to === i && m.kind !== 'person' && m.kind !== 'demonym');
}

// Nouns of a gift in kind named with its giver: "China's donation of medical supplies to Nepal" (1.29.0).
const GIFT_NOUNS = new Set(['donation', 'donations', 'gift', 'gifts']);

/**
 * A gift in kind named as a noun with its giver as possessor and its recipient after "to": "the
 * handover ceremony for China's donation of medical supplies to Nepal". Only material aid is a gift
 * here ("Japan's gift of a painting" is none), and the recipient must be named.
 */
function giftsInKind(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const out: Candidate[] = [];
  for (let n = 2; n < t.length - 2; n++) {
    if (!GIFT_NOUNS.has(t[n].lower) || t[n + 1].lower !== 'of') continue;
    const donor = possessorOf(s, n);
    if (!donor) continue;
    // What is given: a few lower-case words after "of" ending on material aid ("of 10,000 testing kits").
    let g = n + 2;
    while (g < t.length && g < n + 7 && !aidInKind(t, g) && (/^\p{Ll}/u.test(t[g].text) || /^[\d,.]+$/.test(t[g].text) || t[g].lower === '-')) g++;
    if (!aidInKind(t, g)) continue;
    if (isIrrealis(s, n)) continue;
    const to = recipientAfter(s, g, clauseEnd(s, g), donor.iso3);
    if (!to) continue;
    for (const r of to) if (r !== donor.iso3) out.push(candidate(s, ctx, donor.iso3, r, null, n));
  }
  return out;
}

const OFFER_NOUNS = new Set(['offer', 'pledge', 'promise', 'grant', 'donation', 'contribution', 'aid', 'assistance', 'package', 'loan', 'announcement', 'commitment']);
// Nouns that are a pledge only when what follows the sum is aid: "announcement of $54 million in humanitarian assistance" (1.14).
const TELLING_NOUNS = new Set(['announcement', 'commitment']);
const ROUNDING = new Set(['nearly', 'about', 'almost', 'some', 'over', 'around', 'approximately', 'roughly', 'more', 'than']);

/**
 * A pledge named as a noun with its giver as possessor: "India's initial offer of $5 million",
 * "Japan's grant of 2 billion yen to Laos". The recipient is the "to X" after it, else the article's.
 */
function nominalPledges(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const out: Candidate[] = [];
  for (const money of s.money) {
    if (money.conversion) continue;
    // "of nearly USD 54 million": a rounding word may stand before the sum.
    let o = money.from - 1;
    while (o > money.from - 4 && ROUNDING.has(t[o]?.lower ?? '')) o--;
    if (t[o]?.lower !== 'of') continue;
    let n = o - 1;
    // "announcement less than two weeks ago of …": a time phrase ending in "ago" may stand between.
    if (t[n]?.lower === 'ago') {
      let b = n - 1;
      while (b > n - 7 && b > 0 && !OFFER_NOUNS.has(t[b].lower)) b--;
      if (OFFER_NOUNS.has(t[b]?.lower ?? '')) n = b;
    }
    if (!OFFER_NOUNS.has(t[n]?.lower ?? '')) continue;
    if (TELLING_NOUNS.has(t[n].lower) && !t.slice(money.to, money.to + 4).some((x) => AID_NOUNS.has(x.lower))) continue;
    const donor = possessorOf(s, n);
    if (!donor) continue;
    let end = clauseEnd(s, money.to - 1);
    for (let j = money.to; j < end; j++) if (t[j].lower === ',' || t[j].lower === ';') { end = j; break; }
    const to = recipientAfter(s, money.to - 1, end, donor.iso3);
    if (to === null) continue;
    const recipients = to ?? (ctx.aidRecipient ? [ctx.aidRecipient] : []);
    for (const r of recipients) if (r !== donor.iso3) out.push(candidate(s, ctx, donor.iso3, r, { amount: money.amount, currency: money.currency }, n));
  }
  return out;
}

const RECEIVE = new Set(['accepted', 'received', 'receives', 'receiving', 'granted', 'given', 'offered', 'provided', 'pledged', 'promised', 'extended', 'donated', 'awarded', 'secured', 'obtained', 'won']);
// ("Sri Lanka secured a $1 billion credit line from India": a sum a state secures from another is received, 1.30.63.)
const SECURED = new Set(['secured', 'obtained', 'won']);
const GIVEN_PASSIVE = new Set(['granted', 'given', 'offered', 'provided', 'pledged', 'promised', 'extended', 'donated', 'awarded']);
const SELF_AID = new Set(['granted', 'donated', 'pledged', 'promised']);
const GIVER_HEADS = new Set(['government', 'people', 'governments', 'state']);
/** The token after "government / people of (the)" at i ("the Government of Malawi"), else i itself. */
function pastGiverHead(t: AnalysedSentence['tokens'], i: number): number {
  if (!GIVER_HEADS.has(t[i]?.lower ?? '') || t[i + 1]?.lower !== 'of') return i;
  return t[i + 2]?.lower === 'the' ? i + 3 : i + 2;
}
const GIFTED = new Set(['donated', 'gifted', 'provided', 'supplied', 'given', 'granted', 'sent', 'delivered']);
const UNITS_IN_KIND = new Set(['tons', 'tonnes', 'tonne', 'ton', 'doses', 'consignment', 'consignments', 'shipment', 'batch', 'donation', 'donations']);
const TRADE = new Set(['import', 'imports', 'imported', 'export', 'exports', 'exported', 'purchase', 'purchased', 'bought', 'buy', 'sold', 'sale', 'sales', 'trade', 'contract', 'order', 'ordered', 'tourists', 'visitors', 'investment', 'investments']);

/**
 * Aid told from the recipient's side: "Nepal received $10 million in aid from Japan", "Nepal was
 * granted $10 million by Japan". Past or present perfect only ("will receive" is a plan) (1.8).
 */
function receivedAid(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const out: Candidate[] = [];
  for (let k = 1; k < t.length; k++) {
    const w = t[k].lower;
    if (!RECEIVE.has(w)) continue;
    const passive = GIVEN_PASSIVE.has(w) && ['was', 'were', 'been'].includes(t[k - 1].lower);
    // ("Nepal accepted relief aid from India, Japan, …": accepting aid offered is receiving it, 1.17.)
    const received = w === 'received' || w === 'accepted' || SECURED.has(w) || (w === 'receiving' && ['was', 'were'].includes(t[k - 1].lower));
    if (!passive && !received) continue;
    if (isIrrealis(s, k)) continue;
    const start = clauseStart(s, k);
    const end = clauseEnd(s, k);
    const aux = passive ? (t[k - 1].lower === 'been' ? k - 2 : k - 1) : k;
    const named = s.mentions.filter((m) => m.from >= start && m.to <= aux && m.role === 'actor' && m.kind !== 'demonym').pop();
    // ("Kenya on Monday received …": a date may stand between the subject and its verb, 1.30.42.)
    const dated = (from: number) => from < aux && t.slice(from, aux).every((x, i) => x.lower === 'on' || s.dates.some((d) => from + i >= d.from && from + i < d.to));
    const recipient =
      named && (named.to === aux || t[named.to]?.lower === "'s" || ['has', 'have', 'had'].includes(t[named.to]?.lower ?? '') || dated(named.to)) ? named : receivingBody(s, start, aux);
    if (!recipient) continue;
    let byAt = t.findIndex((x, i) => i > k && i < end && x.lower === (passive ? 'by' : 'from'));
    // ("Kenya received 2 million doses of polio vaccine donated by Japan": what was received names its
    // giver in a participle of giving, 1.30.42.)
    const giftedBy = byAt < 0 && received ? t.findIndex((x, i) => i > k + 1 && i < end && GIFTED.has(x.lower) && t[i + 1]?.lower === 'by') : -1;
    if (giftedBy > 0) byAt = giftedBy + 1;
    if (byAt < 0) continue;
    let j = byAt + 1;
    if (t[j]?.lower === 'the') j++;
    // "from the Government of Japan", "from the people of China": the state behind its government (1.16).
    if (GIVER_HEADS.has(t[j]?.lower ?? '') && t[j + 1]?.lower === 'of') j += 2;
    const donor = s.mentions.find((m) => m.from === j && m.kind !== 'demonym' && m.kind !== 'person');
    if (!donor || donor.iso3 === recipient.iso3) continue;
    // "accepted relief aid from Norway, Japan, the Netherlands and Chile": each coordinated giver (1.17).
    if (w === 'accepted') {
      if (!t.slice(k + 1, byAt).some((x) => AID_NOUNS.has(x.lower) || MATERIAL_AID.has(x.lower))) continue;
      for (const d of [donor.iso3, ...coordinated(s, donor, end)]) if (d !== recipient.iso3 && !out.some((c) => c.type === 'AidPledged' && c.donor === d)) out.push(candidate(s, ctx, d, recipient.iso3, null, k));
      continue;
    }
    const money = s.money.find((x) => x.from > k && x.from < byAt && !x.conversion);
    const aidNoun = t.slice(k + 1, end).some((x) => AID_NOUNS.has(x.lower));
    // "Kenya received 2,000 tonnes of rice from Japan": goods given in kind, counted or
    // named as relief, have no sum; a purchase or trade is no gift (1.16).
    const inKind = !money && w === 'received' && t.slice(k + 1, byAt).some((x) => MATERIAL_AID.has(x.lower) || UNITS_IN_KIND.has(x.lower)) && !t.slice(start, end).some((x) => TRADE.has(x.lower));
    if (inKind) {
      out.push(candidate(s, ctx, donor.iso3, recipient.iso3, null, k));
      continue;
    }
    if (!money || (!aidNoun && !SELF_AID.has(w) && giftedBy < 0)) continue;
    out.push(candidate(s, ctx, donor.iso3, recipient.iso3, { amount: money.amount, currency: money.currency }, k));
  }
  return out;
}

/**
 * The state whose body receives, in a subject of one state only: "Authorities of the Cuban ministry
 * of public health received …", "Cuban health authorities received …" (a demonym, at most one
 * word, then a receiving body), 1.27.0.
 */
function receivingBody(s: AnalysedSentence, clause: number, aux: number): CountryMention | undefined {
  const t = s.tokens;
  // ("The Cuban ministry of health and the Cuban Friendship Institute received …": a coordinated subject.)
  const start = t[clause - 1]?.lower === 'and' ? clauseStart(s, clause - 1) : clause;
  // (Not a word in brackets: "the Cuban Friendship Institute (ICAP by its Spanish acronym)".)
  const bracketed = (i: number) => t.slice(start, i).reduce((depth, x) => depth + (x.text === '(' ? 1 : x.text === ')' ? -1 : 0), 0) > 0;
  const inSubject = s.mentions.filter((m) => m.from >= start && m.to <= aux && m.kind !== 'person' && !bracketed(m.from));
  if (inSubject.length === 0 || inSubject.some((m) => m.iso3 !== inSubject[0].iso3)) return undefined;
  return inSubject.find(
    (m) => m.kind === 'demonym' && (RECEIVING_HEADS.has(t[m.to]?.lower ?? '') || (m.to + 1 < aux && RECEIVING_HEADS.has(t[m.to + 1]?.lower ?? ''))),
  );
}

// What acts for its state after a demonym: "the Japanese Government", "the Indian Embassy".
const STATE_BODIES = new Set(['government', 'govt', 'embassy']);
const GIVEN_PAST = new Set(['provided', 'extended', 'handed', 'delivered', 'donated', 'granted', 'allocated', 'given', 'disbursed']);
const DONOR_NOUNS = new Set(['aid', 'assistance', 'credit', 'credits', 'loan', 'loans', 'grant', 'grants', 'donation', 'donations', 'relief', 'support']);

/**
 * The state whose aid a sentence names with a possessive: "China's aid for flood victims", "India's
 * Lines of Credit to Sri Lanka" (1.13). What it gives is told later in the passive.
 */
export function aidDonorIn(s: AnalysedSentence): string | null {
  const t = s.tokens;
  for (const m of s.mentions) {
    if (!m.possessive || m.kind === 'person' || m.kind === 'city') continue;
    if (t.slice(m.to + 1, m.to + 5).some((x) => DONOR_NOUNS.has(x.lower))) return m.iso3;
  }
  return null;
}

/** An official of a state: a person of known state, or a demonym before a title ("Indian High Commissioner"). */
const isOfficial = (t: AnalysedSentence['tokens'], m: CountryMention) => m.kind === 'person' || (m.kind === 'demonym' && TITLE_WORDS.has(t[m.to]?.lower ?? ''));

/** The state after "by (the Government of)" at token i: the agent of a passive. */
function agentAt(s: AnalysedSentence, i: number): CountryMention | undefined {
  const t = s.tokens;
  let j = i;
  if (t[j]?.lower === 'the') j++;
  if (['government', 'govt', 'people', 'governments'].includes(t[j]?.lower ?? '') && t[j + 1]?.lower === 'of') j += 2;
  // ("by the governments of the United Kingdom …": the name's own article, 1.26.3.)
  if (j > i + 1 && t[j]?.lower === 'the' && !s.mentions.some((m) => m.from === j)) j++;
  const state = s.mentions.find((m) => m.from === j && m.kind !== 'person' && m.kind !== 'city' && (m.kind !== 'demonym' || ['government', 'govt'].includes(t[m.to]?.lower ?? '')));
  if (state) return state;
  // ("by Indian High Commissioner X", "by the Second Secretary on behalf of the Government of India":
  // an official of a state, or whoever acts on a state's behalf, gives for it, 1.28.3.)
  const official = s.mentions.find((m) => m.from === j && isOfficial(t, m));
  if (official) return official;
  const behalf = t.findIndex((x, q) => q > i && q < i + 10 && x.lower === 'behalf' && t[q - 1]?.lower === 'on' && t[q + 1]?.lower === 'of');
  return behalf > 0 ? agentAt(s, behalf + 2) : undefined;
}

/**
 * Aid told in the past passive: "The assistance consisting of 3,000 tents was handed over to
 * Pakistan", "Lines of Credit worth US$ 3.2 billion have been extended to Sri Lanka", "a Line of
 * Credit of US$ 100 mn extended by the Government of India to Sri Lanka" (1.13). The giver is the
 * agent after "by", else the state whose aid the article is about. "will be provided" is a plan
 * (no fact); a present passive ("is extended in various forms") is a habit.
 */
function passiveGiven(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const out: Candidate[] = [];
  for (let k = 1; k < t.length; k++) {
    if (!GIVEN_PAST.has(t[k].lower)) continue;
    const aux = t[k - 1].lower;
    const perfect = aux === 'been' && ['has', 'have', 'had'].includes(t[k - 2]?.lower ?? '');
    const reduced = t[k + 1]?.lower === 'by' && /^\p{Ll}/u.test(t[k - 1].text) && !['be', 'been', 'is', 'are', 'was', 'were', 'being'].includes(aux);
    if (!(aux === 'was' || aux === 'were' || perfect || reduced)) continue;
    if (isIrrealis(s, k)) continue;
    let v = k + 1;
    if (t[k].lower === 'handed') {
      if (t[v]?.lower !== 'over') continue;
      v++;
    }
    const start = clauseStart(s, k);
    const end = clauseEnd(s, k);
    if (!t.slice(start, end).some((x) => AID_NOUNS.has(x.lower) || MATERIAL_AID.has(x.lower))) continue;
    const by = t.findIndex((x, i) => i >= v && i < end && x.lower === 'by');
    const agent = by >= 0 ? agentAt(s, by + 1) : undefined;
    if (by >= 0 && !agent) continue;
    const donor = agent?.iso3 ?? ctx.aidDonor;
    if (!donor) continue;
    let to = recipientAfter(s, agent ? agent.to - 1 : v - 1, end, donor);
    // ("were donated to Uganda by India": the recipient before the agent, 1.28.3.)
    if ((!to || to.length === 0) && agent && by > v) to = recipientAfter(s, v - 1, by, donor);
    // "The assistance is in addition to the $60 million already provided by the US for the Swat
    // refugees": an earlier tranche, told as a noun, goes where the article's aid goes (1.14).
    if ((!to || to.length === 0) && reduced && ctx.aidRecipient && ctx.aidRecipient !== donor && t.slice(0, k).some((x, i) => (x.lower === 'addition' && t[i - 1]?.lower === 'in') || (x.lower === 'top' && t[i - 1]?.lower === 'on'))) to = [ctx.aidRecipient];
    // ("Around 4 million donated doses arrived in the Philippines … The vaccines were given by the
    // governments of A, B and C": gifts arriving in the article's recipient, each agent listed, 1.26.3.)
    if ((!to || to.length === 0) && agent && ctx.disasterRecipient && ctx.aidRecipient) to = [ctx.aidRecipient];
    if (!to || to.length === 0) continue;
    const money = s.money.find((x) => !x.conversion && x.from >= Math.max(start, k - 12) && x.from < end && !(x.from > k && t.slice(k, x.from).some((y) => y.lower === 'to')));
    const donors = agent && t[agent.to]?.lower !== 'to' ? coordinated(s, agent, end) : [donor];
    for (const d of donors) for (const r of to) if (r !== d) out.push(candidate(s, ctx, d, r, money ? { amount: money.amount, currency: money.currency } : null, k));
  }
  return out;
}

const GIFTS = new Set(['donate', 'donated', 'donation', 'donations', 'gift', 'gifts', 'handover']);
const CEREMONY = new Set(['ceremony', 'event', 'function', 'programme', 'program']);
const HAPPENED = new Set(['held', 'took', 'happened', 'organised', 'organized', 'conducted']);

/** The state at token i, past "the" and "government / people of": "the Government of Japan" (1.16). */
function stateAt(s: AnalysedSentence, i: number): CountryMention | undefined {
  const t = s.tokens;
  if (t[i]?.lower === 'the') i++;
  if (GIVER_HEADS.has(t[i]?.lower ?? '') && t[i + 1]?.lower === 'of') i += 2;
  return s.mentions.find((m) => m.from === i && m.kind !== 'person' && m.kind !== 'demonym');
}

/**
 * A gift told with its giver and receiver as a "from A to B" frame (1.16): "the donation of 300
 * tonnes of wheat from Russia to Syria", "a ceremony to donate 800 tons of rice from Vietnam to
 * Cuba was held …". A noun or an infinitive of a ceremony is told in the mood of its clause's
 * main verb: "was held" is a fact, "will be held" is not.
 */
function giftFromTo(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const out: Candidate[] = [];
  for (let k = 0; k < t.length; k++) {
    if (!GIFTS.has(t[k].lower)) continue;
    const end = Math.min(t.length, k + 16);
    const f = t.findIndex((x, i) => i > k && i < end && x.lower === 'from');
    if (f < 0 || t.slice(k + 1, f).some((x) => x.lower === ',' || x.lower === ';')) continue;
    const donor = stateAt(s, f + 1);
    if (!donor) continue;
    const to = donor.to < t.length && t[donor.to]?.lower === 'to' ? donor.to : -1;
    const recipient = to > 0 ? stateAt(s, to + 1) : undefined;
    if (!recipient || recipient.iso3 === donor.iso3) continue;
    if (t[k - 1]?.lower === 'to') {
      // "a ceremony to donate …": the ceremony's own verb, past and realis.
      if (!CEREMONY.has(t[k - 2]?.lower ?? '')) continue;
      const v = t.findIndex((x, i) => i > recipient.to && HAPPENED.has(x.lower));
      if (v < 0 || !['was', 'were', 'took', 'has', 'had'].some((a) => t[v].lower === a || t[v - 1]?.lower === a) || isIrrealis(s, v)) continue;
    } else if (isIrrealis(s, k) || t[k].lower === 'donate') continue;
    const money = s.money.find((x) => x.from > k && x.from < f && !x.conversion);
    out.push(candidate(s, ctx, donor.iso3, recipient.iso3, money ? { amount: money.amount, currency: money.currency } : null, k));
  }
  return out;
}

const THANKED = new Set(['thanked', 'thanks', 'thanking']);
const THANKED_FOR = new Set(['donation', 'donations', 'aid', 'assistance', 'grant', 'grants', 'loan', 'loans', 'contribution', 'contributions', 'relief']);

/**
 * "Fijian Prime Minister X has thanked his Canadian counterpart Y for a generous donation of …":
 * the one thanked for a gift of aid gave it to the one thanking (1.17). Only with a noun of aid right
 * after "for", the thanked party of a state other than the thanking one.
 */
function thankedFor(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const k = t.findIndex((x) => THANKED.has(x.lower));
  if (k < 1 || isIrrealis(s, k)) return [];
  const end = clauseEnd(s, k);
  const f = t.findIndex((x, i) => i > k && i < Math.min(end, k + 12) && x.lower === 'for');
  if (f < 0) return [];
  const noun = t.findIndex((x, i) => i > f && i <= f + 4 && THANKED_FOR.has(x.lower));
  if (noun < 0 || t.slice(f + 1, noun).some((x) => !['a', 'an', 'the', 'its', 'their', 'his', 'her', 'generous', 'recent', 'timely', 'financial', 'humanitarian', 'additional'].includes(x.lower))) return [];
  const start = clauseStart(s, k);
  const thanking = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && m.kind !== 'city').pop();
  const thanked = s.mentions.find((m) => m.from > k && m.to <= f && m.kind !== 'city');
  if (!thanking || !thanked || thanking.iso3 === thanked.iso3) return [];
  const money = s.money.find((x) => x.from > f && x.from < end && !x.conversion);
  return [candidate(s, ctx, thanked.iso3, thanking.iso3, money ? { amount: money.amount, currency: money.currency } : null, noun)];
}

const LIGHT_VERBS = new Set(['make', 'made', 'makes', 'making']);
const ANNOUNCED_LIGHT = new Set(['announced', 'announces', 'announcing']);

/** Adds the pledges of `more` whose donor and recipient no pledge in `into` has already. */
function addNewPairs(into: Candidate[], more: Candidate[]): void {
  for (const c of more) {
    if (c.type === 'AidPledged' && !into.some((n) => n.type === 'AidPledged' && n.donor === c.donor && n.recipient === c.recipient)) into.push(c);
  }
}

const GOODS_ARRIVED = new Set(['arrived', 'arrives', 'landed', 'reached']);
const SHIPPED = new Set(['doses', 'vaccines', 'vaccine', 'supplies', 'goods', 'consignment', 'shipment', 'cargo', 'items', 'equipment', 'medicines', 'tents', 'relief', 'aid', 'assistance', 'donation', 'donations']);
const GIFT_WORDS = new Set(['donated', 'donation', 'donations', 'gifted', 'gift', 'aid', 'relief', 'assistance']);
/**
 * ("The U.S. donation of 2.5 million vaccine doses arrived in Taiwan", "Relief supplies donated by
 * Japan arrived in Pakistan": donated goods arriving in a state were given to it, 1.26.3.) The place
 * is named after the verb, or, for an airport the gazetteer does not know, is the dateline's state.
 * With no giver in the subject ("Around 4 million donated doses arrived in the Philippines"), the
 * state is the article's recipient of the gifts told next ("The UK government donated 214,500 doses").
 */
function arrivedGifts(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const k = t.findIndex((x) => GOODS_ARRIVED.has(x.lower));
  if (k < 1 || isIrrealis(s, k)) return [];
  const start = clauseStart(s, k);
  const subject = t.slice(start, k);
  if (!subject.some((x) => SHIPPED.has(x.lower)) || !subject.some((x) => GIFT_WORDS.has(x.lower))) return [];
  const place = s.mentions.find((m) => m.from > k && m.from <= k + 4 && m.kind !== 'demonym' && m.kind !== 'person' && ['in', 'at', 'the'].includes(t[m.from - 1]?.lower ?? ''));
  const airportAt = t.findIndex((x, i) => i > k && i < k + 8 && x.lower === 'airport');
  // ("arrived at Noi Bai International Airport in Hanoi": the airport's city, 1.27.4.)
  const airportCity = airportAt > 0 && ['in', ','].includes(t[airportAt + 1]?.lower ?? '') ? s.mentions.find((m) => m.from === airportAt + 2 && m.kind !== 'person' && m.kind !== 'demonym') : undefined;
  const dateline = ctx.sentences[0]?.mentions.find((m) => m.from === 0 && m.role === 'location');
  const recipient = place?.iso3 ?? airportCity?.iso3 ?? (airportAt > 0 ? dateline?.iso3 : undefined);
  if (!recipient) return [];
  const donor = s.mentions.find((m) => m.from >= start && m.to <= k && m.kind !== 'city' && m.iso3 !== recipient);
  if (!donor) {
    ctx.aidRecipient ??= recipient;
    ctx.disasterRecipient ||= ctx.aidRecipient === recipient;
    return [];
  }
  // (A count of doses is no sum: only an amount in a currency is the gift's value.)
  const money = s.money.find((x) => x.from >= start && x.to <= k && !x.conversion && x.currency !== null);
  return [candidate(s, ctx, donor.iso3, recipient, money ? { amount: money.amount, currency: money.currency } : null, k)];
}

const ANNOUNCED_ARRIVAL = new Set(['announced', 'announces', 'confirmed', 'confirms', 'reported', 'reports']);
/**
 * "The UAE announced Sunday the arrival of an aid and food shipment to the Gaza Strip": a state
 * announcing that its aid arrived in a place gave it to that place's state (1.29.1). The announcer
 * must be the clause's subject, and the place follow "to", "in" or "at".
 */
function arrivalAnnounced(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const k = t.findIndex((x, i) => x.lower === 'arrival' && t[i + 1]?.lower === 'of');
  if (k < 2 || isIrrealis(s, k)) return [];
  const v = t.slice(0, k).map((x) => x.lower).findLastIndex((w) => ANNOUNCED_ARRIVAL.has(w));
  if (v < 0 || k - v > 5) return [];
  const end = clauseEnd(s, k);
  const what = t.slice(k + 2, Math.min(end, k + 8));
  if (!what.some((x) => SHIPPED.has(x.lower)) || !what.some((x) => GIFT_WORDS.has(x.lower) || x.lower === 'humanitarian')) return [];
  const after = (i: number) => ['to', 'in', 'at'].includes(t[i - (t[i - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '');
  // (A state, or a city the mentions do not carry: "to the Gaza Strip".)
  let place: { iso3: string } | null | undefined = s.mentions.find((m) => m.from > k + 2 && m.from < end && m.kind !== 'demonym' && m.kind !== 'person' && after(m.from));
  for (let i = k + 3; !place && i < end; i++) if (t[i].cap && after(i)) place = cityAt(t, i);
  const start = clauseStart(s, v);
  const donor = s.mentions.find((m) => m.from >= start && m.to <= v && m.role === 'actor' && m.kind !== 'city' && m.kind !== 'person');
  if (!place || !donor || donor.iso3 === place.iso3) return [];
  return [candidate(s, ctx, donor.iso3, place.iso3, null, k)];
}

export function detectAid(s: AnalysedSentence, ctx: Context): Candidate[] {
  const nominal = s.money.length > 0 && hasAny(s, OFFER_NOUNS) ? nominalPledges(s, ctx) : [];
  if (hasAny(s, GOODS_ARRIVED)) addNewPairs(nominal, arrivedGifts(s, ctx));
  if (s.words.has('of') && hasAny(s, GIFT_NOUNS)) addNewPairs(nominal, giftsInKind(s, ctx));
  if (s.words.has('arrival') && hasAny(s, ANNOUNCED_ARRIVAL)) addNewPairs(nominal, arrivalAnnounced(s, ctx));
  if (hasAny(s, GIVEN_PAST)) for (const c of passiveGiven(s, ctx)) nominal.push(c);
  if ((s.money.length > 0 || s.words.has('received') || s.words.has('accepted')) && hasAny(s, RECEIVE)) {
    addNewPairs(nominal, receivedAid(s, ctx));
  }
  if (s.money.length > 0 && s.words.has('worth')) nominal.push(...worthOf(s, ctx));
  if (s.money.length > 0 && (s.words.has('deposited') || s.words.has('deposit'))) addNewPairs(nominal, centralBankDeposit(s, ctx));
  if (s.words.has('from') && hasAny(s, GIFTS)) {
    addNewPairs(nominal, giftFromTo(s, ctx));
  }
  if (hasAny(s, THANKED)) addNewPairs(nominal, thankedFor(s, ctx));
  if (s.money.length > 0 && hasAny(s, UNVEILED)) addNewPairs(nominal, unveiledAid(s, ctx));
  if ((s.words.has('approved') || s.words.has('passed')) && hasAny(s, LEGISLATURES)) addNewPairs(nominal, legislatedAid(s, ctx));
  if (!hasAny(s, PLEDGE) && !s.words.has('donation')) return nominal;
  const t = s.tokens;
  const out: Candidate[] = [];
  const used = new Set<string>();
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    // "Canada is making a further contribution of $5m … to the Haitian government": a light verb
    // with the noun of giving is the verb of giving ("contributed", "donated") (1.17).
    // ("Kuwait announced a contribution of $250 million": announcing it is making it, 1.30.50.)
    const light = (w === 'contribution' || w === 'donation') && t.slice(Math.max(0, k - 4), k).some((x) => LIGHT_VERBS.has(x.lower) || ANNOUNCED_LIGHT.has(x.lower)) && s.money.some((x) => x.from > k && x.from <= k + 3 && !x.conversion);
    if (!PLEDGE.has(w) && !light) continue;
    // ("handed over", not "handed him a letter".)
    if ((w === 'handed' || w === 'hands') && t[k + 1]?.lower !== 'over') continue;
    // ("provided an update on U.S. flood relief assistance to Pakistan": what is given is word of the
    // aid, not aid, 1.26.2.)
    if (TELLING.has(t[['a', 'an', 'the'].includes(t[k + 1]?.lower ?? '') ? k + 2 : k + 1]?.lower ?? '')) continue;
    // A participle is read only as a comma-attached adjunct of a donor sentence ("…, pledging $N"),
    // or as a progressive of giving ("Iran is sending tents", 1.10; "Canada is providing a grant of
    // $5 million to Haiti", "is donating", 1.17.1).
    const progressive = (w === 'sending' || PARTICIPLES.has(w)) && (['is', 'are', 'was', 'were'].includes(t[k - 1]?.lower ?? '') || /['’]re$/.test(t[k - 1]?.lower ?? ''));
    // ("…, with the US promising $150m in aid": a participle whose subject "with" introduces, 1.30.3.)
    const withSubject = PARTICIPLES.has(w) ? s.mentions.find((m) => m.to === k && m.kind !== 'person' && (t[m.from - 1]?.lower === 'with' || (t[m.from - 1]?.lower === 'the' && t[m.from - 2]?.lower === 'with'))) : undefined;
    if (PARTICIPLES.has(w) && t[k - 1]?.lower !== ',' && !progressive && !withSubject) continue;
    // ("is providing $5 million if the elections go ahead": a condition after the verb, 1.17.1.)
    if (progressive && t.slice(k + 1).some((x) => x.lower === 'if' || x.lower === 'unless')) continue;
    // "X will provide $5.5 billion, the prime minister said": announcing it is the pledge.
    const modalBefore = ['will', 'would'].includes(t[k - 1]?.lower ?? '') || (t[k - 1]?.lower === 'be' && ['will', 'would'].includes(t[k - 2]?.lower ?? ''));
    // ("said it will pledge $277 million": the pledge itself is still to be made, 1.27.8; unlike
    // "will provide", which is the promise.)
    if (w === 'pledge' && modalBefore) continue;
    // "…, the prime minister said" after, or "X announced that … will be provided" before.
    const sayBefore = (() => {
      const st = clauseStart(s, k);
      if (t[st - 1]?.lower === 'that' && t.slice(Math.max(0, st - 4), st).some((x) => SAY.has(x.lower))) return true;
      // "China said it would send aid worth $1.5 million": a say-verb right before the reported subject (1.10).
      // ("announced on Monday it will provide …": a time phrase may stand between, 1.18.6.)
      return ['it', 'they'].includes(t[k - 2]?.lower ?? '') && (SAY.has(t[k - 3]?.lower ?? '') || (t.slice(Math.max(0, k - 7), k - 3).some((x) => SAY.has(x.lower)) && t.slice(Math.max(0, k - 7), k - 2).some((x) => x.lower === 'on' || x.lower === 'in' || CALENDAR_AFTER_SAY.has(x.lower))));
    })();
    const reported = (t.slice(k).some((x) => SAY.has(x.lower)) || sayBefore) && modalBefore;
    // "Japan will provide $1.27 billion for …": a plain future of giving is the pledge itself.
    const will = t[k - 1]?.lower === 'will' ? k - 1 : t[k - 1]?.lower === 'also' && t[k - 2]?.lower === 'will' ? k - 2 : -1;
    // "Japan vowed / promised / pledged to provide $1 million": the vow to give is the pledge (1.8).
    // (The amount must be the verb's object: "vowed to provide security worth $1 million" is no pledge.)
    // ("undertook to extend a loan of 40 billion won": an aid noun "of" the amount is the object too, 1.18.)
    const objectMoney = s.money.some((x) => !x.conversion && x.from > k && (x.from <= k + 3 || (x.from <= k + 7 && t[x.from - 1]?.lower === 'of' && AID_NOUNS.has(t[x.from - 2]?.lower ?? '') && t.slice(k + 1, x.from - 2).every((y) => /^\p{Ll}/u.test(y.text)))));
    const vowed = t[k - 1]?.lower === 'to' && VOWS.has(t[k - 2]?.lower ?? '') && GIVING_VERBS.has(w) && objectMoney && !isIrrealis(s, k - 2);
    // "undertook to give assistance to X", "gave support to X": support or assistance given,
    // with no sum, is aid to the state named after it (1.18; "pledged support for X" alone is not).
    const supportAt = SUPPORT_GIVERS.has(w) ? supportObject(t, k) : -1;
    const vowedSupport = supportAt > 0 && t[k - 1]?.lower === 'to' && VOWS.has(t[k - 2]?.lower ?? '') && !isIrrealis(s, k - 2) && !t.slice(k + 1, clauseEnd(s, k) + 1).some((x) => x.lower === 'if' || x.lower === 'unless' || x.lower === 'once' || x.lower === 'provided');
    const pledgedFuture = (will > 0 && GIVING_VERBS.has(w) && !isIrrealis(s, will)) || vowed || vowedSupport;
    if (!reported && !pledgedFuture && isIrrealis(s, k, { allowReportedFuture: true })) continue;
    const start = clauseStart(s, k);
    const end = clauseEnd(s, k);
    // ("provided $10 million for flood survivors": money for a disaster's victims is aid, 1.10.)
    const forVictims = t.slice(k + 1, end).some((x, i) => VICTIMS.has(x.lower) && DISASTERS.has(t[k + i]?.lower ?? ''));
    // "China has given the Federated States of Micronesia $16 million": a state given a sum as the
    // verb's two objects is given it, aid noun or not (1.11).
    const ind = t[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const recipientNow = s.mentions.find((m) => m.from === ind && m.kind !== 'demonym' && m.kind !== 'person');
    const doubleObject = ['given', 'gave', 'gives', 'granted'].includes(w) && !!recipientNow && s.money.some((x) => x.from === recipientNow.to && !x.conversion && x.currency !== null);
    // ("will provide the government of Ukraine with an additional $4.5 billion": a state provided
    // with a sum is given it, aid noun or not, 1.29.8.)
    const providedWith = PROVIDE.has(w) && providedStateWithSum(s, k);
    // ("will provide $20 million to Papua New Guinea for road repairs": a sum given straight to a
    // state is aid, with no aid noun, unless the clause is about trade, 1.18.6.)
    // ("will provide an additional $500,000 to support the Government of Honduras' campaign": a sum
    // given to help a state, its government or its people, 1.30.4.)
    const helpedAt = (x: { to: number }) => (HELP_VERBS.has(t[x.to + 1]?.lower ?? '') ? s.mentions.find((m) => m.kind === 'name' && m.from > x.to + 1 && m.from <= x.to + 6 && t.slice(x.to + 2, m.from).every((y) => y.lower === 'the' || GOV_WORDS.has(y.lower) || y.lower === 'of')) : undefined);
    // ("provided / earmarked $35 million for Sudan": a sum set aside for a state is given to it too, 1.30.42.)
    // ("Germany has offered €1.1 billion to Namibia": a sum offered to a state, 1.30.57.)
    const givenMoney = (GIVING_VERBS.has(w) || PAST_GIVING.has(w) || SET_ASIDE.has(w) || w === 'offered' || w === 'offers') && !t.slice(start, end).some((x) => TRADE.has(x.lower)) ? s.money.filter((x) => !x.conversion && x.from > k && x.from <= k + 3 && (t[x.to]?.lower === 'to' || t[x.to]?.lower === 'for')) : [];
    const helped = givenMoney.map(helpedAt).find((m) => m !== undefined);
    const sumToState = givenMoney.some((x) => s.mentions.some((m) => (m.from === x.to + 1 || (m.from === x.to + 2 && t[x.to + 1].lower === 'the')) && m.kind === 'name')) || !!helped;
    // ("Donors pledged $3.8 billion in humanitarian aid for Syria. … Saudi Arabia said it was providing an
    // additional $60 million": in a story of aid given to a state, a sum given is more of that aid, 1.25.6.)
    // (A pledge told earlier in the same sentence makes it such a story too: "A and B promised $1.7
    // billion and $1.1 billion respectively, while C said it would give $2.5 billion", 1.30.1.)
    // ("Pakistan secured pledges of $9 billion. … Saudi Arabia announced $1bn, the United States committed
    // an additional $100 million and Japan pledged around $77m": a sentence listing sums pledged, in a
    // story of pledges to one state, is more of that story, 1.30.63.)
    const pledgeList = s.money.filter((x) => !x.conversion).length >= 2 && t.some((x) => PLEDGE_WORDS.has(x.lower));
    // ("… military aid to Ukraine. … Sweden announced its largest package so far, worth 4.3 billion
    // kronor": a package announced in a story of aid to one state is more of it, 1.30.64.)
    const storyPackage = t.slice(k + 1, end).some((x) => PACKAGES.has(x.lower));
    const moreOfStory = !!ctx.aidRecipient && (!!ctx.aidDonor || out.some((c) => c.type === 'AidPledged') || pledgeList || storyPackage) && (GIVING_VERBS.has(w) || PLEDGE.has(w)) && s.money.some((x) => !x.conversion && x.from > k && (x.from <= k + 3 || storyPackage) && x.from < end) && !t.slice(start, end).some((x) => TRADE.has(x.lower));
    if (!PLEDGE_WORDS.has(w) && !vowed && !forVictims && !doubleObject && !providedWith && !sumToState && !moreOfStory && !(PAST_GIVING.has(w) && givenFree(t, k, end)) && !t.slice(start, end).some((x, j) => AID_NOUNS.has(x.lower) || ((PAST_GIVING.has(w) || progressive || (reported && GIVING_VERBS.has(w))) && aidInKind(t, start + j)))) continue;
    // A list: each named country paired with the amount that follows it, or with the one it is
    // "from" ("including $508 million from A and $500 million from B", 1.22.0).
    // ("Other nations also announced aid packages to Syria, including $2.6 billion from Germany and $1.8
    // billion from Great Britain": sums told with the state they come from, 1.25.20.)
    const sumsFrom = !light && !subjectState(s, start, k) && t.slice(k + 1, end).some((x) => x.lower === 'including') && s.money.some((x) => x.from > k && !x.conversion && t[x.to]?.lower === 'from' && s.mentions.some((m) => m.kind === 'name' && (m.from === x.to + 1 || (m.from === x.to + 2 && t[x.to + 1].lower === 'the'))));
    if (((w === 'contributions' || w === 'contribution' || w === 'pledges') && !light) || sumsFrom) {
      const ms = s.mentions.filter((m) => m.from > k && m.kind === 'name');
      const fromSum = (m: CountryMention) => s.money.find((x) => !x.conversion && t[x.to]?.lower === 'from' && (m.from === x.to + 1 || (m.from === x.to + 2 && t[x.to + 1].lower === 'the')));
      for (let i = 0; i < ms.length; i++) {
        const next = ms[i + 1]?.from ?? t.length;
        const money = fromSum(ms[i]) ?? s.money.find((x) => x.from > ms[i].to && x.from < next && !x.conversion);
        const recipient = ctx.aidRecipient;
        if (!money || !recipient || recipient === ms[i].iso3 || used.has(ms[i].iso3)) continue;
        used.add(ms[i].iso3);
        out.push(candidate(s, ctx, ms[i].iso3, recipient, { amount: money.amount, currency: money.currency }, k));
      }
      continue;
    }
    // ("The Japanese Government vowed …": a demonym before "government" names the state, 1.8.)
    // (Not inside a relative clause about another state: "China, which is Pakistan's ally, said …", 1.10.)
    // ("U.S. enterprises have provided $12 million": a country's firms, citizens or charities are not the state, 1.11.)
    // ("The Indian Embassy handed over …": a state's embassy gives for it, 1.25.8.)
    const subj = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && (m.kind !== 'demonym' || STATE_BODIES.has(t[m.to]?.lower ?? '')) && !PRIVATE_DONORS.has(t[m.to]?.lower ?? '') && !inOtherRelative(s, m, k) && !OBJECT_PREPOSITIONS.has(t[m.from - 1]?.lower ?? ''));
    // "The U.S. was among the large donors, pledging $204 million": a participle after a comma takes the main subject.
    const participleDonor = PARTICIPLES.has(w) && t[k - 1]?.lower === ',' ? s.mentions.find((m) => m.to <= k && m.role === 'actor' && m.kind !== 'demonym' && m.kind !== 'person') : withSubject;
    // "Khan announced that $28 million in aid will be provided to Afghanistan": a passive pledge
    // reported by its announcer is the announcer's.
    const passive = !progressive && ['be', 'been', 'was', 'were', 'is', 'are'].includes(t[k - 1]?.lower ?? '');
    const passiveDonor = passive && t[start - 1]?.lower === 'that' && t.slice(0, start).some((x) => SAY.has(x.lower))
      ? s.mentions.find((m) => m.to < start && m.role === 'actor' && m.kind !== 'demonym')
      : undefined;
    // "Japan responded to X's appeal … with a pledge of $20 million": a pledge noun after "with a"
    // is the subject's, however many states the clause names before it (1.9).
    const withNoun = ['pledge', 'promise', 'offer'].includes(w) && ['a', 'an'].includes(t[k - 1]?.lower ?? '') && t[k - 2]?.lower === 'with';
    // "… came from the United States, which upped its pledge to $510 million": the relative pronoun
    // stands for the state right before it (1.9).
    const relAt = t.slice(start, k).findIndex((x) => x.lower === 'which' || x.lower === 'who');
    const relDonor = subj.length === 0 && relAt >= 0 && t[start + relAt - 1]?.lower === ',' ? s.mentions.find((m) => m.to === start + relAt - 1 && m.kind !== 'demonym' && m.kind !== 'city') : undefined;
    let donorM: CountryMention | undefined = (passive ? undefined : withNoun ? subj[0] : subj[subj.length - 1]) ?? participleDonor ?? passiveDonor ?? (passive && modalBefore ? announcerAfter(s, k) : undefined) ?? relDonor ?? pronounDonor(s, start, k) ?? governmentDonor(s, start, k, ctx);
    if (!donorM && !passive) {
      // ("We're announcing $N in assistance from the United States for …": the state the aid comes from.)
      const from = aidFrom(s, k, end);
      if (PAST_GIVING.has(w)) {
        const listed = listedDonors(s, ctx, start, k, end, used);
        out.push(...listed);
        if (listed.length > 0 || !from) continue;
      }
      donorM = from;
    }
    if (!donorM || used.has(donorM.iso3)) continue;
    // In the passive the amount is the subject: "$28 million in aid will be provided to …".
    // "those for $1 billion India lent Bangladesh in 2010": the amount is the object of a reduced relative before its subject (1.8).
    const relative = !passive ? s.money.find((x) => !x.conversion && x.to === donorM.from && subj.length === 1) : undefined;
    let money = s.money.find((x) => x.from > k && x.from < end && !x.conversion) ?? (passive ? s.money.find((x) => x.from >= start && x.to <= k && !x.conversion) : relative);
    // "The U.S. offer to Pakistan includes $300 million in cash, $100 million in …": the parts of a
    // pledge told elsewhere, not a pledge of their own (1.9).
    if (money && money.from > k && t.slice(k + 1, money.from).some((x) => PARTS.has(x.lower))) continue;
    // ("has provided $159 million in overall humanitarian assistance to Ukraine since October 2020": a
    // running total of what was given is no pledge of its own, 1.25.32.)
    if (money && runningTotal(s, k, end)) continue;
    // "Bangladesh had extended the loan to Sri Lanka": the loan whose amount the article just named (1.8).
    if (!money && !passive && t[k + 1]?.lower === 'the' && ['loan', 'credit', 'grant'].includes(t[k + 2]?.lower ?? '') && ctx.lastMoney && s.index - ctx.lastMoney.sentence <= 2) {
      const to = recipientAfter(s, k + 2, end, donorM.iso3);
      if (to && to.length === 1 && to[0] !== donorM.iso3 && !used.has(donorM.iso3)) {
        used.add(donorM.iso3);
        out.push(candidate(s, ctx, donorM.iso3, to[0], { amount: ctx.lastMoney.amount, currency: ctx.lastMoney.currency }, k));
        continue;
      }
    }
    if (!money && supportAt > 0 && !passive && (vowedSupport || PAST_GIVING.has(w)) && !used.has(donorM.iso3)) {
      const named = recipientAfter(s, supportAt, end, donorM.iso3);
      if (named && named.length > 0) {
        used.add(donorM.iso3);
        for (const r of named) if (r !== donorM.iso3) out.push({ ...candidate(s, ctx, donorM.iso3, r, null, k), confidence: 0.55 });
        continue;
      }
    }
    if (!money) {
      // "India sent humanitarian aid to Afghanistan": a past act of giving material aid to a named
      // country is a pledge even without an amount (value null).
      // ("Canada said it would send tents and medicine to Nepal": an announced shipment, 1.15.)
      const announced = reported && GIVING_VERBS.has(w) && !t.slice(start, end).some((x) => ['if', 'unless', 'once', 'not', 'never', 'whether'].includes(x.lower));
      // ("China, Turkey, the UAE and other nations announced aid including tents", 1.29.9.)
      const announcedAid = w === 'announced' && (AID_NOUNS.has(t[k + 1]?.lower ?? '') || (/^\p{Ll}+$/u.test(t[k + 1]?.text ?? '') && AID_NOUNS.has(t[k + 2]?.lower ?? '')));
      if (!(PAST_GIVING.has(w) || progressive || announced || announcedAid) || passive) continue;
      let nounAt = t.slice(k + 1, Math.min(end, k + 8)).findIndex((_, j) => aidInKind(t, k + 1 + j));
      // ("India handed over 20 locomotives to Bangladesh under a grant", "… as a gift": whatever is
      // given is aid when the clause says it was given free, 1.30.44.)
      if (nounAt < 0 && PAST_GIVING.has(w) && givenFree(t, k, end)) nounAt = t[k + 1]?.lower === 'over' ? 1 : 0;
      if (nounAt < 0) continue;
      // ("donated medical supplies to four of its allies": a counted group, listed nearby, 1.21.16.)
      const countedInKind = countedRecipients(s, ctx, k, end);
      // ("has sent to Turkiye relief materials": the recipient may come before what is sent, 1.25.8.)
      const named = countedInKind !== undefined ? countedInKind : (recipientAfter(s, k + 1 + nounAt, end, donorM.iso3) ?? (t[k + 1]?.lower === 'to' ? recipientAfter(s, k, k + 1 + nounAt, donorM.iso3) : undefined));
      // "China sent relief supplies and rescue teams" in a report of a disaster: the article's recipient (1.8).
      const to = named === undefined && ctx.aidRecipient && ctx.disasterRecipient ? [ctx.aidRecipient] : named;
      // "Turkiye, China, the UAE and Qatar have sent cargo flights …": each coordinated state of the subject gives (1.10).
      const donors = coordinatedSubject(s, subj, donorM);
      // ("Floods hit Pakistan. … China and Turkey sent tents and food": with no recipient named or
      // known yet, the aid waits for the article's disaster country or a donor's aid agreement, as a
      // sum does, 1.29.9.)
      if (to === undefined && !used.has(donorM.iso3)) {
        for (const d of donors) if (!used.has(d.iso3)) {
          used.add(d.iso3);
          ctx.pendingPledges.push({ ...candidate(s, ctx, d.iso3, '', null, k), confidence: 0.5 });
        }
        continue;
      }
      if (!to || to.length === 0 || used.has(donorM.iso3)) continue;
      for (const d of donors) {
        if (used.has(d.iso3)) continue;
        used.add(d.iso3);
        for (const r of to) if (r !== d.iso3) out.push({ ...candidate(s, ctx, d.iso3, r, null, k), confidence: 0.55 });
      }
      continue;
    }
    // "Japan responded to Pakistani President X's appeal for aid with a pledge of $20 million" (1.9).
    // ("to the four countries": the list told just before, else none, 1.13; null from recipientAfter:
    // the phrase names something that is not a country, "$500 million to Asia".)
    const counted = countedRecipients(s, ctx, k, end);
    const named = counted !== undefined ? counted : helped && helped.iso3 !== donorM.iso3 ? [helped.iso3] : recipientAfter(s, k, end, donorM.iso3);
    const after = named === undefined ? appellantBefore(s, start, k, donorM.iso3) : named;
    if (after === null) continue;
    const recipients = after ?? (ctx.aidRecipient ? [ctx.aidRecipient] : []);
    used.add(donorM.iso3);
    if (recipients.length === 0) {
      // "Japan will provide $1.27 billion for the port project": the recipient may be named later.
      ctx.pendingPledges.push(candidate(s, ctx, donorM.iso3, '', { amount: money.amount, currency: money.currency }, k));
      continue;
    }
    // ("Iran and Pakistan pledged US$560 million and US$100 million, respectively": the sums go to
    // the coordinated donors in order, 1.22.6.)
    if (t.slice(k, end).some((x) => x.lower === 'respectively')) {
      const donors = coordinatedSubject(s, subj, donorM);
      const sums = s.money.filter((x) => !x.conversion && x.from > k && x.from < end);
      if (donors.length >= 2 && sums.length === donors.length) {
        donors.forEach((d, i) => {
          used.add(d.iso3);
          for (const recipient of recipients) if (recipient !== d.iso3) out.push(candidate(s, ctx, d.iso3, recipient, { amount: sums[i].amount, currency: sums[i].currency }, k));
        });
        continue;
      }
    }
    const each = t[k - 1]?.lower === 'each' || t[money.to]?.lower === 'each';
    // ("Britain, France and Germany pledged a combined 500 million euros": every coordinated state
    // of the subject pledged, each an unknown share of the sum, 1.30.27. Without such a word the sum
    // may be any of theirs: only the nearest donor is read, as since 1.19.)
    const combined = t.slice(k - 1, money.from).some((x) => JOINT_SUMS.has(x.lower)) || t[money.to]?.lower === 'together' || t[money.to]?.lower === 'jointly';
    const joint = each || !combined ? [] : coordinatedSubject(s, subj, donorM).filter((d) => d.iso3 !== donorM.iso3 && !used.has(d.iso3));
    for (const recipient of recipients) {
      if (recipient !== donorM.iso3) out.push(candidate(s, ctx, donorM.iso3, recipient, joint.length > 0 ? null : { amount: money.amount, currency: money.currency }, k));
    }
    for (const d of joint) {
      used.add(d.iso3);
      for (const recipient of recipients) if (recipient !== d.iso3) out.push(candidate(s, ctx, d.iso3, recipient, null, k));
    }
    // "Norway and Denmark each pledged $20 million", "… pledged $5 million each": every
    // coordinated state of the subject gives the amount (1.19).
    if (each) {
      for (const d of coordinatedSubject(s, subj, donorM)) {
        if (used.has(d.iso3)) continue;
        used.add(d.iso3);
        for (const recipient of recipients) if (recipient !== d.iso3) out.push(candidate(s, ctx, d.iso3, recipient, { amount: money.amount, currency: money.currency }, k));
      }
    }
    // "1.2 billion yen to Laos … and up to 255 million yen to Cambodia": a further amount and recipient
    // share the donor and the verb (1.8).
    for (const g of recipientGapped(s, money.to, end)) {
      if (g.recipient === donorM.iso3 || recipients.includes(g.recipient)) continue;
      out.push(candidate(s, ctx, donorM.iso3, g.recipient, g.value, k));
    }
    // Gapping: "Britain pledged 100 million pounds, Norway USD 75 million and Denmark 26.8 million
    // euros": each further "<Country> <amount>" shares the verb and the recipients.
    for (const g of gapped(s, money.to)) {
      if (used.has(g.donor)) continue;
      used.add(g.donor);
      for (const recipient of recipients) {
        if (recipient !== g.donor) out.push(candidate(s, ctx, g.donor, recipient, g.value, k));
      }
    }
  }
  // (The same pledge told twice: the same giver and sum, or, with no sum, the same receiver too, 1.24.9.)
  const same = (o: Candidate, c: Candidate) =>
    o.type === 'AidPledged' && c.type === 'AidPledged' && o.donor === c.donor && o.value?.amount === c.value?.amount && (c.value !== null || o.recipient === c.recipient);
  for (const c of nominal) if (c.type === 'AidPledged' && !out.some((o) => same(o, c))) out.push(c);
  return out;
}

/** "… and (up to) <amount> to <Country>" after the first pledge: further recipients with their own amounts. */
function recipientGapped(s: AnalysedSentence, from: number, end: number): { recipient: string; value: { amount: number; currency: string | null } }[] {
  const t = s.tokens;
  const out: { recipient: string; value: { amount: number; currency: string | null } }[] = [];
  for (const money of s.money) {
    if (money.from <= from || money.from >= end || money.conversion) continue;
    let b = money.from - 1;
    if (t[b]?.lower === 'to' && t[b - 1]?.lower === 'up') b -= 2;
    if (t[b]?.lower !== 'and' && t[b]?.lower !== ',') continue;
    if (t[money.to]?.lower !== 'to') continue;
    const m = s.mentions.find((x) => (x.from === money.to + 1 || (x.from === money.to + 2 && t[money.to + 1].lower === 'the')) && (x.kind === 'name' || x.kind === 'capital'));
    if (m) out.push({ recipient: m.iso3, value: { amount: money.amount, currency: money.currency } });
  }
  return out;
}

/** "…, Norway USD 75 million, Denmark 26.8 million euros and Iraq $13 million": donors with amounts after a pledge. */
function gapped(s: AnalysedSentence, from: number): { donor: string; value: { amount: number; currency: string | null } }[] {
  const t = s.tokens;
  const out: { donor: string; value: { amount: number; currency: string | null } }[] = [];
  let i = from;
  // Skip a bracketed conversion right after the amount.
  if (t[i]?.lower === '(') while (i < t.length && t[i].lower !== ')') i++;
  if (t[i]?.lower === ')') i++;
  for (let n = 0; n < 12 && i < t.length; n++) {
    if (t[i].lower !== ',' && t[i].lower !== 'and') break;
    let j = i + 1;
    if (t[j]?.lower === 'and') j++;
    // ("Japan pledged $260 million and the United States $130 million": "the" may open the name, 1.30.63.)
    const m = s.mentions.find((x) => (x.from === j || (x.from === j + 1 && t[j]?.lower === 'the')) && (x.kind === 'name' || x.kind === 'capital'));
    if (!m) break;
    const money = s.money.find((x) => x.from >= m.to && x.from <= m.to + 1 && !x.conversion);
    if (!money) break;
    out.push({ donor: m.iso3, value: { amount: money.amount, currency: money.currency } });
    i = money.to;
    if (t[i]?.lower === '(') while (i < t.length && t[i].lower !== ')') i++;
    if (t[i]?.lower === ')') i++;
  }
  return out;
}

const COUNTRY_NOUNS = new Set(['countries', 'nations', 'states', 'neighbours', 'neighbors', 'governments', 'donors']);

/**
 * "Several countries, including China, India and Iran, have sent relief supplies, along with
 * assistance from Malaysia and Singapore": donors listed in the subject after "including" and after
 * "assistance / aid / help from"; material aid given, no amount, for the article's recipient of a
 * disaster report (1.8).
 */
function listedDonors(s: AnalysedSentence, ctx: Context, start: number, k: number, end: number, used: Set<string>): Candidate[] {
  const t = s.tokens;
  const recipient = ctx.aidRecipient;
  if (!recipient || !ctx.disasterRecipient) return [];
  const nounAt = t.slice(k + 1, Math.min(end, k + 5)).findIndex((x) => MATERIAL_AID.has(x.lower) || x.lower === 'materials');
  if (nounAt < 0 || recipientAfter(s, k + 1 + nounAt, end, '') !== undefined) return [];
  const inc = t.slice(start, k).findIndex((x) => x.lower === 'including');
  if (inc < 0 || !t.slice(start, start + inc).some((x) => COUNTRY_NOUNS.has(x.lower))) return [];
  const listFrom = (i: number, stop: number) => {
    const out: string[] = [];
    const first = s.mentions.find((m) => m.from === i || (m.from === i + 1 && t[i].lower === 'the'));
    if (!first || first.kind === 'person' || first.kind === 'demonym') return out;
    out.push(first.iso3);
    let j = first.to;
    while (j < stop) {
      while (j < stop && (t[j].lower === ',' || t[j].lower === 'and' || t[j].lower === 'the')) j++;
      const m = s.mentions.find((x) => x.from === j && x.kind !== 'person' && x.kind !== 'demonym');
      if (!m) break;
      out.push(m.iso3);
      j = m.to;
    }
    return out;
  };
  const donors = listFrom(start + inc + 1, k);
  const from = t.findIndex((x, i) => i > k && i < end && x.lower === 'from' && ['assistance', 'aid', 'help', 'support', 'donations'].includes(t[i - 1]?.lower ?? ''));
  if (from > 0) donors.push(...listFrom(from + 1, end));
  const out: Candidate[] = [];
  for (const d of new Set(donors)) {
    if (d === recipient || used.has(d)) continue;
    used.add(d);
    out.push({ ...candidate(s, ctx, d, recipient, null, k), confidence: 0.55 });
  }
  return out;
}

/**
 * "two planes carrying $8 million worth of Chinese relief supplies landed": an amount of a
 * demonym's material aid delivered is that state's aid to the article's recipient (1.8).
 */
function worthOf(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  const out: Candidate[] = [];
  const recipient = ctx.aidRecipient;
  if (!recipient) return out;
  for (const money of s.money) {
    if (money.conversion || t[money.to]?.lower !== 'worth' || t[money.to + 1]?.lower !== 'of') continue;
    const dem = s.mentions.find((m) => m.from === money.to + 2 && m.kind === 'demonym');
    if (!dem || dem.iso3 === recipient || !t.slice(dem.to, dem.to + 3).some((x) => MATERIAL_AID.has(x.lower))) continue;
    if (isIrrealis(s, money.from)) continue;
    out.push(candidate(s, ctx, dem.iso3, recipient, { amount: money.amount, currency: money.currency }, money.from));
  }
  return out;
}

const DEPOSIT_LIGHT = new Set(['made', 'placed', 'put', 'provided']);
const STATE_STYLE = new Set(['republic', 'kingdom', 'state', 'federation', 'commonwealth']);
const DEPOSIT_AGREED = new Set(['agreement', 'agreed', 'deal', 'decided', 'decision', 'pledged', 'promised', 'committed']);
/**
 * "Saudi Arabia deposited $500 million in Yemen's central bank", "the UAE made a $1 billion deposit
 * with the Central Bank of Egypt": a state's sum placed in another state's central bank to prop up
 * its currency is support given to that state (1.30.42). The depositor is the clause's subject state.
 */
function centralBankDeposit(s: AnalysedSentence, ctx: Context): Candidate[] {
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    // ("signed an agreement to deposit $5 billion into …": the deposit agreed is the pledge, 1.30.57.)
    const agreed = t[k].lower === 'deposit' && t[k - 1]?.lower === 'to' && DEPOSIT_AGREED.has(t[k - 2]?.lower ?? '');
    const verb = t[k].lower === 'deposited' || agreed;
    const noun = !agreed && t[k].lower === 'deposit' && t.slice(Math.max(0, k - 6), k).some((x) => DEPOSIT_LIGHT.has(x.lower));
    if (!verb && !noun) continue;
    const money = verb ? s.money.find((x) => !x.conversion && x.from > k && x.from <= k + 3) : s.money.find((x) => !x.conversion && x.to <= k && x.to >= k - 2);
    if (!money || isIrrealis(s, agreed ? k - 2 : k)) continue;
    const after = verb ? money.to : k + 1;
    if (!['in', 'into', 'with', 'at'].includes(t[after]?.lower ?? '')) continue;
    // "Yemen's central bank", "the Central Bank of Egypt", "the Egyptian central bank".
    let j = after + 1;
    if (t[j]?.lower === 'the') j++;
    let bankOf = s.mentions.find((m) => m.from === j && m.kind !== 'person' && m.kind !== 'city' && (t[m.to]?.lower === "'s" ? t[m.to + 1]?.lower === 'central' && t[m.to + 2]?.lower === 'bank' : t[m.to]?.lower === 'central' && t[m.to + 1]?.lower === 'bank'))?.iso3;
    // (The mentions leave out a state named inside a bank's name, "Bank of Japan": read it here.)
    // ("the Central Bank of the Republic of Türkiye": a state's style before its name, 1.30.57.)
    if (!bankOf && t[j]?.lower === 'central' && t[j + 1]?.lower === 'bank' && t[j + 2]?.lower === 'of') {
      const at = t[j + 3]?.lower === 'the' ? j + 4 : j + 3;
      bankOf = stateNameAt(t, at) ?? (STATE_STYLE.has(t[at]?.lower ?? '') && t[at + 1]?.lower === 'of' ? stateNameAt(t, at + 2) : null) ?? undefined;
    }
    if (!bankOf) continue;
    const start = clauseStart(s, k);
    const subject = s.mentions.filter((m) => m.from >= start && m.to <= (noun ? money.from : k) && m.role === 'actor' && m.kind !== 'person' && m.kind !== 'city' && (m.kind !== 'demonym' || STATE_BODIES.has(t[m.to]?.lower ?? '')));
    const donor = subject[0];
    if (!donor || subject.some((m) => m.iso3 !== donor.iso3) || donor.iso3 === bankOf) continue;
    return [candidate(s, ctx, donor.iso3, bankOf, { amount: money.amount, currency: money.currency }, k)];
  }
  return [];
}

const FREE_TERMS = new Set(['grant', 'gift', 'donation']);
/** "under a grant", "as a gift", "as a donation", "free of charge" in the clause of the giving verb at k. */
function givenFree(t: AnalysedSentence['tokens'], k: number, end: number): boolean {
  for (let i = k + 1; i < end; i++) {
    if ((t[i].lower === 'under' || t[i].lower === 'as') && ['a', 'an'].includes(t[i + 1]?.lower ?? '') && FREE_TERMS.has(t[i + 2]?.lower ?? '')) return true;
    if (t[i].lower === 'free' && t[i + 1]?.lower === 'of' && t[i + 2]?.lower === 'charge') return true;
  }
  return false;
}

/** Words before a sum that make it the donors' joint one: "a combined / joint / total of". */
const JOINT_SUMS = new Set(['combined', 'joint', 'jointly', 'together', 'total']);

function candidate(s: AnalysedSentence, ctx: Context, donor: string, recipient: string, value: { amount: number; currency: string | null } | null, k: number): Candidate {
  // "X has pledged $10 million …, Clinton said on Sunday": saying it is the pledge, so the day of the
  // statement after it dates the pledge that has no day of its own (1.10).
  const said = s.dates.find((d) => d.from > k && d.value.length === 10 && reportDate(s, d.from));
  // "announced on Sunday that it will provide …": the day of the announcement dates the pledge (1.13).
  const announced = s.dates.find((d) => d.to <= k && d.value.length === 10 && s.tokens.slice(Math.max(0, d.from - 2), d.from).some((x) => SAY.has(x.lower)) && s.tokens.slice(d.to, k).some((x) => x.lower === 'that'));
  const date = dateNear(s, k) ?? (said && ['pledged', 'promised', 'offered', 'announced'].includes(s.tokens[k]?.lower ?? '') ? said.value : null) ?? announced?.value ?? null;
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

// Disasters: the country they struck is the one aid is for (1.8).
const DISASTERS = new Set(['earthquake', 'quake', 'tsunami', 'flood', 'floods', 'flooding', 'cyclone', 'typhoon', 'hurricane', 'storm', 'drought', 'famine', 'disaster', 'landslide', 'landslides', 'eruption', 'epidemic', 'outbreak']);
export const DISASTER_WORDS: ReadonlySet<string> = DISASTERS;
const STRUCK = new Set(['struck', 'hit', 'devastated', 'ravaged', 'battered', 'rocked', 'jolted', 'stricken', 'affected']);

/**
 * The country a disaster is placed in: "an earthquake in southeastern Afghanistan", "Myanmar's
 * devastating earthquake", "the quake struck northern Pakistan", "relief efforts in Pakistan",
 * "flood-hit Pakistan".
 */
export function disasterCountry(s: AnalysedSentence): string | null {
  const t = s.tokens;
  const near = (from: number, to: number) => t.slice(Math.max(0, from), Math.max(0, to)).some((x) => DISASTERS.has(x.lower) || x.lower === 'relief');
  for (const m of s.mentions) {
    if (m.kind === 'demonym' || m.kind === 'person') continue;
    let j = m.from - 1;
    // Lower-case modifiers between the preposition or verb and the name ("southeastern", "northern").
    while (j >= 0 && m.from - j <= 2 && /^\p{Ll}/u.test(t[j].text) && !['in', 'to', 'the', 'of'].includes(t[j].lower) && !STRUCK.has(t[j].lower)) j--;
    const lead = t[j]?.lower ?? '';
    if (lead === 'in' && near(j - 4, j)) return m.iso3;
    if (STRUCK.has(lead) && near(j - 6, j)) return m.iso3;
    if (STRUCK.has(lead) && t[j - 1]?.lower === '-' && DISASTERS.has(t[j - 2]?.lower ?? '')) return m.iso3;
    if (m.possessive && t.slice(m.to + 1, m.to + 4).some((x) => DISASTERS.has(x.lower))) return m.iso3;
  }
  return null;
}

const LANDED = new Set(['landed', 'arrived', 'arriving', 'reached']);
const EFFORTS = new Set(['efforts', 'effort', 'operations', 'operation', 'work', 'mission']);
const RELIEF_WORDS = new Set(['relief', 'rescue', 'humanitarian', 'recovery', 'reconstruction', 'aid']);

/** Who aid in this sentence is for: "to help … Syria's crisis", "aid for Syria", "assistance to Manila". */
const REBUILDING: ReadonlySet<string> = new Set(['reconstruction', 'rebuilding', 'recovery']);

// People an aid sentence says it is for ("to support civilians affected in X").
const BENEFICIARIES = new Set(['civilians', 'people', 'refugees', 'families', 'children', 'communities', 'victims', 'residents', 'population', 'populations', 'survivors', 'those', 'households']);
// Nouns and verbs of a journey: "her trip to X", "travelled to X".
const TRIP_WORDS = new Set(['trip', 'visit', 'journey', 'tour', 'travel', 'travelled', 'traveled', 'flew', 'way', 'arrival', 'return', 'returned']);

// What aid answers, placed in a state: "the humanitarian crisis in Syria", "the war in Yemen".
const CRISES = new Set(['crisis', 'war', 'conflict', 'emergency', 'fighting']);
/** "war-torn", "flood-hit": a lower-case word, a hyphen and a lower-case word just before token i. */
function hyphenedModifier(t: AnalysedSentence['tokens'], i: number): boolean {
  return t[i - 2]?.text === '-' && /^\p{Ll}+$/u.test(t[i - 1]?.text ?? '') && /^\p{Ll}+$/u.test(t[i - 3]?.text ?? '');
}

const PLEDGE_NOUNS = new Set(['pledges', 'commitments', 'promises']);
const PACKAGES = new Set(['package', 'packages', 'tranche']);
const DONOR_GROUPS = new Set(['donors', 'creditors', 'lenders']);
export function aidRecipientIn(s: AnalysedSentence): string | null {
  const t = s.tokens;
  const aidy = t.some((x) => ['aid', 'humanitarian', 'pledged', 'donors', 'assistance', 'relief', 'help', 'pledges'].includes(x.lower));
  if (!aidy) return null;
  const struck = hasAny(s, DISASTERS) || s.words.has('relief') ? disasterCountry(s) : null;
  if (struck) return struck;
  // ("Pakistan on Monday secured pledges of more than $9 billion from lenders", "Nepal's development
  // partners pledged $4.4 billion": the state a donors' story gives to, 1.30.63.)
  for (const m of s.mentions) {
    if (m.kind === 'demonym' || m.kind === 'person' || m.role === 'location') continue;
    let j = m.to;
    while (j < t.length && j < m.to + 5 && (s.dates.some((d) => j >= d.from && j < d.to) || t[j].lower === 'on' || t[j].lower === 'has' || t[j].lower === 'have')) j++;
    if (SECURED.has(t[j]?.lower ?? '') || t[j]?.lower === 'received') {
      if (PLEDGE_NOUNS.has(t[j + 1]?.lower ?? '')) return m.iso3;
    }
    if (t[m.to]?.lower === "'s" && DONOR_GROUPS.has(t[m.to + 1]?.lower ?? '') || (t[m.to]?.lower === "'s" && t[m.to + 1]?.lower === 'development' && t[m.to + 2]?.lower === 'partners')) return m.iso3;
  }
  // ("pledged … in aid to Syrians", "help for Afghans": a state's people named in the plural, which
  // the mention lexicon does not hold, after "to" or "for", 1.30.1.)
  for (let i = 1; i < t.length; i++) {
    if ((t[i - 1].lower !== 'to' && t[i - 1].lower !== 'for') || !/^\p{Lu}\p{Ll}+s$/u.test(t[i].text)) continue;
    const people = LEXICON.get(t[i].lower.slice(0, -1));
    if (people?.kind === 'demonym' && people.iso3.length === 1) return people.iso3[0];
  }
  for (const m of s.mentions) {
    // ("aid for war-torn Syria", "to cash-strapped Sri Lanka": a hyphened modifier before the name is skipped, 1.25.3.)
    const lead = hyphenedModifier(t, m.from) ? m.from - 3 : m.from;
    const prev = t[lead - 1]?.lower ?? '';
    const prev2 = t[lead - 2]?.lower ?? '';
    // ("pledged $507 million towards addressing the humanitarian crisis in Syria": the state a crisis
    // or a war is placed in, in a sentence of aid, 1.25.3.)
    if (prev === 'in' && CRISES.has(prev2) && m.kind !== 'demonym' && m.kind !== 'person') return m.iso3;
    // ("the conference on Afghan reconstruction": a state's rebuilding names the recipient, 1.22.6.)
    if (m.kind === 'demonym' && REBUILDING.has(t[m.to]?.lower ?? '')) return m.iso3;
    if (m.kind === 'demonym' || m.kind === 'person') continue;
    // "humanitarian aid in Afghanistan": aid delivered in a country is aid for it.
    // ("the humanitarian rescue efforts in Haiti", "relief operations in Nepal", 1.21.14.)
    // ("to keep humanitarian operations running in Yemen": a participle may follow the efforts, 1.30.50.)
    const effortsAt = EFFORTS.has(prev2) ? m.from - 2 : EFFORTS.has(t[m.from - 3]?.lower ?? '') && /^\p{Ll}+ing$/u.test(t[m.from - 2]?.text ?? '') ? m.from - 3 : -1;
    const aidIn = prev === 'in' && (['aid', 'assistance', 'relief'].includes(prev2) || (effortsAt > 0 && t.slice(Math.max(0, effortsAt - 3), effortsAt).some((x) => RELIEF_WORDS.has(x.lower))));
    if (aidIn) return m.iso3;
    // ("civilians affected in Ukraine", "families displaced in Chad", "people in Gaza": those the aid
    // is for, placed in their state, 1.24.4.)
    if (prev === 'in' && (BENEFICIARIES.has(prev2) || (BENEFICIARIES.has(t[m.from - 3]?.lower ?? '') && /ed$/.test(prev2)))) return m.iso3;
    // ("Planes carrying tents, food and medicine landed in Pakistan … as international aid began
    // arriving": where goods of aid arrive is whom they are for, 1.30.50.)
    if (prev === 'in' && LANDED.has(prev2) && t.slice(0, m.from).some((x, q) => aidInKind(t, q) || x.lower === 'aid')) return m.iso3;
    // ("During her trip to Warsaw, Poland, …": a journey's destination is no recipient, 1.24.4.)
    if (prev === 'to' && TRIP_WORDS.has(prev2)) continue;
    if (prev === ',' && t[m.from - 2] && s.mentions.some((x) => x.to === m.from - 1 && TRIP_WORDS.has(t[x.from - 2]?.lower ?? '') && t[x.from - 1]?.lower === 'to')) continue;
    // ("pledged to assist the Philippines after an earthquake": the state helped, 1.25.9.)
    if (prev === 'assist' || (prev === 'the' && (prev2 === 'assist' || prev2 === 'help'))) return m.iso3;
    if (prev === 'for' || prev === 'to' || prev === 'help' || (prev2 === 'war' && prev === '-') || t.slice(Math.max(0, m.from - 4), m.from).some((x) => x.lower === 'help' || x.lower === 'alleviate')) {
      if (m.possessive || prev === 'for' || prev === 'to' || prev === 'help') return m.iso3;
    }
  }
  return null;
}
