/**
 * VoteAbstained / VoteCast: one fact per country the text NAMES as voting a way in an
 * international body. Counted, sponsoring or absent countries get nothing; so do parliaments.
 */
import type { AnalysedSentence, CountryMention } from '../analysis';
import { isUnMember } from '../../../domain/src/countries';
import { dateNear, hasAny, isHedged, isIrrealis, relativeBefore } from '../clause';
import type { Context } from '../context';
import type { Candidate } from './candidate';
import { BODIES, DOMESTIC, VOTE_WORDS } from './vote-context';

type Position = 'abstain' | 'yes' | 'no';

const QUOTES: ReadonlySet<string> = new Set(['"', "'", '“', '”', '‘', '’']);
const VOTE_FOR: ReadonlySet<string> = new Set(['adopt', 'approve', 'pass', 'support', 'back', 'endorse']);
const VOTE_AGAINST: ReadonlySet<string> = new Set(['reject', 'block']);
const VETO_USE: ReadonlySet<string> = new Set(['used', 'cast', 'exercised', 'wielded', 'uses', 'casts', 'exercises']);

/** "with A, B and C" right before token k: states coordinated after "with" (1.18.4). */
function withStates(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  // ("with China and Russia again opposed": an adverb before the predicate, 1.30.66.)
  let i = ['again', 'also', 'both'].includes(t[k - 1]?.lower ?? '') ? k - 1 : k;
  let named = 0;
  while (i > 0 && k - i < 16) {
    const m = s.mentions.find((x) => x.to === i && (x.kind === 'name' || x.kind === 'capital'));
    if (m) {
      named++;
      i = m.from;
    } else if ([',', 'and', 'the'].includes(t[i - 1].lower)) i--;
    else break;
  }
  return named > 0 && t[i - 1]?.lower === 'with';
}

/** The vote verb at token k and the position it expresses, if any. */
function positionAt(s: AnalysedSentence, k: number): { pos: Position; end: number } | null {
  const t = s.tokens;
  const w = t[k].lower;
  const n1 = t[k + 1]?.lower ?? '';
  const n2 = t[k + 2]?.lower ?? '';
  if (w === 'abstained' || w === 'abstain' || w === 'abstaining' || w === 'abstentions' || w === 'abstention') return { pos: 'abstain', end: k + 1 };
  // ("the African abstainers included A, B and C": the list follows, 1.30.56.)
  if (w === 'abstainers' && ['included', 'include', 'includes', 'were', 'are'].includes(n1)) return { pos: 'abstain', end: k + 1 };
  // A Security Council veto is a vote against.
  // ("used its veto to block the draft": a veto used, cast or exercised by its owner, 1.18.10.)
  if (w === 'veto' && ['its', 'their'].includes(t[k - 1]?.lower ?? '') && VETO_USE.has(t[k - 2]?.lower ?? '')) return { pos: 'no', end: k + 1 };
  if (w === 'vetoed' || w === 'vetoes' || w === 'veto') return w === 'veto' && !['a', 'the', 'its', 'their'].includes(t[k - 1]?.lower ?? '') ? null : { pos: 'no', end: k + 1 };
  // ("In October, Washington blocked a Brazil-drafted text": a draft blocked is vetoed, 1.30.48.)
  if (w === 'blocked' && ['a', 'an', 'the'].includes(n1) && t.slice(k + 2, k + 7).some((x) => DRAFT_NOUNS.has(x.lower))) return { pos: 'no', end: k + 1 };
  // 'with "no" votes from X and Y': a quoted yes or no before "votes" is the position (1.17.2). Bare
  // "no votes" is left alone: it is as often "none" ("passed with no votes against").
  if ((w === 'no' || w === 'yes') && QUOTES.has(t[k - 1]?.text ?? '') && QUOTES.has(n1) && (n2 === 'votes' || n2 === 'vote')) return { pos: w, end: k + 3 };
  if (w === 'voted' || w === 'vote' || w === 'voting' || w === 'votes') {
    if (n1 === 'in' && (n2 === 'favour' || n2 === 'favor')) return { pos: 'yes', end: k + 3 };
    if (n1 === 'for' && ['it', 'the', 'a'].includes(n2)) return { pos: 'yes', end: k + 2 };
    if (n1 === 'against') return { pos: 'no', end: k + 2 };
    // ("States that voted to approve the draft were A and B": the infinitive says which way, 1.18.4.)
    if (n1 === 'to' && VOTE_FOR.has(n2)) return { pos: 'yes', end: k + 3 };
    if (n1 === 'to' && VOTE_AGAINST.has(n2)) return { pos: 'no', end: k + 3 };
    if (n1 === 'yes') return { pos: 'yes', end: k + 2 };
    if (n1 === 'no') return { pos: 'no', end: k + 2 };
    // ('voted “no”', "voted 'yes'": the position in quotation marks, 1.21.7.)
    if ((QUOTES.has(t[k + 1]?.text ?? '') || t[k + 1]?.text === "'") && (n2 === 'yes' || n2 === 'no') && (QUOTES.has(t[k + 3]?.text ?? '') || t[k + 3]?.text === "'")) return { pos: n2, end: k + 4 };
    return null;
  }
  // "supported the resolution", not "supported the proposal" or "backed the rebels".
  const motion = n1 === 'it' || (n1 === 'the' && ['resolution', 'draft', 'text', 'motion', 'measure'].includes(n2));
  if ((w === 'supported' || w === 'backed') && motion) return { pos: 'yes', end: k + 1 };
  // "were among the 97 nations backing the motion": a participle of support or opposition
  // right after a counted group of voters is their vote, whatever its object is called (1.17).
  if (w === 'supporting' || w === 'backing' || w === 'opposing') {
    // ("Among those supporting the motion were A and B": the voters follow, 1.30.66.)
    if (t[k - 1]?.lower === 'those' && t[k - 2]?.lower === 'among') return { pos: w === 'opposing' ? 'no' : 'yes', end: k + 1 };
    const counted = /^\d{1,3}$/.test(t[k - 2]?.lower ?? '') && ['countries', 'nations', 'members', 'states', 'delegations'].includes(t[k - 1]?.lower ?? '') && t.slice(Math.max(0, k - 6), k - 2).some((x) => x.lower === 'among');
    if (counted) return { pos: w === 'opposing' ? 'no' : 'yes', end: k + 1 };
  }
  if (w === 'opposed' && motion) return { pos: 'no', end: k + 1 };
  // ("passed 140-2, with A and B opposed": a predicate after "with <states>", 1.18.4.)
  if (w === 'opposed' && n1 !== 'to' && withStates(s, k)) return { pos: 'no', end: k + 1 };
  // Translated reports: "Brazil and Paraguay accompanied the project" (Spanish "acompañar", a yes),
  // "Bolivia and Cuba did it against" (the vote told by a pro-verb) (1.14).
  const project = motion || (n1 === 'the' && ['project', 'initiative'].includes(n2));
  if (w === 'accompanied' && project) return { pos: 'yes', end: k + 1 };
  if ((w === 'did' || w === 'does') && (n1 === 'it' || n1 === 'so') && n2 === 'against') return { pos: 'no', end: k + 3 };
  if ((w === 'did' || w === 'does') && (n1 === 'it' || n1 === 'so') && n2 === 'in' && ['favour', 'favor'].includes(t[k + 3]?.lower ?? '')) return { pos: 'yes', end: k + 4 };
  return null;
}

