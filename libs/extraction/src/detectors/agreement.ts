/**
 * AgreementSigned: "X and Y signed an agreement", "the agreement was signed by…". An aid, loan or
 * grant agreement is also an AidPledged from donor to recipient (ANNOTATION.md).
 */
import { currencyOf } from '../../../domain/src/countries';
import type { MonetaryValue } from '../../../domain/src/facts/fact.types';
import type { AnalysedSentence } from '../analysis';
import { clauseEnd, clauseStart, dateNear, distinct, hasAny, isHedged, isIrrealis, isSportContext } from '../clause';
import type { Context } from '../context';
import { pairFor } from '../context';
import type { MoneyMention } from '../text/money';
import { adjunctAt, dateless, spanText } from '../text/span-text';
import { ANAPHORA } from '../text/words';
import type { Candidate } from './candidate';
import { num } from './vote-context';

// ("sealed four agreements": the press's word for a signing, 1.18.8.)
const SIGN = new Set(['signed', 'signs', 'signing', 'inked', 'sign', 'exchanged', 'exchange', 'exchanging', 'sealed']);
// "exchange the MoU after their talks": handing over signed texts is a signing ceremony, when the
// agreement noun is the verb's object (not "exchanged views on the agreement", 1.11).
const EXCHANGE = new Set(['exchanged', 'exchange', 'exchanging']);
const EXCHANGED_OBJECT = new Set(['agreement', 'agreements', 'memorandum', 'memorandums', 'memoranda', 'mou', 'mous', 'documents', 'instruments', 'accords', 'treaty', 'treaties', 'protocol', 'protocols']);
const AGREEMENT = new Set([
  'agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'memorandum', 'memorandums', 'memoranda', 'mou',
  'mous', 'pact', 'pacts', 'deal', 'deals', 'protocol', 'protocols', 'convention', 'contract', 'contracts', 'declaration',
  'partnership', 'charter', 'communique', 'communiqué', 'documents', 'plan', 'roadmap', 'statement', 'framework',
  'programme', 'program', 'notes', 'letter', 'letters',
  // ("signed a 7.4 billion euro funding package", 1.30.16.)
  'package', 'packages',
]);
/**
 * How many instruments a signing counts: the number right before the plural instrument noun after
 * the verb (at `noun`), or before the one opening a passive's subject (from `subject` to the verb
 * k), with at most one word between ("five cooperation agreements"); 1 when none is counted, or
 * more than MAX_COUNTED (1.29.2).
 */
function instrumentCount(t: AnalysedSentence['tokens'], noun: number, subject: number, k: number): number {
  const counted = (i: number) => {
    // ("signed four Memorandum of Understandings": the count makes the first noun plural.)
    if (!/s$|^memorand(a|um)$/.test(t[i]?.lower ?? '')) return 1;
    return num(t[i - 1]?.lower) ?? (/^\p{Ll}/u.test(t[i - 1]?.text ?? '') ? num(t[i - 2]?.lower) : null) ?? 1;
  };
  // ("two MoUs, an agreement and a protocol were signed": the instruments of a list add up, 1.30.2.)
  const countBefore = (i: number) => {
    let n = counted(i);
    let j = i + 1;
    while (j < t.length && (t[j].lower === ',' || t[j].lower === 'and')) {
      j += t[j].lower === ',' && t[j + 1]?.lower === 'and' ? 2 : 1;
      const each = t[j]?.lower === 'a' || t[j]?.lower === 'an' || t[j]?.lower === 'one' ? 1 : num(t[j]?.lower);
      if (each === null || each === undefined) break;
      j++;
      if (/^\p{Ll}+$/u.test(t[j]?.text ?? '') && !AGREEMENT.has(t[j].lower)) j++;
      if (!AGREEMENT.has(t[j]?.lower ?? '')) break;
      n += each;
      j++;
    }
    return n >= 2 && n <= MAX_COUNTED ? n : 1;
  };
  if (noun >= 0) return countBefore(noun);
  if (subject < 0) return 1;
  for (let i = subject; i < k && i < subject + 4; i++) if (AGREEMENT.has(t[i].lower)) return countBefore(i);
  return 1;
}
// A few instruments counted are each a signing the annotators code on its own ("signed two MoUs":
// dev-004's convention); a larger package ("signed 16 documents", "ink 10 agreements") they code as
// one signing. Round 29: per instrument up to five or six in 29d, 29e and 29j; once for 7, 10 and
// 16 in 29h (docs/extraction.md).
const MAX_COUNTED = 6;
const NAME_LINKS = new Set(['and', 'of', 'on', 'for', '-', '&']);
/** The offset after k of an instrument's noun closing a capitalised name right after "the" ("the A B and C Agreement"), else -1. */
function namedInstrumentAfter(t: { lower: string; cap: boolean }[], k: number): number {
  if (t[k + 1]?.lower !== 'the' || !t[k + 2]?.cap) return -1;
  for (let i = k + 2; i < t.length && i <= k + 16; i++) {
    if (t[i].cap && AGREEMENT.has(t[i].lower)) return i - (k + 1);
    if (!t[i].cap && !NAME_LINKS.has(t[i].lower)) return -1;
  }
  return -1;
}

