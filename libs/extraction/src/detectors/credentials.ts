/**
 * MeetingHeld: an envoy's credentials presented to a head of state, or received by one (1.25.0).
 * "Ambassadors of A, B and C presented their credentials to President X", "President X received the
 * letters of credence of the new ambassadors of A and B", "X accredited the ambassadors of A and B":
 * a meeting of the receiving state with each envoy's state, one fact per state.
 */
import type { AnalysedSentence, CountryMention } from '../analysis';
import { clauseEnd, clauseStart, dateNear, hasAny, isHedged, isIrrealis } from '../clause';
import type { Context } from '../context';
import type { Candidate } from './candidate';
import { locationIn, peopleIn } from './meeting';

// The envoy hands them over: the receiver follows "to".
const PRESENT = new Set(['presented', 'presents', 'handed', 'hands', 'submitted', 'submits', 'delivered', 'tendered']);
// The receiver is the subject: "X received / accepted the credentials of …", "X accredited the ambassadors of …".
const RECEIVE = new Set(['received', 'receives', 'accepted', 'accepts', 'accredited', 'accredits']);
const ENVOYS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'commissioner', 'commissioners', 'ambassador-designate', 'ambassadors-designate', 'nuncio', 'charge']);
const TRIGGERS = new Set([...PRESENT, ...RECEIVE]);

/** The token index of "credentials" or of "credence" in "letter(s) of credence", else -1. */
function credentialsNoun(s: AnalysedSentence): number {
  return s.tokens.findIndex((x, i) => x.lower === 'credentials' || (x.lower === 'credence' && s.tokens[i - 1]?.lower === 'of'));
}

export function detectCredentials(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, TRIGGERS) || !hasAny(s, ENVOYS)) return [];
  const t = s.tokens;
  const noun = credentialsNoun(s);
  // "accredited the ambassadors of A and B" needs no credentials noun; every other verb does
  // ("presented the report", "received the ambassadors" are not a credentials ceremony).
  const k = t.findIndex((x, i) => TRIGGERS.has(x.lower) && (noun >= 0 ? Math.abs(noun - i) <= 8 : x.lower.startsWith('accredit')));
  if (k < 0 || isIrrealis(s, k)) return [];
  const from = clauseStart(s, k);
  const end = clauseEnd(s, k);
  const inClause = s.mentions.filter((m) => m.from >= from && m.to <= end && m.role !== 'location' && m.role !== 'topic');
  const passive = ['was', 'were', 'been', 'being'].includes(t[k - 1]?.lower ?? '');
  let host: CountryMention | undefined;
  if (RECEIVE.has(t[k].lower) && !passive) {
    // The receiver is the subject: the last state or official before the verb.
    host = inClause.filter((m) => m.to <= k).pop();
  } else {
    // "… to President X", "… were received by President X": the first state or official after the word.
    const lead = t.findIndex((x, i) => i > k && i < end && (x.lower === 'to' || (passive && x.lower === 'by')) && !ENVOYS.has(t[i - 1]?.lower ?? ''));
    if (lead >= 0) host = inClause.find((m) => m.from > lead && m.from <= lead + 6);
  }
  // "the ambassador to Japan": the state an envoy is accredited to.
  const posted = inClause.find((m) => t[m.from - 1]?.lower === 'to' && ENVOYS.has(t[m.from - 2]?.lower ?? ''));
  // With no receiver named ("presented their credentials to the President at a function here"), the
  // ceremony's place, else the story's: credentials are presented in the receiving state.
  const hostState = host?.iso3 ?? posted?.iso3 ?? locationIn(s, k)?.country ?? ctx.location?.country ?? null;
  if (!hostState) return [];
  const envoys = inClause.filter((m) => m !== host && m !== posted && m.iso3 !== hostState);
  const states = [...new Set(envoys.map((m) => m.iso3))];
  const date = dateNear(s, k);
  return states.map((state) => ({
    type: 'MeetingHeld' as const,
    participants: [hostState, state],
    people: peopleIn([...(host ? [host] : []), ...envoys.filter((m) => m.iso3 === state)]),
    location: locationIn(s, k),
    topics: [],
    date: date ?? ctx.storyDate,
    dateExplicit: date !== null,
    confidence: 0.6,
    modality: isHedged(s) ? 'hedged' : 'asserted',
    sentence: s.index,
  }));
}