// (Adverbs of time too: "A already voted against", 1.22.0.)
const LIST_GLUE = new Set([',', 'and', 'the', '-', '–', '—', 'both', 'as', 'well', 'also', 'which', 'were', 'all', 'on', 'too', 'again', 'has', 'have', 'had', 'likewise', 'similarly', 'already', 'previously', 'eventually', 'ultimately', 'finally', 'subsequently']);

/** The coordinated list of countries right before token k: "India, China and Russia abstained". */
/** Length of "along with", "together with", "as well as" (a comma before it included) ending at token i. */
function listJoint(t: AnalysedSentence['tokens'], i: number): number {
  const w = (k: number) => t[i - k]?.lower ?? '';
  let n = 0;
  if (w(1) === 'with' && (w(2) === 'along' || w(2) === 'together')) n = 2;
  else if (w(1) === 'as' && w(2) === 'well' && w(3) === 'as') n = 3;
  if (n > 0 && w(n + 1) === ',') n++;
  return n;
}

function listBefore(s: AnalysedSentence, k: number): CountryMention[] {
  const out: CountryMention[] = [];
  // ("WASHINGTON - Pakistan abstained": a dateline's place is where the story was filed, 1.13.)
  const byEnd = new Map(s.mentions.filter((m) => (m.kind === 'name' || m.kind === 'capital') && m.role !== 'location').map((m) => [m.to, m]));
  let i = k;
  // Where the list must end: the position, or the time phrase skipped before it.
  let head = k;
  // ('A and B “abstained”': the position in quotation marks, 1.19.)
  if (QUOTES.has(s.tokens[i - 1]?.text ?? '') && QUOTES.has(s.tokens[i + 1]?.text ?? '')) i--;
  const dateEnd = new Map(s.dates.map((d) => [d.to, d.from]));
  while (i > 0) {
    const prev = s.tokens[i - 1];
    const m = byEnd.get(i);
    const d = dateEnd.get(i);
    if (d !== undefined) {
      // "India on Thursday abstained"
      i = d;
      continue;
    }
    // ("A, B and C, which abstained in October, this time voted in favour", "… now voted": the time
    // of this vote as against an earlier one, 1.30.46.)
    if (out.length === 0 && ((prev.lower === 'time' && ['this', 'that'].includes(s.tokens[i - 2]?.lower ?? '')) || prev.lower === 'now')) {
      i -= prev.lower === 'now' ? 1 : 2;
      head = i;
      continue;
    }
    if (m) {
      // ("a resolution tabled by Russia, the United States, India, and 11 other members abstained":
      // the agent of a passive ends the fronted clause, not the list of voters, 1.27.11.)
      const agent = s.tokens[m.from - 1]?.lower === 'by' || (s.tokens[m.from - 1]?.lower === 'the' && s.tokens[m.from - 2]?.lower === 'by');
      if (agent && out.length > 0) break;
      // ("the countries that stood with Ethiopia and voted against": a state after a preposition is
      // its object, and the list of voters ends before it, 1.30.46.)
      // (Not "…, with A and B abstaining" nor "along with A": there the states are the voters.)
      const prep = s.tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
      const before = s.tokens[prep - 1];
      if (OBJECT_PREPOSITIONS.has(s.tokens[prep]?.lower ?? '') && before && /^\p{Ll}+$/u.test(before.text) && !JOINT_OPENERS.has(before.lower)) break;
      out.push(m);
      i = m.from;
      continue;
    }
    if (prev.lower === ')') {
      // "(more commonly known as North Korea)": an aside inside the list.
      let j = i - 1;
      while (j > 0 && s.tokens[j].lower !== '(' && i - j < 40) j--;
      if (s.tokens[j].lower !== '(') break;
      // ("Five states (A, B, C, D and E) voted against": a counted group whose states are listed in
      // brackets right before the position, 1.19.)
      if (out.length === 0 && i === head && GROUP_NOUNS.has(s.tokens[j - 1]?.lower ?? '') && (/^\d{1,3}$/.test(s.tokens[j - 2]?.lower ?? '') || NUMBER_WORDS.has(s.tokens[j - 2]?.lower ?? ''))) {
        const listed = listInBrackets(s, j);
        if (listed.length > 0) return listed;
      }
      if (i - j >= 15) break;
      i = j;
      continue;
    }
    // ("the United States, India, and 11 other council members abstained": a counted group closes
    // the list of named voters, 1.27.11.)
    const counted = out.length === 0 && i === head ? countedGroupBefore(s.tokens, i) : -1;
    if (counted > 0) {
      i = counted;
      continue;
    }
    // "China, whose regime was accused of …, abstained": the subject stands before the relative clause (1.10).
    const rel = out.length === 0 && i === head ? relativeBefore(s, i) : -1;
    if (rel > 0) {
      i = rel;
      continue;
    }
    // ("A, a neighbour and partner of X, vetoed", "A and B, two elected members, voted no": an
    // apposition between commas right before the position is skipped, whatever it names, 1.19.)
    // (", along with two other countries,": one that names no state, 1.21.4; one that does joins the list.)
    let app = out.length === 0 && i === head ? appositionBefore(s.tokens, i) : -1;
    if (app > 0 && JOINT_OPENERS.has(s.tokens[app + 1].lower) && s.mentions.some((m) => m.from > app && m.to < i)) app = -1;
    if (app > 0) {
      i = app;
      continue;
    }
    if (LIST_GLUE.has(prev.lower)) {
      i--;
      continue;
    }
    // "China and Maldives, along with Russia and Kuwait, were among …": a list joined to a list (1.14).
    const joint = out.length > 0 ? listJoint(s.tokens, i) : 0;
    if (joint > 0) {
      i -= joint;
      continue;
    }
    break;
  }
  return out.reverse();
}

const ADDED = new Set(['also', 'too', 'likewise', 'similarly']);
const OBJECT_PREPOSITIONS = new Set(['with', 'for', 'to', 'from', 'on', 'about', 'towards', 'toward']);
// ("Belarus was the only country to vote against it": the singular too, 1.30.56.)
const GROUP_NOUNS = new Set(['countries', 'nations', 'states', 'members', 'member', 'others', 'abstainers', 'abstentions', 'those', 'ones', 'country', 'nation']);

/** The index of "and" in "… and 11 other (council) members" ending right before token i, else -1. */
function countedGroupBefore(t: AnalysedSentence['tokens'], i: number): number {
  let j = i - 1;
  if (!GROUP_NOUNS.has(t[j]?.lower ?? '')) return -1;
  j--;
  if (!['other', 'more'].includes(t[j]?.lower ?? '') && ['other', 'more'].includes(t[j - 1]?.lower ?? '') && /^\p{Ll}/u.test(t[j]?.text ?? '')) j--;
  if (!['other', 'more'].includes(t[j]?.lower ?? '')) return -1;
  j--;
  if (!/^\d{1,3}$/.test(t[j]?.lower ?? '') && !NUMBER_WORDS.has(t[j]?.lower ?? '')) return -1;
  return t[j - 1]?.lower === 'and' ? j - 1 : -1;
}
const GROUP_FILLER = new Set(['the', 'other', 'few', 'handful', 'of', 'a', 'only', 'some', 'among', 'one', 'just', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'two-dozen',
  // ("were among the member states that voted against", "the fellow council members who …", 1.30.46.)
  'member', 'fellow', 'council', 'permanent', 'elected', 'non-permanent']);

const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'two', 'three', 'four', 'five', 'both', 'one', 'another']);
// "an expected abstention of A", "urged the abstention of A": a vote not (yet) cast.
const PROSPECT = new Set(['expected', 'possible', 'likely', 'potential', 'planned', 'threatened', 'feared', 'anticipated', 'urged', 'sought', 'called', 'seek', 'secure', 'win', 'would', 'will']);
// ", along with two other countries,", ", together with others,": company that may name no state.
const JOINT_OPENERS = new Set(['along', 'together']);

