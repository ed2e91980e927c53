/** MeetingHeld: "X met Y", "held talks with", "in a meeting in Ulaanbaatar, X told Y…". */
import type { Location, Person } from '../../../domain/src/facts/fact.types';
import type { AnalysedSentence, CountryMention } from '../analysis';
import { clauseEnd, clauseStart, dateNear, distinct, hasAny, inOtherRelative, isHedged, isIrrealis, isSportContext } from '../clause';
import type { Context } from '../context';
import type { Candidate } from './candidate';
import { ANAPHORA, TITLE_WORDS } from '../text/words';

const NOUNS = new Set(['meeting', 'meetings', 'talks', 'summit', 'negotiations', 'consultations', 'bilateral']);
const VERBS = new Set(['met', 'meets', 'meeting', 'hosted', 'hosts', 'received', 'receives', 'welcomed', 'welcomes']);
// A session of an organisation is not a meeting between the countries that speak at it.
const BODIES = new Set(['council', 'assembly', 'un', 'nato', 'eu', 'g7', 'g20', 'asean', 'sco', 'brics', 'opec', 'cabinet', 'parliament', 'board', 'committee', 'commission', 'wto', 'who', 'imf', 'davos', 'apec', 'forum']);
const TRIGGERS = new Set([...NOUNS, ...VERBS, 'call']);
// Remote contact is not a meeting (ANNOTATION.md: phone calls are not meetings).
const REMOTE = new Set(['phone', 'telephone', 'phoned', 'video', 'videoconference', 'teleconference', 'virtual', 'online', 'letter']);
// "to hold talks", "to resume negotiations": an infinitive before the noun is a plan.
const PLANNED_VERBS = new Set(['hold', 'have', 'resume', 'start', 'begin', 'open', 'launch', 'host', 'attend', 'join', 'convene']);

export function cityText(s: AnalysedSentence, m: CountryMention): string {
  const raw = s.tokens.slice(m.from, m.to).map((t) => t.text).join(' ');
  return raw === raw.toUpperCase() ? raw.charAt(0) + raw.slice(1).toLowerCase() : raw;
}

/** The place of the event at token k: "met in Tokyo", "In a meeting in Ulaanbaatar", "talks held … in Tokyo". */
export function locationIn(s: AnalysedSentence, k: number): Location | null {
  const near = (x: CountryMention) => {
    const [a, b] = x.from > k ? [k, x.from] : [x.to, k];
    if (b - a > 7) return false;
    return !s.tokens.slice(a, b).some((t) => t.lower === ',' || t.lower === ';') || x.from < k;
  };
  const m = s.mentions.find((x) => x.role === 'location' && x.kind !== 'person' && Math.abs(x.from - k) <= 8 && near(x));
  if (!m) return null;
  if (m.kind === 'capital') return { city: cityText(s, m), country: m.iso3 };
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
const GUEST_LEAD = new Set(['the', 'a', 'his', 'her', 'their', 'visiting', 'of', 'to', 'and', ',']);

/** "received / hosted / welcomed" + a state or an official, not "welcomed the proposal". */
function receivesSomeone(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  for (let i = k + 1; i < Math.min(t.length, k + 7); i++) {
    if (s.mentions.some((m) => m.from === i && m.role === 'actor')) return true;
    if (!(GUEST_LEAD.has(t[i].lower) || TITLE_WORDS.has(t[i].lower) || t[i].cap)) return false;
  }
  return false;
}

export function detectMeetings(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, TRIGGERS)) return [];
  if (isSportContext(s)) return [];
  const t = s.tokens;
  if (hasAny(s, REMOTE)) return [];
  // A call is remote unless it is a courtesy call (a visit to someone's office).
  if (t.some((x, i) => (x.lower === 'call' || x.lower === 'calls') && t[i - 1]?.lower !== 'courtesy')) return [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    const isNoun = NOUNS.has(w) || (w === 'call' && t[k - 1]?.lower === 'courtesy');
    if (!isNoun && !VERBS.has(w)) continue;
    if (w === 'bilateral' && !['our', 'a', 'the', 'their', 'his'].includes(t[k - 1]?.lower ?? '')) continue;
    if (isNoun && (BODIES.has(t[k - 1]?.lower ?? '') || BODIES.has(t[k - 2]?.lower ?? ''))) continue;
    if (isNoun && [2, 3].some((d) => t[k - d]?.lower === 'to' && PLANNED_VERBS.has(t[k - d + 1]?.lower ?? ''))) continue;
    // "received" / "hosted" need a person or a state as object: "received visiting Cuban Prime Minister".
    if (['received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes'].includes(w) && !receivesSomeone(s, k)) continue;
    if (isIrrealis(s, k)) continue;
    // "for new talks", "called for a meeting": a purpose or a request, not an event.
    if (isNoun && t.slice(Math.max(0, k - 3), k).some((x) => x.lower === 'for' || x.lower === 'proposal' || x.lower === 'offer')) continue;
    const from = clauseStart(s, k);
    const to = clauseEnd(s, k);
    let ms = s.mentions.filter((m) => m.from >= from && m.to <= to && m.role === 'actor' && !inOtherRelative(s, m, k));
    // The visited country hosts the talks: "held talks with X, who is paying a visit to Mongolia".
    const visitTo = s.mentions.filter((m) => m.role === 'actor' && t[m.from - 1]?.lower === 'to' && ['visit', 'trip'].includes(t[m.from - 2]?.lower ?? ''));
    ms = [...ms, ...visitTo];
    let participants = distinct(ms);
    let confidence = participants.length === 2 ? 0.8 : 0.65;
    // "The two ministers held talks": the pair under discussion.
    if (participants.length < 2 && ctx.pair && participants.every((p) => ctx.pair!.includes(p)) && t.slice(from, k).some((x) => ANAPHORA.has(x.lower))) {
      participants = [...ctx.pair];
      confidence = 0.6;
    }
    if (participants.length < 2) continue;
    const date = dateNear(s, k);
    const location = locationIn(s, k) ?? (ctx.location && participants.includes(ctx.location.country ?? '') ? ctx.location : null);
    return [
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
    ];
  }
  return [];
}