// "cooperate on signing an FTA", "toward signing a treaty": the signing is a goal.
const GOAL_PREPOSITIONS = new Set(['on', 'toward', 'towards', 'for', 'about', 'of', 'to', 'into']);
// Capitalised names of organisations: "the New Development Bank", "the Asian Infrastructure Investment Bank".
const ORG_HEADS = new Set(['bank', 'fund', 'union', 'organization', 'organisation', 'agency', 'programme', 'program', 'institute', 'association', 'secretariat', 'commission']);
// "signed an agreement … to extend a $1 billion line of credit": the signer who gives is the donor.
const GIVING = new Set(['extend', 'extends', 'extended', 'provide', 'provides', 'provided', 'give', 'gives', 'grant', 'grants', 'lend', 'lends', 'offer', 'offers']);
// What stands before "signed" used as an adjective: a determiner or a preposition.
const ADJECTIVE_LEADS = new Set(['the', 'these', 'those', 'its', 'their', 'all', 'other', 'existing']);
const ADJECTIVE_PREPOSITIONS = new Set(['of', 'on', 'under', 'with', 'from', 'by']);
// Giving verbs that are also nouns, and what marks them as nouns before them.
const NOUN_TOO = new Set(['grant', 'grants', 'offer', 'offers']);
const NOUN_LEADS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'new', 'non-reimbursable', 'concessional', 'soft']);
export const AID_WORDS = new Set(['aid', 'loan', 'loans', 'grant', 'grants', 'assistance', 'credit', 'donation', 'financing', 'funding']);
// Organisations a country signs with; they never count as countries.
const ORGANISATIONS: Record<string, string> = {
  'european union': 'European Union', eu: 'European Union', 'world bank': 'World Bank', imf: 'International Monetary Fund',
  'international monetary fund': 'International Monetary Fund', 'asian development bank': 'Asian Development Bank', adb: 'Asian Development Bank',
  'united nations': 'United Nations', un: 'United Nations', nato: 'NATO', asean: 'ASEAN', 'african union': 'African Union',
  // (The bodies that sign most of the funding agreements the news reports, 1.30.16.)
  'european commission': 'European Commission', 'european investment bank': 'European Investment Bank', eib: 'European Investment Bank',
  'african development bank': 'African Development Bank', afdb: 'African Development Bank', 'world health organization': 'World Health Organization',
  who: 'World Health Organization', unicef: 'UNICEF', undp: 'United Nations Development Programme', unhcr: 'UNHCR', wfp: 'World Food Programme',
  'world food programme': 'World Food Programme', 'world food program': 'World Food Programme', opec: 'OPEC',
};

export function organisationsIn(s: AnalysedSentence): string[] {
  const out = new Set<string>();
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].cap) continue;
    const two = `${t[i].lower} ${t[i + 1]?.lower ?? ''}`;
    const three = `${two} ${t[i + 2]?.lower ?? ''}`;
    const hit = ORGANISATIONS[three] ?? ORGANISATIONS[two] ?? (t[i].text === t[i].text.toUpperCase() ? ORGANISATIONS[t[i].lower] : undefined);
    if (hit) {
      out.add(hit);
      continue;
    }
    // "the New Development Bank": up to five capitalised words ending in an organisation noun.
    if (t[i - 1]?.lower !== 'the' || (i > 1 && t[i - 2]?.cap)) continue;
    let j = i;
    while (j < t.length && j < i + 5 && t[j].cap && !ORG_HEADS.has(t[j].lower)) j++;
    if (j > i && t[j]?.cap && ORG_HEADS.has(t[j].lower) && !s.mentions.some((m) => m.from >= i && m.from <= j)) {
      out.add(t.slice(i, j + 1).map((x) => x.text).join(' '));
      i = j;
    }
  }
  return [...out];
}

/**
 * The amount of a sentence: the first that is not a bracketed conversion nor a target ("aiming to
 * lift bilateral trade to $100 billion"); currency implied by "<Demonym> aid".
 */
export function valueIn(s: AnalysedSentence, from = 0, donor: string | null = null): MonetaryValue | null {
  const valued = (x: MoneyMention) => !x.conversion && !isTarget(s.tokens, x.from);
  const m = s.money.find((x) => x.from >= from && valued(x)) ?? s.money.find(valued);
  if (!m) return null;
  let currency = m.currency;
  if (!currency && donor) {
    const t = s.tokens;
    const implied = s.mentions.some((x) => x.kind === 'demonym' && x.iso3 === donor && AID_WORDS.has(t[x.to]?.lower ?? ''));
    if (implied) currency = currencyOf(donor);
  }
  return { amount: m.amount, currency };
}

/** Auxiliaries and adverbs between a passive's subject and its participle: "was also formally signed". */
const VERB_GROUP = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'also', 'then', 'finally', 'just', 'now', 'already']);
/** Words that open a noun phrase and are no part of what it names. */
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'new', 'also']);

// Verbs of growth whose "to" gives a level aimed at: "to lift trade to $100 billion".
const GROWTH = new Set(['lift', 'lifting', 'raise', 'raising', 'boost', 'boosting', 'increase', 'increasing', 'double', 'doubling', 'triple', 'tripling', 'expand', 'expanding', 'grow', 'growing', 'take', 'taking', 'push', 'pushing', 'bring', 'bringing']);
/** A sum at `at` that is a level aimed at, not a value: "lift trade to $X", "reach $X", "a target of $X" (1.30.12). */
export function isTarget(t: AnalysedSentence['tokens'], at: number): boolean {
  const before = t[at - 1]?.lower ?? '';
  if (before === 'reach' || before === 'reaching') return true;
  if (before === 'of' && (t[at - 2]?.lower === 'target' || t[at - 2]?.lower === 'targets')) return true;
  return before === 'to' && t.slice(Math.max(0, at - 7), at - 1).some((x) => GROWTH.has(x.lower));
}