/** The index of the comma that opens ", <determiner> … ," ending right before token i, else -1. */
function appositionBefore(t: AnalysedSentence['tokens'], i: number): number {
  if (t[i - 1]?.lower !== ',') return -1;
  for (let j = i - 2; j > 0 && i - j <= 14; j--) {
    if (t[j].lower === ';' || t[j].lower === '.') return -1;
    // ("A and B, Moscow's partners in the BRICS group, abstained": a possessive opens one too, 1.30.56.)
    const possessive = t[j + 1]?.cap === true && t[j + 2]?.lower === "'s";
    if (t[j].lower === ',') return (APPOSITION_OPENERS.has(t[j + 1]?.lower ?? '') || JOINT_OPENERS.has(t[j + 1]?.lower ?? '') || possessive) && j + 1 < i - 1 ? j : -1;
  }
  return -1;
}

/** "Mongolia was among the 35 countries that abstained": the list before "was/were among …". */
function listBeforeGroup(s: AnalysedSentence, k: number): CountryMention[] {
  const t = s.tokens;
  // ("A was one of only 14 countries, along with B and C, to vote against": the states of the
  // apposition between the group and its verb voted too, 1.30.48.)
  if (t[k - 1]?.lower === 'to' && t[k - 2]?.lower === ',') {
    const open = t.findIndex((x, q) => q < k - 2 && q >= k - 16 && x.lower === ',' && JOINT_OPENERS.has(t[q + 1]?.lower ?? '') && t[q + 2]?.lower === 'with');
    if (open > 0 && GROUP_NOUNS.has(t[open - 1]?.lower ?? '')) {
      const joined = s.mentions.filter((m) => m.from > open + 2 && m.to <= k - 2 && (m.kind === 'name' || m.kind === 'capital'));
      // (The group read with the apposition left out: "… one of only 14 countries to vote".)
      const rest = [...t.slice(0, open), ...t.slice(k - 1)];
      const listed = listBeforeGroup({ ...s, tokens: rest, mentions: s.mentions.filter((m) => m.to <= open), dates: s.dates.filter((d) => d.to <= open) }, open + 1);
      if (listed.length > 0) return [...listed, ...joined];
    }
  }
  let i = k - 1;
  // "…countries that abstained", "…the only two countries to vote against"
  // ("was among the 120 nations voting in favour": a participle right after the group, 1.15.)
  // ("A is among 20 states abstained": a bare past form after the group, 1.18.4.)
  const participle = ['voting', 'abstaining', 'supporting', 'backing', 'opposing', 'abstained'].includes(t[k].lower) && GROUP_NOUNS.has(t[i]?.lower ?? '');
  if (!participle && !['that', 'which', 'who', 'to'].includes(t[i]?.lower ?? '')) return [];
  if (!participle) i--;
  if (!GROUP_NOUNS.has(t[i]?.lower ?? '')) return [];
  i--;
  while (i >= 0 && (GROUP_FILLER.has(t[i].lower) || /^\d+$/.test(t[i].lower))) i--;
  const span = t.slice(i + 1, k);
  // ("A and B were also among the countries that voted no": an adverb after the copula, 1.30.56.)
  if (ADDED.has(t[i]?.lower ?? '') && ['was', 'were', 'is', 'are'].includes(t[i - 1]?.lower ?? '')) i--;
  // ("A, B and C were the only three members who opposed": a group counted to the list is the list, 1.18.4.)
  const counted = span[0]?.lower === 'the' && (/^\d+$/.test(span[1]?.lower ?? '') || NUMBER_WORDS.has(span[1]?.lower ?? ''));
  if (['was', 'were', 'is', 'are', 'joined'].includes(t[i]?.lower ?? '')) {
    if (!span.some((x) => x.lower === 'among' || x.lower === 'only') && t[i].lower !== 'joined' && !counted) return [];
    return listBefore(s, i);
  }
  // ("A, B and C among the states that voted no": the copula left out, 1.18.4.)
  if (span[0]?.lower === 'among' && s.mentions.some((m) => m.to === i + 1 && (m.kind === 'name' || m.kind === 'capital'))) return listBefore(s, i + 1);
  return [];
}

const DRAFT_NOUNS = new Set(['draft', 'text', 'resolution', 'motion']);
const CLOSING: Record<string, string> = { '(': ')', '[': ']', '–': '–', '—': '—' };
const DASHES = new Set(['–', '—']);

/**
 * The states joined to the voters right after a vote: "voted against, along with A, B and C",
 * "abstained together with A and B" (within a few words of the position, before any clause break).
 */
function joinedAfter(s: AnalysedSentence, end: number): CountryMention[] {
  const t = s.tokens;
  for (let j = end; j < Math.min(t.length - 2, end + 12); j++) {
    if ([';', ':', 'while', 'but', 'whereas', 'which', 'who', 'that'].includes(t[j].lower)) return [];
    // ("voted in favour along with other Arab states, joined by France, Spain and China": "joined by"
    // names more of them, 1.30.66.)
    const joinedBy = t[j].lower === 'joined' && t[j + 1]?.lower === 'by';
    if (!((t[j].lower === 'along' || t[j].lower === 'together') && t[j + 1]?.lower === 'with') && !joinedBy) continue;
    const out: CountryMention[] = [];
    let i = j + 2;
    while (i < t.length) {
      const m = s.mentions.find((x) => x.from === i && (x.kind === 'name' || x.kind === 'capital'));
      if (m) {
        out.push(m);
        i = m.to;
      } else if (t[i].lower === ',' || t[i].lower === 'and' || t[i].lower === 'the') i++;
      else break;
    }
    // (A group that names no state, "along with other Arab states", goes on to what follows it.)
    if (out.length === 0 && !joinedBy) continue;
    return out;
  }
  return [];
}

/**
 * The states of an elliptical clause right after a vote: ", as did A and B", ", and so did A".
 * Within a few words of the position (its object may stand between: "voted against the text, as
 * did A"), not across a clause break or another state.
 */
function ellipsisAfter(s: AnalysedSentence, end: number): CountryMention[] {
  const t = s.tokens;
  const named = (j: number) => s.mentions.find((m) => m.from === j && (m.kind === 'name' || m.kind === 'capital'));
  for (let j = end; j < Math.min(t.length - 2, end + 8); j++) {
    if ([';', ':', 'while', 'but', 'whereas', 'which', 'who'].includes(t[j].lower) || named(j)) return [];
    if (t[j].lower !== 'did' || !['as', 'so'].includes(t[j - 1]?.lower ?? '') || j - 1 <= end) continue;
    // "as did" needs the comma ("voted no as did …" is rare and ambiguous); "so did" its "and" or comma.
    const before = t[j - 2]?.lower ?? '';
    if (t[j - 1].lower === 'as' ? before !== ',' : before !== ',' && before !== 'and') return [];
    const out: CountryMention[] = [];
    let i = j + 1;
    // ("as did regional heavyweights Brazil and Mexico": up to three lower-case words describe them, 1.30.48.)
    let d = i;
    while (d < i + 3 && /^\p{Ll}+$/u.test(t[d]?.text ?? '') && t[d].lower !== 'the' && t[d].lower !== 'and') d++;
    if (d > i && named(d)) i = d;
    for (;;) {
      if (t[i]?.lower === 'the') i++;
      const m = named(i);
      if (!m) break;
      out.push(m);
      i = m.to;
      if (t[i]?.lower === ',' && t[i + 1]?.lower === 'and') i += 2;
      else if (t[i]?.lower === ',' || t[i]?.lower === 'and') i++;
      else break;
    }
    return out;
  }
  return [];
}

/** "with two abstentions (China, Russia)": a bracketed list right after the position ("[…]" too, 1.17.2). */
function listInBrackets(s: AnalysedSentence, end: number): CountryMention[] {
  const t = s.tokens;
  let i = end;
  const close = CLOSING[t[i]?.lower ?? ''];
  if (!close) return [];
  const out: CountryMention[] = [];
  i++;
  while (i < t.length && t[i].lower !== close) {
    const m = s.mentions.find((x) => x.from === i && (x.kind === 'name' || x.kind === 'capital'));
    if (m) {
      out.push(m);
      i = m.to;
    } else if (t[i].lower === ',' || t[i].lower === 'and' || t[i].lower === 'the' || t[i].cap) i++;
    else return [];
  }
  return out;
}

/** "132 in favour to 3 against (Israel, Marshall Islands and United States)": a counted position with its list. */
function countedPosition(s: AnalysedSentence, k: number): { pos: Position; end: number } | null {
  const t = s.tokens;
  // ("19 in favour, 3 against including A, B and C": a counted position whose list follows "including", 1.18.8.)
  if (t[k + 1]?.lower === 'including' && /^\d{1,3}$/.test(t[k - 1]?.lower ?? '') && ['against', 'abstentions', 'abstained'].includes(t[k].lower)) return { pos: t[k].lower === 'against' ? 'no' : 'abstain', end: k + 1 };
  // ("… and one abstention, from Moldova": a counted abstention and whose it was, 1.30.48.)
  const counted = /^\d{1,3}$/.test(t[k - 1]?.lower ?? '') || NUMBER_WORDS.has(t[k - 1]?.lower ?? '');
  if (counted && (t[k].lower === 'abstention' || t[k].lower === 'abstentions') && t[k + 1]?.lower === ',' && t[k + 2]?.lower === 'from') return { pos: 'abstain', end: k + 2 };
  // ("187 votes in favour, two against, from the United States and Israel": the same for a count against, 1.30.74.)
  if (counted && t[k].lower === 'against' && t[k + 1]?.lower === ',' && t[k + 2]?.lower === 'from') return { pos: 'no', end: k + 2 };
  // ("two against – the United States and Israel –": the counted position's list between dashes, 1.30.48.)
  if (counted && DASHES.has(t[k + 1]?.lower ?? '')) {
    if (t[k].lower === 'against') return { pos: 'no', end: k + 1 };
    if (t[k].lower === 'abstentions' || t[k].lower === 'abstention') return { pos: 'abstain', end: k + 1 };
  }
  if (t[k + 1]?.lower !== '(') return null;
  const w = t[k].lower;
  if (w === 'against') return { pos: 'no', end: k + 1 };
  if ((w === 'favour' || w === 'favor') && t[k - 1]?.lower === 'in') return { pos: 'yes', end: k + 1 };
  return null;
}

/**
 * "25 members voted in favour, 3 [Belarus, Cuba and Venezuela] against, 2 [Laos, Mali] abstained": a
 * count, then its voters in brackets, then the position (1.17.2). Returns the position and the list.
 */
function countedListBefore(s: AnalysedSentence, k: number): { pos: Position; ms: CountryMention[] } | null {
  const t = s.tokens;
  const shut = t[k - 1]?.lower;
  if (shut !== ')' && shut !== ']') return null;
  let open = k - 2;
  while (open >= 0 && t[open].lower !== (shut === ')' ? '(' : '[') && k - open < 40) open--;
  if (open < 1 || t[open].lower !== (shut === ')' ? '(' : '[')) return null;
  if (!/^\d{1,3}$/.test(t[open - 1].lower) && !NUMBER_WORDS.has(t[open - 1].lower)) return null;
  const w = t[k].lower;
  const pos: Position | null =
    w === 'against' ? 'no' : (w === 'in' && ['favour', 'favor'].includes(t[k + 1]?.lower ?? '')) || w === 'for' ? 'yes' : positionAt(s, k)?.pos ?? null;
  if (!pos) return null;
  const ms = listInBrackets(s, open);
  return ms.length > 0 ? { pos, ms } : null;
}

// Counts written as words ("3 [A, B, C] against" is also "three [A, B, C] against").
const NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);

/** "Belarus, Syria and Eritrea joined Russia and North Korea in opposing the measure": both lists. */
function joinedIn(s: AnalysedSentence, k: number): { pos: Position; ms: CountryMention[] } | null {
  const t = s.tokens;
  if (t[k].lower !== 'joined') return null;
  const inAt = t.slice(k + 1, k + 14).findIndex((x) => x.lower === 'in');
  if (inAt < 0) return null;
  const i = k + 1 + inAt;
  const w = t[i + 1]?.lower ?? '';
  let pos: Position | null = null;
  if (w === 'abstaining') pos = 'abstain';
  else if (w === 'opposing' && ['the', 'it'].includes(t[i + 2]?.lower ?? '')) pos = 'no';
  else if (w === 'voting') pos = t[i + 2]?.lower === 'against' ? 'no' : t[i + 2]?.lower === 'for' || t[i + 2]?.lower === 'in' ? 'yes' : null;
  else if (w === 'supporting' && ['the', 'it'].includes(t[i + 2]?.lower ?? '')) pos = 'yes';
  if (!pos) return null;
  // ("A joined B and six other members in opposing": a counted group closes the list, 1.18.8.)
  let close = i;
  if (GROUP_NOUNS.has(t[i - 1]?.lower ?? '') && ['other', 'more'].includes(t[i - 2]?.lower ?? '') && (/^\d+$/.test(t[i - 3]?.lower ?? '') || NUMBER_WORDS.has(t[i - 3]?.lower ?? '')) && t[i - 4]?.lower === 'and') close = i - 4;
  const joined = listBefore(s, close);
  // ("joined the U.S. and Peru in …": the article before a name that does not include it, 1.18.10.)
  if (joined.length === 0 || (joined[0].from !== k + 1 && !(joined[0].from === k + 2 && t[k + 1].lower === 'the'))) return null;
  const subject = listBefore(s, k);
  // ("Just three states joined Iran in opposing the text - A, B and C": a counted subject whose
  // states are listed after the position, 1.19.)
  const listed = subject.length === 0 && GROUP_NOUNS.has(t[k - 1]?.lower ?? '') ? listAfter(s, i + 2) : [];
  return { pos, ms: [...subject, ...listed, ...joined] };
}

/**
 * A list introduced after the position: "abstained, including China and India", "Among those
 * abstaining were China, India and South Africa", "Countries voting against included Russia…".
 */