/** Donor of an aid phrase: "Japanese aid", "a loan from Japan / Tokyo". */
export function donorIn(s: AnalysedSentence, from = 0): string | null {
  const t = s.tokens;
  for (const m of s.mentions) {
    if (m.from < from) continue;
    if (m.kind === 'demonym' && AID_WORDS.has(t[m.to]?.lower ?? '')) return m.iso3;
    if (t[m.from - 1]?.lower === 'from' && t.slice(Math.max(0, m.from - 4), m.from).some((x) => AID_WORDS.has(x.lower))) return m.iso3;
  }
  return null;
}

const APPROVALS = new Set(['approved', 'approves', 'approve', 'authorized', 'authorised', 'authorizes', 'authorises', 'endorsed', 'endorses', 'cleared', 'clears', 'okayed']);
const AGENCY_AIMS = new Set(['development', 'cooperation', 'aid', 'assistance']);
/** The party named as the head of its aid agency's name: "the United States Agency for International Development", "Korea International Cooperation Agency". */
function agencyDonor(s: AnalysedSentence, parties: string[]): string | null {
  const t = s.tokens;
  const found = s.mentions.filter((m) => {
    if (!parties.includes(m.iso3) || m.kind === 'person') return false;
    const after = t.slice(m.to, m.to + 5);
    const agency = after.findIndex((x) => x.lower === 'agency');
    return agency >= 0 && after.slice(0, agency).every((x) => x.cap) && t.slice(m.to, m.to + 7).some((x) => AGENCY_AIMS.has(x.lower));
  });
  const states = [...new Set(found.map((m) => m.iso3))];
  return states.length === 1 ? states[0] : null;
}

const SUM_AID_NOUNS = new Set([...AID_WORDS, 'support', 'package', 'finance']);
const ASSIST_VERBS = new Set(['assist', 'help', 'support', 'benefit', 'aid']);

/**
 * "signed a $10 million grant / budget support to assist Fiji": the object of "signed" is a sum with an
 * aid noun after it; the recipient is the state after "to assist / to help / for / with", if any (1.12).
 */