function listAfter(s: AnalysedSentence, end: number): CountryMention[] {
  const t = s.tokens;
  let i = end;
  const limit = Math.min(t.length, end + 10);
  // ("The twelve abstentions came from A, B and C", 'with "no" votes from A and B': "from" right
  // after the position or after "came" introduces the voters too, 1.17.2.
  // Only with a name right after it: "abstained from the vote, including …" is no list.)
  const named = (j: number) => s.mentions.some((m) => (m.from === j || (m.from === j + 1 && t[j].lower === 'the')) && (m.kind === 'name' || m.kind === 'capital'));
  // ("abstained from Russia's resolution": a state's possessive names the text's owner, not a voter, 1.27.11.)
  const owner = (j: number) => s.mentions.some((m) => (m.from === j || (m.from === j + 1 && t[j].lower === 'the')) && t[m.to]?.lower === "'s");
  const from = (j: number) => t[j].lower === 'from' && (j === end || ['came', 'come', 'comes', 'coming'].includes(t[j - 1]?.lower ?? '')) && named(j + 1) && !owner(j + 1);
  // ("voting against it - A, B and C": a dash before a name introduces the voters, 1.19.)
  const dash = (j: number) => DASH_MARKS.has(t[j].text) && named(j + 1);
  // ("36 countries abstained, among them China and Russia": "among them" introduces the voters, 1.30.56.)
  const amongThem = (j: number) => t[j].lower === 'among' && t[j + 1]?.lower === 'them' && named(j + 2);
  while (i < limit && !['including', 'included', 'include', 'were', 'was', ':'].includes(t[i].lower) && !from(i) && !dash(i) && !amongThem(i)) {
    if ([';', 'while', 'but', 'whereas'].includes(t[i].lower) || s.mentions.some((m) => m.from === i)) return [];
    // ("100 voted in favour of the resolution, 12 voted against including A and B": a later
    // position owns the list, 1.15.)
    // ("abstained from voting including A, B": the same position, not a new one, 1.27.10.)
    if (i > end && NEW_POSITION.has(t[i].lower) && !(t[i].lower === 'voting' && t[i - 1]?.lower === 'from')) return [];
    i++;
  }
  if (i >= limit) return [];
  i += amongThem(i) ? 2 : 1;
  // ("abstained, including major powers like India and China": a described group before "like" /
  // "such as", 1.15.)
  const like = t.slice(i, i + 5).findIndex((x, j, a) => x.lower === 'like' || (x.lower === 'such' && a[j + 1]?.lower === 'as'));
  if (like > 0 && t.slice(i, i + like).every((x) => /^\p{Ll}/u.test(x.text))) i += like + (t[i + like].lower === 'such' ? 2 : 1);
  const out: CountryMention[] = [];
  // ("…, Luxembourg, the Netherlands, and Paraguay": "the" may open the next name itself, 1.18.4.)
  const opens = (j: number) => s.mentions.some((x) => x.from === j && (x.kind === 'name' || x.kind === 'capital'));
  for (;;) {
    while (i < t.length && (t[i].lower === 'the' || t[i].lower === ',') && !opens(i)) i++;
    const m = s.mentions.find((x) => x.from === i && (x.kind === 'name' || x.kind === 'capital'));
    // ("China and Russia, Myanmar's main arms suppliers, as well as India": a state's possessive opens
    // an apposition about the voters, not a voter; the list goes on after its comma, 1.30.56.)
    if (m && out.length > 0 && t[m.to]?.lower === "'s") {
      const comma = t.findIndex((x, j) => j > m.to && j <= m.to + 8 && x.lower === ',');
      if (comma < 0) break;
      i = comma + 1;
      continue;
    }
    if (!m) {
      // "namely: A, B and C, in addition to other countries, including D and E": the list goes on (1.12).
      const more = continuedList(t, i);
      if (more >= 0) {
        i = more;
        continue;
      }
      // ("were the US, the UK and France, along with Somalia and Honduras", 1.30.66.)
      if (JOINT_OPENERS.has(t[i]?.lower ?? '') && t[i + 1]?.lower === 'with' && opens(t[i + 2]?.lower === 'the' ? i + 3 : i + 2)) {
        i += 2;
        continue;
      }
      // "Israel, its closest ally the United States, as well as Fiji, … and four European countries –
      // Austria and Hungary": appositions and group words inside a list of voters (1.15).
      const skip = listFiller(s, i);
      if (skip < 0) break;
      i = skip;
      continue;
    }
    out.push(m);
    i = m.to;
    // "were Russia itself, China, Cuba and North Korea": a reflexive stresses the name (1.13).
    if (t[i]?.lower === 'itself') i++;
    while (i < t.length && (t[i].lower === ',' || t[i].lower === 'and' || t[i].lower === 'the') && !opens(i)) i++;
  }
  return out;
}

const NEW_POSITION = new Set(['voted', 'voting', 'abstained', 'abstaining', 'against', 'opposed']);
const APPOSITION_WORDS = new Set(['its', 'their', 'closest', 'close', 'main', 'key', 'ally', 'allies', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'partner', 'partners', 'and', 'other', 'countries', 'nations', 'states', 'as', 'well', 'also', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'european', 'african', 'asian', 'arab', 'latin', 'american', 'pacific', 'island', 'caribbean', 'gulf']);

const BLOC_MEMBERS = new Set(['countries', 'nations', 'states', 'members']);
const DASH_MARKS = new Set(['-', '–', '—']);

/** The index of the next country name after an apposition or group phrase inside a list, else -1. */
function listFiller(s: AnalysedSentence, i: number): number {
  const t = s.tokens;
  let j = i;
  // ("those in favour included OAS and AU states, as well as A, B …": blocs named before their members' noun, 1.19.)
  while (j < t.length && j < i + 5 && (t[j].cap || (j > i && t[j].lower === 'and')) && !s.mentions.some((x) => x.from === j)) j++;
  if (j > i && BLOC_MEMBERS.has(t[j]?.lower ?? '') && t[j + 1]?.lower === ',') j += 2;
  else j = i;
  const from = j;
  while (j < t.length && j < from + 6 && (APPOSITION_WORDS.has(t[j].lower) || /^\d+$/.test(t[j].lower) || ['–', '—', '-', ':', 'the'].includes(t[j].text))) j++;
  if (j === i) return -1;
  // Only words of apposition or grouping were skipped ("as well as", "its closest ally the", "four European countries –").
  return s.mentions.some((x) => x.from === j && (x.kind === 'name' || x.kind === 'capital')) ? j : -1;
}

/**
 * "in addition to (the) other countries, including …", "as well as others such as …": where a list
 * of voters goes on after a group word; the index of its next name, else -1 (1.12).
 */
function continuedList(t: AnalysedSentence['tokens'], i: number): number {
  const lead = t[i]?.lower === 'in' && t[i + 1]?.lower === 'addition' && t[i + 2]?.lower === 'to' ? i + 3 : t[i]?.lower === 'as' && t[i + 1]?.lower === 'well' && t[i + 2]?.lower === 'as' ? i + 3 : -1;
  if (lead < 0) return -1;
  let j = lead;
  while (j < lead + 4 && ['the', 'other', 'several', 'some', 'countries', 'nations', 'states', 'others', ','].includes(t[j]?.lower ?? '')) j++;
  if (t[j]?.lower === 'including') return j + 1;
  if (t[j]?.lower === 'such' && t[j + 1]?.lower === 'as') return j + 2;
  return -1;
}

const COUNTS: Record<string, number> = { both: 2, two: 2, three: 3 };

/**
 * The resolutions a position's object names, one entry per resolution with its body (null when
 * none is named): "the Security Council resolution and both General Assembly resolutions" gives
 * [UNSC, UNGA, UNGA]. Only coordinated objects count; the list ends at a clause break.
 */
function resolutionsAfter(s: AnalysedSentence, from: number): (string | null)[] {
  const t = s.tokens;
  const out: (string | null)[] = [];
  let last = from;
  for (let i = from; i < t.length && i < from + 30; i++) {
    const w = t[i].lower;
    if (w === ';' || w === 'but' || w === 'while') break;
    if (w !== 'resolution' && w !== 'resolutions') continue;
    const span = t.slice(last, i);
    // Objects are joined by "and" / "," only ("the resolution on Syria, saying …" is one).
    if (out.length > 0 && !span.some((x) => x.lower === 'and' || x.lower === ',')) break;
    if (span.length > 8) break;
    const text = span.map((x) => x.text).join(' ');
    const body = BODIES.find(([re]) => re.test(text))?.[1] ?? null;
    const n = w === 'resolutions' ? span.map((x) => COUNTS[x.lower]).find((x) => x !== undefined) ?? 1 : 1;
    for (let c = 0; c < n; c++) out.push(body);
    last = i + 1;
  }
  return out.some((b) => b !== null) ? out : [];
}

/** The coordinated countries starting at token i ("by Russia and China"). */
function listAfterBy(s: AnalysedSentence, i: number): CountryMention[] {
  const t = s.tokens;
  const out: CountryMention[] = [];
  for (;;) {
    while (i < t.length && t[i].lower === 'the') i++;
    // ("vetoed by permanent member A", "by elected members B and C": a member noun before the names, 1.19.)
    // ("by four permanent members: A, B and C", 1.22.0.)
    let j = out.length === 0 && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(t[i]?.lower ?? '') ? i + 1 : i;
    const counted = j > i;
    while (j < t.length && j < i + 5 && MEMBER_WORDS.has(t[j].lower)) j++;
    if (j > i + (counted ? 1 : 0) && ['member', 'members'].includes(t[j - 1].lower)) i = j + (counted && t[j]?.lower === ':' ? 1 : 0);
    while (i < t.length && t[i].lower === 'the') i++;
    const m = s.mentions.find((x) => x.from === i && (x.kind === 'name' || x.kind === 'capital'));
    if (!m) break;
    out.push(m);
    i = m.to;
    // (", and the United States": a serial comma before the last name.)
    const next = (x: number) => s.mentions.some((y) => y.from === x || (y.from === x + 1 && t[x]?.lower === 'the'));
    if (t[i]?.lower === ',' && t[i + 1]?.lower === 'and' && next(i + 2)) i++;
    else if (!(t[i]?.lower === 'and' || (t[i]?.lower === ',' && next(i + 1)))) break;
    i++;
  }
  return out;
}
const REGISTERED: ReadonlySet<string> = new Set(['registered', 'cast', 'recorded', 'entered']);
const MEMBER_WORDS = new Set(['permanent', 'elected', 'non-permanent', 'council', 'member', 'members', 'fellow', 'founding']);

/** A sentence that is a bare list of countries (a paragraph after "…countries abstained:"). */
/** "These were China, India and Gabon.", "They were A and B": the states a sentence names as a group before it. */
function namedGroup(s: AnalysedSentence): CountryMention[] | null {
  const t = s.tokens;
  if (!['these', 'they', 'those'].includes(t[0]?.lower ?? '') || !['were', 'are'].includes(t[1]?.lower ?? '')) return null;
  const ms = s.mentions.filter((m) => m.from >= 2 && m.kind === 'name');
  const words = t.slice(2).filter((x) => /\p{L}/u.test(x.text) && x.lower !== 'and');
  const covered = ms.reduce((n, m) => n + t.slice(m.from, m.to).filter((x) => /\p{L}/u.test(x.text)).length, 0);
  return ms.length >= 2 && covered === words.length ? ms : null;
}

function listSentence(s: AnalysedSentence): CountryMention[] | null {
  // ("B: Bahrain, Bangladesh, Barbados": a letter of an alphabetical index before the list, 1.22.2.)
  const lettered = /^\p{Lu}$/u.test(s.tokens[0]?.text ?? '') && s.tokens[1]?.text === ':';
  const words = s.tokens.slice(lettered ? 2 : 0).filter((x) => /\p{L}/u.test(x.text) && x.lower !== 'and');
  const ms = s.mentions.filter((m) => m.kind === 'name');
  const covered = ms.reduce((n, m) => n + s.tokens.slice(m.from, m.to).filter((x) => /\p{L}/u.test(x.text) && x.lower !== 'and').length, 0);
  // ("H: Honduras": a letter of the index may hold one state, 1.24.10.)
  return (ms.length >= 2 || (lettered && ms.length === 1)) && covered >= words.length * 0.8 ? ms : null;
}

/**
 * A list paragraph under a heading that names a position, with only list paragraphs between:
 * "Member states that voted in favour of the resolution" / "A: Afghanistan, Albania …" / "B: …"
 * (1.22.2). The heading stands alone: no full stop, a dozen words at most.
 */
function headedList(s: AnalysedSentence, ctx: Context): { pos: Position; ms: CountryMention[]; body: string | null } | null {
  const closed = (x: AnalysedSentence) => /[.!?]\s*$/.test(x.text);
  if (s.mentions.length < 1 || closed(s)) return null;
  const ms = listSentence(s);
  if (!ms) return null;
  for (let j = s.index - 1; j >= 0 && s.index - j <= 40; j--) {
    const h = ctx.sentences[j];
    if (!closed(h) && listSentence(h)) continue;
    const words = h.tokens.filter((x) => /\p{L}/u.test(x.text)).map((x) => x.lower);
    if (closed(h) || words.length > 12 || h.mentions.length > 0) return null;
    const has = (w: string) => words.includes(w);
    if (has('not') || has('absent')) return null;
    // The breakdown is of the article's vote: the first body it names.
    const body = namedBodies(ctx.sentences).slice(0, j).find((b) => b) ?? null;
    if (has('against') || has('opposed')) return { pos: 'no', ms, body };
    if (words.some((w) => w.startsWith('abstain') || w.startsWith('abstention'))) return { pos: 'abstain', ms, body };
    // ("For (124):": a heading of the one word "for", 1.24.10.)
    if (has('favour') || has('favor') || has('supported') || (words.length === 1 && has('for'))) return { pos: 'yes', ms, body };
    return null;
  }
  return null;
}

const UN_ONLY = new Set(['UNGA', 'UNSC', 'UNHRC']);

const BULLETS = new Set(['-', '–', '—', '•', '*', '·']);

// The body each sentence of an article names (or null), read once per article with bulleted votes.
const bodiesOf = new WeakMap<readonly AnalysedSentence[], (string | null)[]>();
function namedBodies(sentences: readonly AnalysedSentence[]): (string | null)[] {
  let out = bodiesOf.get(sentences);
  if (!out) {
    out = sentences.map((x) => BODIES.find(([re]) => re.test(x.text))?.[1] ?? null);
    bodiesOf.set(sentences, out);
  }
  return out;
}

const hasLetters = (x: { text: string }) => /\p{L}/u.test(x.text);

/** A list item's marker alone, as the splitter leaves it: "1." or "12)" before its line's text. */
function isMarker(s: AnalysedSentence): boolean {
  const t = s.tokens;
  return t.length === 2 && /^\d{1,3}$/.test(t[0].text) && (t[1].text === '.' || t[1].text === ')');
}

/**
 * The one state a list line names and nothing else: "- Algeria", "• Algeria", "3) Algeria", or
 * "Algeria" alone after its "1." (1.24.0). Null for any other sentence.
 */
function listedState(s: AnalysedSentence, prev: AnalysedSentence | undefined): CountryMention | null {
  const t = s.tokens;
  if (s.mentions.length !== 1) return null;
  let from = 0;
  if (BULLETS.has(t[0]?.text ?? '')) from = 1;
  else if (/^\d{1,3}$/.test(t[0]?.text ?? '') && t[1]?.text === ')') from = 2;
  else if (!prev || !isMarker(prev) || /[.!?]\s*$/.test(s.text)) return null;
  const m = s.mentions[0];
  if ((m.kind !== 'name' && m.kind !== 'capital') || m.from !== from || t.slice(m.to).some(hasLetters)) return null;
  return m;
}