function signedSum(s: AnalysedSentence, k: number): { recipient: string | null } | null {
  const t = s.tokens;
  if (!['signed', 'signs', 'inked'].includes(t[k].lower)) return null;
  const at = ['a', 'an', 'the'].includes(t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  const money = s.money.find((x) => x.from === at && !x.conversion);
  if (!money) return null;
  const end = clauseEnd(s, k);
  let i = money.to;
  // Skip a bracketed conversion.
  if (t[i]?.lower === '(') while (i < end && t[i].lower !== ')') i++;
  const noun = t.slice(i, Math.min(end, i + 8)).findIndex((x) => SUM_AID_NOUNS.has(x.lower));
  if (noun < 0) return null;
  for (let j = i + noun + 1; j < end - 1; j++) {
    const w = t[j].lower;
    const head = w === 'to' && ASSIST_VERBS.has(t[j + 1]?.lower ?? '') ? j + 2 : w === 'for' || w === 'with' ? j + 1 : -1;
    if (head < 0) continue;
    const r = s.mentions.find((m) => (m.from === head || (m.from === head + 1 && t[head].lower === 'the')) && m.kind !== 'person' && m.kind !== 'city' && m.kind !== 'demonym');
    if (r) return { recipient: r.iso3 };
  }
  return { recipient: null };
}

const CEREMONY_NOUNS = new Set(['event', 'ceremony', 'function']);
const HELD_VERBS = new Set(['held', 'presided', 'attended', 'hosted', 'witnessed', 'organised', 'organized', 'staged']);

/** "presided over an event to sign …", "held a ceremony to sign …": past-tense verb, ceremony noun, "to sign". */
function heldToSign(t: AnalysedSentence['tokens'], k: number): boolean {
  if (t[k - 1]?.lower !== 'to' || !CEREMONY_NOUNS.has(t[k - 2]?.lower ?? '')) return false;
  return t.slice(Math.max(0, k - 7), k - 2).some((x) => HELD_VERBS.has(x.lower));
}

/** Offset (from k + 1) of the agreement noun after "signing ceremony … for/of the …", or -1. */
function ceremonyObject(s: AnalysedSentence, k: number): number {
  const t = s.tokens;
  const end = clauseEnd(s, k);
  const from = t.findIndex((x, i) => i > k + 1 && i < end && (x.lower === 'for' || (x.lower === 'of' && i === k + 2)));
  if (from < 0) return -1;
  const noun = t.slice(from + 1, Math.min(end, from + 7)).findIndex((x) => AGREEMENT.has(x.lower));
  return noun < 0 ? -1 : from + 1 + noun - (k + 1);
}

const DASH_MARKS = new Set(['—', '–', '--']);
// "agreements to be signed", "would be signed": the signing has not happened.
const UNREAL_AUX = new Set(['to', 'will', 'would', 'shall', 'could', 'may', 'might', 'be']);
const OCCASIONS = new Set(['talks', 'discussions', 'meeting', 'meetings', 'visit', 'commission', 'session', 'consultations']);

/**
 * The signing is placed at an occasion right after the verb: "signed during the talks", and (1.16)
 * "signed at the Joint Commission", "signed as part of the President's state visit", "signed
 * in the course of the meeting". ("signed at the Presidential Palace": a place is no occasion.)
 */
function occasionAfter(t: AnalysedSentence['tokens'], k: number, end: number): boolean {
  for (let i = k + 1; i < Math.min(end, k + 4); i++) {
    const w = t[i].lower;
    let from = -1;
    if (w === 'during' || w === 'at') from = i + 1;
    else if (w === 'as' && t[i + 1]?.lower === 'part' && t[i + 2]?.lower === 'of') from = i + 3;
    else if (w === 'in' && t[i + 1]?.lower === 'the' && t[i + 2]?.lower === 'course' && t[i + 3]?.lower === 'of') from = i + 4;
    if (from < 0) continue;
    // ("during discussions": the old reach of three words; a named occasion may run longer.)
    return t.slice(from, Math.min(end, from + (w === 'during' ? 3 : 8))).some((x) => OCCASIONS.has(x.lower));
  }
  return false;
}

/** "… visit to Peru" after the verb, with its visitor named between: [visitor, host] (1.16). */
function visitParties(s: AnalysedSentence, k: number, end: number): string[] | null {
  const t = s.tokens;
  const v = t.findIndex((x, i) => i > k && i < end && ['visit', 'trip'].includes(x.lower) && t[i + 1]?.lower === 'to');
  if (v < 0) return null;
  const host = s.mentions.find((m) => m.from === v + 2 && m.kind !== 'person' && m.kind !== 'city');
  const visitor = s.mentions.filter((m) => m.from > k && m.to <= v && m.role !== 'location').pop();
  if (!host || !visitor || visitor.iso3 === host.iso3) return null;
  return [visitor.iso3, host.iso3];
}

const OCCASION_EDGES = new Set(['conclusion', 'end', 'close', 'sidelines', 'following', 'after', 'margins']);
const PLURAL_INSTRUMENTS = new Set(['agreements', 'accords', 'deals', 'treaties', 'memorandums', 'memoranda', 'mous', 'pacts', 'protocols']);
const JOINT_WORDS = new Set(['trilateral', 'tripartite', 'joint', 'jointly', 'together', 'three-way', 'multilateral']);

/** "A Work Plan of the two ministries …", "the Joint Action Plan": a named programme is an instrument (1.17). */
function namedProgramme(t: AnalysedSentence['tokens'], i: number): boolean {
  return PROGRAMME_NOUNS.has(t[i].lower) && t[i].cap && !!t[i - 1]?.cap && PROGRAMME_KINDS.has(t[i - 1].lower);
}
const PROGRAMME_NOUNS = new Set(['program', 'programme', 'plan', 'roadmap']);
const PROGRAMME_KINDS = new Set(['cooperation', 'co-operation', 'action', 'work', 'joint', 'partnership']);

/**
 * "the Treaty on Fisheries, Ports and Maritime Transport and which was signed by …": a relative
 * "which / that was signed" whose antecedent is the capitalised name of an agreement, however long (1.17).
 */
function namedAntecedent(t: AnalysedSentence['tokens'], k: number): boolean {
  if (!['was', 'were'].includes(t[k - 1]?.lower ?? '') || !['which', 'that'].includes(t[k - 2]?.lower ?? '')) return false;
  let i = k - 3;
  if (t[i]?.lower === 'and') i--;
  for (let n = 0; i >= 0 && n < 16; i--, n++) {
    if (AGREEMENT.has(t[i].lower) && t[i].cap) return true;
    if (!(t[i].cap || [',', 'and', 'on', 'of', 'the', 'for', '-'].includes(t[i].lower))) return false;
  }
  return false;
}

/**
 * "The two ministers also signed a second accord on …", "A protocol on … was also signed by …": with
 * "also", an instrument brought in with "a/an/another" is one more instrument, not the one told
 * before (1.17.3). Looks at the article before the instrument (after the verb, or opening the
 * passive's subject) and for "also" in the clause before the verb.
 */
function anotherInstrument(t: AnalysedSentence['tokens'], k: number, start: number, objectStart: number, passive: boolean): boolean {
  if (!t.slice(start, k).some((x) => x.lower === 'also')) return false;
  const lead = passive ? t.slice(start, k).find((x) => !['thus', ',', 'also'].includes(x.lower))?.lower : objectStart > k ? t[k + 1]?.lower : undefined;
  return lead === 'a' || lead === 'an' || lead === 'another';
}

export function detectAgreements(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, SIGN)) return [];
  if (isSportContext(s)) return [];
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (!SIGN.has(t[k].lower)) continue;
    if (EXCHANGE.has(t[k].lower)) {
      let o = k + 1;
      // ("exchanged a series of memoranda", "a number of agreements": a quantity before the noun, 1.16.)
      while (o < t.length && o < k + 5 && ['the', 'signed', 'two', 'three', 'four', 'five', 'several', 'of', 'a', 'series', 'number', 'set', 'raft', 'host'].includes(t[o].lower)) o++;
      // ("the exchange of 28 intergovernmental agreements": a count in figures and an adjective or two, 1.30.74.)
      if (/^\d{1,3}$/.test(t[o]?.text ?? '')) o++;
      const modifiers = EXCHANGED_OBJECT.has(t[o]?.lower ?? '') ? 0 : [1, 2].find((n) => t.slice(o, o + n).every((x) => /^\p{Ll}+$/u.test(x.text)) && EXCHANGED_OBJECT.has(t[o + n]?.lower ?? '')) ?? 0;
      o += modifiers;
      if (!EXCHANGED_OBJECT.has(t[o]?.lower ?? '') || t[o].lower === 'of') continue;
      // ("exchange of instruments": the noun form is handled as any other mention of an agreement.)
    }
    let after = t.slice(k + 1, Math.min(t.length, k + 7)).findIndex((x, i) => AGREEMENT.has(x.lower) || namedProgramme(t, k + 1 + i));
    // ("inked the Bilateral Investment Promotion and Protection Agreement": a capitalised name, however
    // long, that ends on the instrument's noun, 1.28.1.)
    if (after < 0) after = namedInstrumentAfter(t, k);
    // "held a signing ceremony at the Department of Foreign Affairs for the Exchange of Notes": the
    // ceremony's "for" names what was signed, however long the place between (1.14).
    if (after < 0 && t[k].lower === 'signing' && t[k + 1]?.lower === 'ceremony') after = ceremonyObject(s, k);
    // ("signed a letter of intent": only a letter of intent or an exchange of letters is an instrument, 1.15.)
    if (after >= 0 && ['letter', 'letters'].includes(t[k + 1 + after].lower) && !(t[k + 2 + after]?.lower === 'of' && t[k + 3 + after]?.lower === 'intent') && !(t[k + after]?.lower === 'of' && t[k + after - 1]?.lower === 'exchange')) after = -1;
    // ("A Work Plan of the trade ministries of A and B for the years 2026 to 2028 was
    // signed": the passive's subject opens with the instrument, however long its modifiers, 1.17.)
    // ("held discussions in the meeting room, where two MoUs … were signed": a relative clause of place
    // has its own subject, 1.30.2.)
    const cs0 = clauseStart(s, k);
    const where = t.findIndex((x, i) => i > cs0 && i < k && x.lower === 'where' && t[i - 1]?.lower === ',');
    const cs = where > 0 ? where + 1 : cs0;
    // ("… was also signed by": an adverb between the auxiliary and the verb, 1.17.3.)
    const aux = t[k - 1]?.lower === 'also' ? t[k - 2]?.lower : t[k - 1]?.lower;
    const subjectInstrument = ['was', 'were', 'been'].includes(aux ?? '') && t.slice(cs, Math.min(k, cs + 4)).some((x, i) => AGREEMENT.has(x.lower) || namedProgramme(t, cs + i));
    const from10 = subjectInstrument ? cs : Math.max(0, k - 10, cs);
    const before = t.slice(from10, k).some((x, i) => (AGREEMENT.has(x.lower) && !['letter', 'letters'].includes(x.lower)) || namedProgramme(t, from10 + i)) || namedAntecedent(t, k);
    // "has signed a $NZD10 million Climate Finance and Budget Support to assist Fiji": a sum of aid
    // as the object of "signed" is an aid instrument signed (1.12).
    const sumSigned = after < 0 && !before ? signedSum(s, k) : null;
    if (after < 0 && !before && !sumSigned) continue;
    // ("implementing signed agreements", "the implementation of (already) signed deals": the
    // participle describes instruments signed before, it tells no signing, 1.21.6.)
    if (t[k].lower === 'signed' && after === 0) {
      let j = k - 1;
      while (j >= 0 && (/^\p{Ll}+ly$/u.test(t[j].text) || t[j].lower === 'already' || t[j].lower === 'earlier')) j--;
      const w = t[j]?.lower ?? '';
      // ("The signed agreement provides for …" is the article's own instrument, 1.10: after a
      // determiner only plural instruments are the ones signed before.)
      const plural = /s$/.test(t[k + 1].lower) || ['memoranda'].includes(t[k + 1].lower);
      if (ADJECTIVE_PREPOSITIONS.has(w) || /^\p{Ll}+ing$/u.test(t[j]?.text ?? '') || (ADJECTIVE_LEADS.has(w) && plural)) continue;
    }
    // "presided over an event to sign five MoUs yesterday": a ceremony held to sign is a signing (1.14).
    const ceremonyHeld = t[k].lower === 'sign' && heldToSign(t, k);
    // ("The signing of two memorandums … was approved by the Saudi Cabinet", "the cabinet approved the
    // signing of …": a signing authorised is one still to come, 1.25.35.)
    if (t[k].lower === 'signing' && t.some((x, i) => APPROVALS.has(x.lower) && Math.abs(i - k) <= 16)) continue;
    // ("agreements to be signed", "would be signed": a passive of the future, 1.16.)
    if (!ceremonyHeld && (isIrrealis(s, k) || (t[k - 1]?.lower === 'be' && UNREAL_AUX.has(t[k - 2]?.lower ?? '')))) continue;
    if (t[k].lower === 'signing' && GOAL_PREPOSITIONS.has(t[k - 1]?.lower ?? '') && t[k - 2]?.lower !== 'the') continue;
    // "agreed to maintain …, early sign a new memorandum": a bare "sign" is an event only right after its subject.
    if (t[k].lower === 'sign' && !ceremonyHeld && !s.mentions.some((m) => m.to === k && m.role === 'actor')) continue;
    const start = clauseStart(s, k);
    const end = clauseEnd(s, k);
    let parties = distinct(s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor'));
    // Passive: "was signed by <officials>", "were signed between Bangladesh and Japan".
    const by = t.slice(k + 1, end).findIndex((x) => x.lower === 'by' || x.lower === 'between');
    if (parties.length < 2 && by >= 0 && by < 6) parties = distinct([...s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor'), ...s.mentions.filter((m) => m.from > k && m.to <= end && m.role === 'actor')]);
    // ("Two accords were inked, in the presence of A's leader and her B counterpart": the states of
    // the officials who witnessed a signing are its parties, 1.18.9.)
    const presence = t.slice(k + 1, end).findIndex((x, i) => x.lower === 'presence' && t[k + 2 + i]?.lower === 'of');
    if (parties.length < 2 && presence >= 0 && presence < 6) {
      const witnesses = distinct(s.mentions.filter((m) => m.from > k + 1 + presence && m.to <= end && m.role === 'actor' && (m.kind === 'person' || m.kind === 'demonym' || m.kind === 'name')));
      if (witnesses.length === 2) parties = witnesses;
    }
    // "Its five founding members — A, B, C and D — signed the declaration": states in a dashed apposition before the verb (1.15).
    if (parties.length < 2 && DASH_MARKS.has(t[k - 1]?.text ?? '')) {
      const open = t.findIndex((x, i) => i < k - 1 && i >= k - 30 && DASH_MARKS.has(x.text));
      const inside = open >= 0 ? distinct(s.mentions.filter((m) => m.from > open && m.to <= k - 1 && (m.role === 'actor' || m.kind === 'name'))) : [];
      if (inside.length >= 2) parties = inside;
    }
    const subj = t.slice(start, k).map((x) => x.lower);
    // "the two sides signed", "MoUs signed between the two nations".
    // ("three agreements were signed during discussions": the talks just told, after the verb, 1.15.)
    const duringTalks = occasionAfter(t, k, end);
    // ("At the end of the talks, three protocols were signed": the close of the
    // meeting just told is its occasion too, 1.17.)
    const duringVisit = duringTalks || ((subj.includes('during') || subj.some((w) => OCCASION_EDGES.has(w))) && subj.some((w) => w === 'visit' || w === 'talks' || w === 'meeting' || w === 'summit'));
    const anaphoric = duringVisit || subj.some((w) => ANAPHORA.has(w)) || (by >= 0 && t.slice(k + 1 + by, Math.min(end, k + by + 5)).some((x) => ANAPHORA.has(x.lower)));
    let confidence = 0.8;
    // "During his visit, X oversaw the signing of loan agreements with France and the EU": a state
    // after "with" names the other party; the pair of the visit is not it (1.15).
    const withAt = duringVisit && parties.length === 1 ? t.findIndex((x, i) => i > k && i < end && x.lower === 'with') : -1;
    const withState = withAt > 0 ? s.mentions.find((m) => m.role === 'actor' && m.kind !== 'person' && (m.from === withAt + 1 || (m.from === withAt + 2 && t[withAt + 1].lower === 'the'))) : undefined;
    let alsoOrg: string[] = [];
    if (withState && withState.iso3 !== parties[0]) {
      parties = [parties[0], withState.iso3];
      // "… with France and the European Union": the organisation coordinated with the state signed too.
      if (t[withState.to]?.lower === 'and') alsoOrg = organisationsIn(s).filter((o) => t.slice(withState.to + 1, withState.to + 4).some((x) => x.cap && o.toLowerCase().split(' ').includes(x.lower)));
    }
    // "agreements signed as part of the Chilean President's state visit to Peru": the visitor
    // and the state visited, named in the occasion, are the parties (1.16).
    if (parties.length < 2 && duringTalks && !t.slice(Math.max(0, k - 3), k).some((x) => UNREAL_AUX.has(x.lower))) {
      const visited = visitParties(s, k, end);
      if (visited && (parties.length === 0 || visited.includes(parties[0]))) parties = visited;
    }
    // "Chile and Peru had signed trade agreements with Japan": states coordinated as the subject of
    // plural instruments signed "with" another state each signed with that state (1.17). (Not a
    // "trilateral" or "joint" one, nor a single instrument, which may bind all three.)
    let eachWith: string | null = null;
    if (parties.length >= 2 && !parties.some((p) => s.mentions.some((m) => m.iso3 === p && m.from > k))) {
      const w = t.findIndex((x, i) => i > k && i < end && x.lower === 'with');
      const obj = w > 0 ? s.mentions.find((m) => m.role === 'actor' && m.kind !== 'person' && (m.from === w + 1 || (m.from === w + 2 && t[w + 1].lower === 'the'))) : undefined;
      const plural = w > 0 && t.slice(k + 1, w).some((x) => PLURAL_INSTRUMENTS.has(x.lower));
      const joint = t.some((x) => JOINT_WORDS.has(x.lower));
      if (obj && plural && !joint && !parties.includes(obj.iso3)) eachWith = obj.iso3;
    }
    // ("Talks of A's President and B's Prime Minister … A number of agreements were signed in the areas
    // of …": a passive signing that names no party, in a story that has told a fact of a pair, is that
    // pair's, 1.25.1.)
    const untold = subjectInstrument && parties.length === 0 && ctx.pairs.length > 0 && !s.mentions.some((m) => m.from < end && m.role === 'actor');
    const pair = parties.length < 2 && (anaphoric || untold) ? pairFor(ctx, parties) : null;
    if (pair) {
      parties = [...pair];
      confidence = 0.65;
    }
    let purposeRecipient: string[] = [];
    if (parties.length < 2 && t.slice(k, end).some((x) => x.lower === 'with')) {
      const w = t.slice(k, end).findIndex((x) => x.lower === 'with') + k;
      const signers = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor');
      // ("MOUs signed with Netherlands and Turkiye": with no signer named before "with", the states
      // after it each signed with someone unnamed, not with one another, 1.25.34.)
      // ("signed an agreement with the WHO to provide $12 million in aid to Sudan": a state in the
      // purpose infinitive after the partner is what the instrument is for, not a party, 1.30.43.)
      const purpose = t.findIndex((x, i) => i > w && i < end && x.lower === 'to' && /^\p{Ll}+$/u.test(t[i + 1]?.text ?? '') && !s.mentions.some((m) => m.from === i + 1));
      const partnersEnd = purpose > 0 ? purpose : end;
      if (signers.length > 0 || parties.length > 0) parties = distinct([...signers, ...s.mentions.filter((m) => m.from > w && m.to <= partnersEnd && m.role === 'actor')]);
      // The state the instrument gives to, there: its aid goes to that state (below).
      if (purpose > 0 && GIVING.has(t[purpose + 1].lower)) purposeRecipient = distinct(s.mentions.filter((m) => m.from > purpose && m.to <= end && m.role === 'actor' && m.kind === 'name' && t[m.from - 1]?.lower === 'to'));
    }
    // "The signed agreement provides for France to help Germany": an agreement described as signed (1.10)
    // is between the two states the sentence names, else the pair under discussion.
    // ("a review of the signed treaties of past years": a plural so described refers back to
    // signings in general, not to one told here, 1.18.)
    if (t[k].lower === 'signed' && t[k - 1]?.lower === 'the' && AGREEMENT.has(t[k + 1]?.lower ?? '') && /s$/.test(t[k + 1]?.lower ?? '')) continue;
    if (parties.length < 2 && t[k].lower === 'signed' && t[k - 1]?.lower === 'the' && AGREEMENT.has(t[k + 1]?.lower ?? '')) {
      const named = distinct(s.mentions.filter((m) => m.role === 'actor' || m.role === 'topic'));
      const two = named.length === 2 ? named : pairFor(ctx, named.length === 1 ? named : []);
      if (two && two.length === 2) {
        parties = [...two];
        confidence = 0.6;
      }
    }
    if (sumSigned && parties.length === 1 && sumSigned.recipient && sumSigned.recipient !== parties[0]) parties = [parties[0], sumSigned.recipient];
    if (sumSigned && parties.length !== 2) continue;
    let organisations: string[] = [];
    if (parties.length < 2) {
      organisations = organisationsIn(s);
      if (organisations.length === 0) continue;
      // One country signing with an organisation: the country named, else the article's only one.
      if (parties.length === 0 && ctx.articleCountries.length === 1) parties = [...ctx.articleCountries];
      if (parties.length !== 1) continue;
      confidence = 0.6;
    }
    const objectStart = after >= 0 ? k + 1 + after : sumSigned ? k + 1 : k;
    // (The whole subject of a passive: "The Development Objective Grant Agreement (DOAG) has been signed", 1.25.18.)
    const passiveSigned = ['was', 'were', 'been'].includes(aux ?? '');
    const aid = !!sumSigned || t.slice(passiveSigned ? Math.min(cs, Math.max(0, k - 6)) : Math.max(0, k - 6), end).some((x) => AID_WORDS.has(x.lower));
    let donor = sumSigned ? parties[0] : aid ? donorIn(s, start) : null;
    // A giving verb makes its subject the donor; so, more weakly, does the noun ("for a grant": the
    // first signer), which the currency of the sum overrides below (1.21.5).
    let weakDonor = !!sumSigned && !donorIn(s, start);
    if (aid && !donor && parties.length === 2 && t.slice(k, end).some((x) => GIVING.has(x.lower))) {
      const subject = s.mentions.find((m) => m.from >= start && m.to <= k && m.role === 'actor');
      if (subject && parties.includes(subject.iso3)) donor = subject.iso3;
      weakDonor = !t.slice(k, end).some((x, i) => GIVING.has(x.lower) && !(NOUN_TOO.has(x.lower) && NOUN_LEADS.has(t[k + i - 1]?.lower ?? '')));
    }
    // ("signed between Bangladesh and the United States Agency for International Development": the
    // state whose aid agency signs is the donor, 1.25.18.)
    if (aid && !donor && parties.length === 2) donor = agencyDonor(s, parties);
    let value = valueIn(s, objectStart, donor);
    // ("A and B signed a grant agreement worth 200 million yen": of two signers, the one whose currency
    // the sum is in gives it, unless the sentence says who gives, 1.21.5.)
    const inTheirMoney = aid && parties.length === 2 && value?.currency ? parties.filter((p) => currencyOf(p) === value!.currency) : [];
    if (inTheirMoney.length === 1 && (!donor || weakDonor)) donor = inTheirMoney[0];
    // "The agreement was signed by …" after "a grant worth €68m": the definite article points back.
    const definite = t.slice(Math.max(0, k - 5), k).some((x) => x.lower === 'the') || t[objectStart - 1]?.lower === 'the';
    // ("The agreements come within the framework of the Cairo Declaration signed by the two countries
    // in July 2015": a signing dated to another year than the story's is not the one the sum was told
    // for, 1.30.47.)
    const own = dateNear(s, k);
    const otherYear = !!own && !!ctx.storyDate && own.slice(0, 4) !== ctx.storyDate.slice(0, 4);
    if (!value && definite && !otherYear && ctx.lastMoney && s.index - ctx.lastMoney.sentence <= 3) {
      value = { amount: ctx.lastMoney.amount, currency: ctx.lastMoney.currency };
    }
    let date = own;
    // "The bloc was established on August 8, 1967. Its five founding members … signed the
    // declaration": a founders' signing is dated by the founding told just before (1.15).
    if (!date && (s.words.has('founding') || s.words.has('founders')) && s.index > 0) {
      const prevS = ctx.sentences[s.index - 1];
      if (prevS && prevS.dates.length === 1 && ['established', 'founded', 'formed', 'created'].some((w) => prevS.words.has(w))) date = prevS.dates[0].value;
    }
    const base = {
      date: date ?? ctx.storyDate,
      dateExplicit: date !== null,
      modality: isHedged(s) ? ('hedged' as const) : ('asserted' as const),
      sentence: s.index,
    };
    // (Its words before the instrument's noun are part of it, "a comprehensive economic partnership
    // agreement"; a date and a participial adjunct after it are not: "… agreement on Wednesday, aiming
    // to lift trade to $100 billion", 1.30.12.)
    // (A passive or a participle after its noun names the instrument before the verb: "A memorandum
    // on fisheries was signed by …", "Under a 14-point memorandum signed by the two countries", 1.30.20.)
    let head = objectStart;
    let subjectEnd = end;
    let lowest = k + 1;
    if (after < 0 && !sumSigned) {
      let n = k - 1;
      while (n >= Math.max(0, k - 10) && !AGREEMENT.has(t[n].lower)) n--;
      if (n >= Math.max(0, k - 10)) {
        head = n;
        subjectEnd = k;
        while (subjectEnd > n + 1 && (VERB_GROUP.has(t[subjectEnd - 1].lower) || /^\p{Ll}+ly$/u.test(t[subjectEnd - 1].text))) subjectEnd--;
        lowest = Math.max(0, n - 4);
      }
    }
    let subjectFrom = head;
    while (subjectFrom > lowest && head - subjectFrom < 4 && /^[\p{L}\p{N}-]+$/u.test(t[subjectFrom - 1].text) && !ARTICLES.has(t[subjectFrom - 1].lower) && !s.mentions.some((m) => m.from <= subjectFrom - 1 && m.to > subjectFrom - 1 && m.kind === 'person') && !s.money.some((x) => x.from <= subjectFrom - 1 && x.to > subjectFrom - 1)) subjectFrom--;
    const [sf0, se] = dateless(s, subjectFrom, adjunctAt(t, subjectFrom, subjectEnd));
    // ("witnessed the signing of 12 cooperation agreements": the instrument after the noun's "of", 1.30.43.)
    const sf = t[sf0]?.lower === 'of' && sf0 + 1 < se ? sf0 + 1 : sf0;
    // (Nor the city of the signing at its end: "… partnership treaty in Pyongyang", 1.30.38; a state
    // there is more often part of what was agreed: "… at graduate schools in Japan".)
    const place = s.mentions.find((m) => m.to === se && m.from > sf + 1 && m.role === 'location' && (m.kind === 'capital' || m.kind === 'city') && ['in', 'at'].includes(t[m.from - 1]?.lower ?? ''));
    const subject = spanText(s, sf, place ? place.from - 1 : se);
    // The officials named in the signing's clause ("signed by A and B", "A and B signed") (1.17.3).
    const signatories = [...new Set(s.mentions.filter((m) => m.kind === 'person' && m.person && m.from >= start && m.to <= end).map((m) => m.person!.name))];
    const out: Candidate[] = [
      {
        type: 'AgreementSigned',
        parties,
        ...(organisations.length ? { organisations } : {}),
        subject: subject || null,
        value,
        signatories,
        confidence,
        ...base,
        ...(anotherInstrument(t, k, start, objectStart, subjectInstrument) ? { another: true } : {}),
      },
    ];
    if (eachWith) return parties.map((p) => ({ ...out[0], parties: [p, eachWith!] }) as Candidate);
    // ("the two sides signed five agreements", "Two MoUs were inked": each instrument counted is a
    // signing of its own, 1.29.2; not an aid instrument, whose sum is the package's.)
    const count = parties.length === 2 && !aid ? instrumentCount(t, after >= 0 ? k + 1 + after : -1, subjectInstrument ? cs : -1, k) : 1;
    for (let n = 1; n < count; n++) out.push({ ...out[0], instrument: n } as Candidate);
    if (count > 1) out[0] = { ...out[0], instrument: 0 } as Candidate;
    if (alsoOrg.length > 0) out.push({ type: 'AgreementSigned', parties: [parties[0]], organisations: alsoOrg, subject: subject || null, value: null, signatories: [], confidence: 0.6, ...base });
    if (aid && donor && parties.length === 2 && parties.includes(donor)) {
      const recipient = parties.find((p) => p !== donor)!;
      out.push({ type: 'AidPledged', donor, recipient, value, purpose: subject || null, confidence: confidence - 0.05, ...base });
    }
    // ("Saudi Arabia signed an agreement with the WHO to provide $12 million in medical aid to Sudan":
    // the one signer with an organisation gives to the state named after "to", 1.30.43.)
    if (organisations.length > 0 && parties.length === 1 && purposeRecipient.length === 1 && purposeRecipient[0] !== parties[0]) {
      out.push({ type: 'AidPledged', donor: parties[0], recipient: purposeRecipient[0], value: valueIn(s, objectStart, parties[0]), purpose: subject || null, confidence: confidence - 0.05, ...base });
    }
    return out;
  }
  return [];
}