/**
 * "Abstained:" and then "- Algeria", "- Angola" … (1.19), or "1. Algeria", "2. Angola" … (1.24.0): a
 * full breakdown, one state per line under a heading that names the position. Returns the line's
 * state and the heading's position; null for anything else, and for headings of states that did
 * not vote.
 */
function bulletVote(s: AnalysedSentence, ctx: Context): { pos: Position; m: CountryMention; body: string | null } | null {
  const m = listedState(s, ctx.sentences[s.index - 1]);
  if (!m) return null;
  for (let j = s.index - 1; j >= 0 && s.index - j <= 500; j--) {
    const h = ctx.sentences[j];
    if (isMarker(h) || listedState(h, ctx.sentences[j - 1])) continue;
    const words = h.tokens.filter(hasLetters).map((x) => x.lower);
    if (h.tokens[h.tokens.length - 1]?.text !== ':' || words.length > 6) return null;
    const has = (w: string) => words.includes(w);
    if (has('not') || has('absent') || (has('no') && (has('vote') || has('votes')))) return null;
    // The breakdown is of the article's vote: the first body it names, not one told in passing since.
    const body = namedBodies(ctx.sentences).slice(0, j).find((b) => b) ?? null;
    if (has('against') || (words.length === 1 && has('no'))) return { pos: 'no', m, body };
    if (words.some((w) => w.startsWith('abstain') || w.startsWith('abstention'))) return { pos: 'abstain', m, body };
    if (has('favour') || has('favor') || has('for') || (words.length === 1 && has('yes'))) return { pos: 'yes', m, body };
    return null;
  }
  return null;
}

// Words without which a sentence says nothing about a vote or its body.
/** "So did A and B." opening a sentence after one that tells a vote: that vote's position and the states. */
function soDidAfter(s: AnalysedSentence, prev: AnalysedSentence): { pos: Position; ms: CountryMention[] } | null {
  const t = s.tokens;
  if (t[0]?.lower !== 'so' || t[1]?.lower !== 'did') return null;
  let pos: Position | null = null;
  for (let k = 0; k < prev.tokens.length; k++) {
    const p = positionAt(prev, k);
    if (p && !isIrrealis(prev, k)) pos = p.pos;
  }
  if (!pos) return null;
  const ms: CountryMention[] = [];
  let i = 2;
  for (;;) {
    if (t[i]?.lower === 'the') i++;
    const m = s.mentions.find((x) => x.from === i && (x.kind === 'name' || x.kind === 'capital'));
    if (!m) break;
    ms.push(m);
    i = m.to;
    if (t[i]?.lower === ',' && t[i + 1]?.lower === 'and') i += 2;
    else if (t[i]?.lower === 'and') i++;
    else break;
  }
  return ms.length > 0 ? { pos, ms } : null;
}

export function detectVotes(s: AnalysedSentence, ctx: Context, prev: AnalysedSentence | null): Candidate[] {
  if (!ctx.vote.body) return [];
  // ("were among the 97 nations backing the motion": a counted participle of support, 1.17.)
  const bullet = bulletVote(s, ctx);
  const headed = bullet || hasAny(s, VOTE_WORDS) ? null : headedList(s, ctx);
  const group = prev ? namedGroup(s) : null;
  const soDid = prev ? soDidAfter(s, prev) : null;
  if (!bullet && !headed && !hasAny(s, VOTE_WORDS) && !s.words.has('supporting') && !s.words.has('backing') && !(prev && /:\s*$/.test(prev.text)) && !group && !soDid) return [];
  if (DOMESTIC.test(s.text) && !BODIES.some(([re]) => re.test(s.text))) return [];
  const out: Candidate[] = [];
  const seen = new Set<string>();
  // A sentence that names one body speaks of a vote there ("vetoed … in Security Council").
  const named = [...new Set(BODIES.filter(([re]) => re.test(s.text)).map(([, b]) => b))];
  // ("… after the US vetoed a Security Council draft. The UK abstained in that vote": the body of the
  // votes the sentence before told is the body of "that vote", 1.30.46.)
  const thatVote = named.length === 0 && ctx.vote.last?.sentence === s.index - 1 && /\b(?:that|this) vote\b/i.test(s.text) ? ctx.vote.last.body : null;
  const sentenceBody = named.length === 1 ? named[0] : thatVote;
  // "by a vote of 154 in favour to 1 against": a tally of its own marks a separate vote.
  const own = /\b(\d{1,3}) (?:votes )?in favou?r\b/i.exec(s.text);
  const emit = (m: CountryMention, pos: Position, k: number, object?: { body: string | null; tag: string }, bodyOf?: string) => {
    const key = `${m.iso3}:${pos}${object ? `:${object.tag}` : ''}`;
    if (seen.has(key)) return;
    // Only member states vote in the General Assembly, the Security Council and the Human Rights
    // Council: "the Republic of China" (Taiwan's name) there is a misnaming, not a voter (1.17).
    if (UN_ONLY.has(object?.body ?? bodyOf ?? sentenceBody ?? ctx.vote.body ?? '') && !isUnMember(m.iso3)) return;
    seen.add(key);
    const date = dateNear(s, k);
    const voteTag = object ? `${own ? own[1] : ''}#${object.tag}` : own ? own[1] : undefined;
    // ("… vetoed a resolution on Sudan. In March, Russia also vetoed a draft on Mali": a sentence that
    // names a resolution of its own, on a date of its own apart from the article's vote, tells
    // another vote, about what it names, 1.30.44.)
    const apart = (x: string, y: string) => !x.startsWith(y) && !y.startsWith(x);
    const other = ctx.vote.named?.sentence === s.index && date !== null && ctx.vote.date !== null && apart(date, ctx.vote.date) ? ctx.vote.named : null;
    // (The vote "that vote" points back to, in another body than the article's: its date, no tally of the article's vote.)
    const earlier = thatVote !== null && ctx.vote.last?.own ? ctx.vote.last : undefined;
    // (A vote set apart by its own resolution, by "that vote", or by the body its object names in a
    // sentence of two bodies: none of the article's tally is its own.)
    const ownVote = !!other || !!earlier || (!!bodyOf && named.length > 1);
    const concerning = other?.concerning ?? ctx.vote.concerning;
    const common = {
      body: object?.body ?? bodyOf ?? sentenceBody ?? ctx.vote.body!,
      resolution: { symbol: other ? null : ctx.vote.symbol ?? null, subject: other ? other.subject : ctx.vote.subject },
      concerning: concerning.filter((c) => c !== m.iso3 || concerning.length > 1),
      tally: ownVote ? {} : { ...ctx.vote.tally },
      date: date ?? earlier?.date ?? ctx.vote.date ?? ctx.storyDate,
      dateExplicit: date !== null || !!earlier?.date || ctx.vote.date !== null,
      confidence: 0.8,
      modality: isHedged(s) ? ('hedged' as const) : ('asserted' as const),
      sentence: s.index,
      ...(voteTag ? { voteTag } : {}),
      ...(ownVote ? { ownVote } : {}),
    };
    if (pos === 'abstain') out.push({ type: 'VoteAbstained', country: m.iso3, ...common });
    else out.push({ type: 'VoteCast', country: m.iso3, position: pos, ...common });
  };
  if (bullet) {
    emit(bullet.m, bullet.pos, 0, undefined, bullet.body ?? undefined);
    return out;
  }
  // ("Montenegro voted in favour. So did the United States, one of its co-sponsors.": the states of a
  // sentence that opens "So did" voted as the sentence before told, 1.30.56.)
  if (soDid) {
    for (const m of soDid.ms) emit(m, soDid.pos, 0);
    return out;
  }
  if (headed) {
    for (const m of headed.ms) emit(m, headed.pos, 0, undefined, headed.body ?? undefined);
    return out;
  }
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    const joined = joinedIn(s, k);
    if (joined && !isIrrealis(s, k)) {
      for (const m of joined.ms) emit(m, joined.pos, k);
      continue;
    }
    const countedBefore = countedListBefore(s, k);
    if (countedBefore && !isIrrealis(s, k)) {
      for (const m of countedBefore.ms) emit(m, countedBefore.pos, k);
      continue;
    }
    const counted = countedPosition(s, k);
    if (counted) {
      for (const m of ['including', 'from'].includes(t[counted.end]?.lower ?? '') ? listAfter(s, counted.end) : listInBrackets(s, counted.end)) emit(m, counted.pos, k);
      continue;
    }
    // "followed Moscow's veto of a similar resolution": the possessor of a veto cast it (1.14).
    if (t[k].lower === 'veto' && t[k - 1]?.lower === "'s" && t[k + 1]?.lower === 'of' && !isIrrealis(s, k)) {
      const owner = s.mentions.find((m) => m.to === k - 1 && (m.kind === 'name' || m.kind === 'capital' || m.kind === 'seat'));
      if (owner) emit(owner, 'no', k);
      continue;
    }
    const p = positionAt(s, k);
    if (!p) continue;
    // ("due to the abstentions of India and the UAE", "Brazil's abstention surprised …": the noun's
    // owners abstained, in whatever mood the clause around it is, unless the noun is a prospect, 1.21.4.)
    if ((t[k].lower === 'abstention' || t[k].lower === 'abstentions') && !t.slice(Math.max(0, k - 4), k).some((x) => PROSPECT.has(x.lower))) {
      const owners =
        t[k + 1]?.lower === 'of'
          ? listAfterBy(s, k + 2)
          : t[k - 1]?.lower === "'s"
            ? s.mentions.filter((m) => m.to === k - 1 && (m.kind === 'name' || m.kind === 'capital' || m.kind === 'seat'))
            : [];
      if (owners.length > 0) {
        for (const m of owners) emit(m, 'abstain', k);
        continue;
      }
    }
    // "was vetoed by Russia": the agent follows. ("Abstentions were registered by A and B", 1.22.0.)
    const by = t[p.end]?.lower === 'by' ? p.end : ['were', 'was'].includes(t[p.end]?.lower ?? '') && REGISTERED.has(t[p.end + 1]?.lower ?? '') && t[p.end + 2]?.lower === 'by' ? p.end + 2 : -1;
    if (by >= 0 && t[k - 1]?.lower !== 'voted') {
      const agent = listAfterBy(s, by + 1);
      if (agent.length > 0 && !isIrrealis(s, k)) {
        for (const m of agent) emit(m, p.pos, k);
        continue;
      }
    }
    const bracketed = listInBrackets(s, p.end);
    if (bracketed.length > 0) {
      for (const m of bracketed) emit(m, p.pos, k);
      continue;
    }
    const group = listBeforeGroup(s, k);
    if (group.length > 0) {
      // "to abstain" after "the only countries" is not a plan.
      for (const m of group) emit(m, p.pos, k);
      continue;
    }
    if (isIrrealis(s, k)) continue;
    // "with China, India and the UAE casting abstentions": the list is the subject of "casting" (1.8).
    const cast = ['casting', 'cast', 'registering', 'recording'].includes(t[k - 1]?.lower ?? '') && (t[k].lower === 'abstentions' || t[k].lower === 'abstention' || t[k].lower === 'votes');
    // ("The United States has cast its vote against the resolution": the subject of "cast", 1.15.)
    const castIts = (['vote', 'votes'].includes(t[k].lower) && ['its', 'their'].includes(t[k - 1]?.lower ?? '') && t[k - 2]?.lower === 'cast') || (t[k].lower === 'veto' && ['its', 'their'].includes(t[k - 1]?.lower ?? '') && VETO_USE.has(t[k - 2]?.lower ?? ''));
    const before = listBefore(s, cast ? k - 1 : castIts ? k - 2 : k);
    const voters = before.length > 0 ? before : listAfter(s, p.end);
    // "abstained from the recent Security Council resolution and both General Assembly resolutions":
    // one vote per resolution named, each in its body (1.14).
    const objects = before.length > 0 ? resolutionsAfter(s, p.end) : [];
    if (objects.length >= 2) {
      for (const m of voters) objects.forEach((o, n) => emit(m, p.pos, k, { body: o, tag: String(n) }));
      continue;
    }
    // ("the US on Friday vetoed a Security Council draft resolution", in a report of an Assembly vote:
    // the one resolution the position's object names says where the vote was, 1.30.46.)
    const objectBody = before.length > 0 && objects.length === 1 && objects[0] ? objects[0] : undefined;
    for (const m of voters) emit(m, p.pos, k, undefined, objectBody);
    // ("The US and Israel voted against, along with Austria, Czechia and Paraguay": the states
    // joined to the voters after the position voted the same way, 1.30.46.)
    if (voters.length > 0) for (const m of joinedAfter(s, p.end)) emit(m, p.pos, k, undefined, objectBody);
    // ("A abstained, as did B and C", "A voted against it, and so did B": the states of the
    // elliptical clause voted the same way, 1.20.)
    if (voters.length > 0) for (const m of ellipsisAfter(s, p.end)) emit(m, p.pos, k);
    // ("Besides A, the members that opposed it were B and C": the state set apart voted the same
    // way, 1.18.8.)
    if (voters.length > 0 && ['apart', 'besides', 'aside'].includes(t[0]?.lower ?? '')) {
      const comma = t.findIndex((x) => x.lower === ',');
      for (const m of s.mentions) if (m.from < comma && m.from <= 5 && (m.kind === 'name' || m.kind === 'capital')) emit(m, p.pos, k);
    }
  }
  // ("Four countries … abstained. These were China, India, Brazil and Gabon.": the states that make up a
  // group the sentence before counted as voting one way, 1.24.8.)
  if (group && prev) {
    const count = prev.tokens.findIndex((x, i) => GROUP_NOUNS.has(prev.tokens[i + 1]?.lower ?? '') && (NUMBER_WORDS.has(x.lower) || /^\d{1,3}$/.test(x.text)));
    for (let k = count + 2; count >= 0 && k < prev.tokens.length; k++) {
      const p = positionAt(prev, k);
      if (!p) continue;
      if (!isIrrealis(prev, k)) for (const m of group) emit(m, p.pos, 0);
      break;
    }
  }
  // "These were the African countries which abstained:" followed by a list paragraph.
  if (prev && /:\s*$/.test(prev.text)) {
    const list = listSentence(s);
    if (list) {
      for (let k = 0; k < prev.tokens.length; k++) {
        const p = positionAt(prev, k);
        if (p && !isIrrealis(prev, k)) {
          for (const m of list) emit(m, p.pos, 0);
          break;
        }
      }
    }
  }
  // (The body of this sentence's votes, for a "that vote" in the next one.)
  const bodies = new Set(out.map((c) => (c.type === 'VoteCast' || c.type === 'VoteAbstained' ? c.body : null)));
  const dates = new Set(out.map((c) => c.date));
  if (bodies.size === 1) ctx.vote.last = { sentence: s.index, body: [...bodies][0], date: dates.size === 1 ? [...dates][0] : null, own: out.every((c) => c.ownVote) };
  return out;
}
