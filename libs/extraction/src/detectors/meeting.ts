/** MeetingHeld: "X met Y", "held talks with", "in a meeting in Ulaanbaatar, X told Y…". */
import type { Location, Person } from '../../../domain/src/facts/fact.types';
import type { AnalysedSentence, CountryMention } from '../analysis';
import { clauseEnd, clauseStart, dateNear, distinct, hasAny, inOtherRelative, isHedged, isIrrealis, isSportContext } from '../clause';
import type { Context } from '../context';
import { pairFor } from '../context';
import type { Candidate } from './candidate';
import { ANAPHORA, FUNCTION_WORDS, GOVERNMENT_NOUNS, TITLE_WORDS } from '../text/words';

const NOUNS = new Set(['meeting', 'meetings', 'talks', 'summit', 'negotiations', 'consultations', 'bilateral', 'discussion', 'discussions', 'breakfast', 'lunch', 'luncheon', 'dinner']);
// Meals are meetings only as "a working lunch", "held / hosted / had a dinner".
const MEALS = new Set(['breakfast', 'lunch', 'luncheon', 'dinner']);
const VERBS = new Set(['met', 'meets', 'meeting', 'hosted', 'hosts', 'received', 'receives', 'welcomed', 'welcomes']);
// A session of an organisation is not a meeting between the countries that speak at it.
const BODIES = new Set(['council', 'assembly', 'un', 'nato', 'eu', 'g7', 'g20', 'asean', 'sco', 'brics', 'opec', 'cabinet', 'parliament', 'board', 'committee', 'commission', 'wto', 'who', 'imf', 'davos', 'apec', 'forum']);
const TRIGGERS = new Set([...NOUNS, ...VERBS, 'call']);
const GROUP_SIZE: Record<string, number> = { trilateral: 3, tripartite: 3, 'three-way': 3, quadrilateral: 4 };
const MULTILATERAL = new Set(['trilateral', 'three-way', 'quadrilateral', 'multilateral', 'joint', 'together', 'among', 'summit', 'conference', 'plenary', 'round', 'six-party', 'four-party', 'all', 'group', 'collectively']);
const MEAL_LEAD = new Set(['working', 'held', 'hosted', 'had', 'gave', 'offered']);
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
const GUEST_LEAD = new Set(['the', 'a', 'his', 'her', 'their', 'visiting', 'of', 'to', 'and', ',', 'from', 'senior', 'three', 'two', 'several']);

/** "received / hosted / welcomed" + a state or an official, not "welcomed the proposal". */
function receivesSomeone(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  // Passive: "was received on Monday by Nigerian President Goodluck Jonathan".
  if (['was', 'were', 'been', 'being'].includes(t[k - 1]?.lower ?? '')) {
    const by = t.slice(k + 1, k + 7).findIndex((x) => x.lower === 'by');
    if (by >= 0) return receivesSomeone(s, k + 1 + by);
  }
  for (let i = k + 1; i < Math.min(t.length, k + 7); i++) {
    if (s.mentions.some((m) => m.from === i && m.role === 'actor')) return true;
    if (!(GUEST_LEAD.has(t[i].lower) || TITLE_WORDS.has(t[i].lower) || GOVERNMENT_NOUNS.has(t[i].lower) || t[i].cap)) return false;
  }
  return false;
}

const NOT_HAPPENING = new Set(['stalled', 'resumption', 'resume', 'resuming', 'return', 'returning', 'collapsed', 'deadlocked', 'suspended', 'frozen', 'revive', 'reviving', 'restart', 'restarting', 'rejoin', 'useless', 'boycott', 'boycotted']);
/** A word within the noun phrase before the trigger saying the talks are not taking place. */
function notHappening(s: AnalysedSentence, k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 10; i--) {
    const w = s.tokens[i].lower;
    if (w === ',' || w === ';' || w === ':') return false;
    if (NOT_HAPPENING.has(w)) return true;
  }
  return false;
}

const SAY_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'announced', 'stressed', 'noted']);
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'shall', 'should', 'must', "won't", 'to']);

/** "During the summit, the two leaders will discuss …": the fronted phrase ends at a comma, the main verb is modal. */
function frontedIrrealis(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  const lead = t[k - 2]?.lower === 'the' || t[k - 2]?.lower === 'their' ? k - 3 : k - 2;
  if (!['during', 'at', 'after', 'before', 'in'].includes(t[lead]?.lower ?? '') || lead > 1) return false;
  const comma = t.findIndex((x, i) => i > k && x.lower === ',');
  if (comma < 0 || comma > k + 8) return false;
  // The main clause's own modal: before any reported clause ("X told Y that Japan would …").
  for (let i = comma + 1; i < Math.min(t.length, comma + 7); i++) {
    const w = t[i].lower;
    if (w === 'that' || w === ',' || SAY_VERBS.has(w)) return false;
    if (MODALS.has(w) && w !== 'to') return true;
  }
  return false;
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
    if (MEALS.has(w) && !t.slice(Math.max(0, k - 3), k).some((x) => MEAL_LEAD.has(x.lower))) continue;
    // "held a bilateral with X", not "their bilateral cooperation".
    if (w === 'bilateral' && (!['our', 'a', 'the', 'their', 'his'].includes(t[k - 1]?.lower ?? '') || (/^\p{Ll}/u.test(t[k + 1]?.text ?? '') && !['with', 'on', 'in', 'at', 'between', 'talk', 'back', 'last', 'earlier', 'this'].includes(t[k + 1].lower)))) continue;
    if (isNoun && (BODIES.has(t[k - 1]?.lower ?? '') || BODIES.has(t[k - 2]?.lower ?? ''))) continue;
    if (isNoun && [2, 3, 4].some((d) => t[k - d]?.lower === 'to' && PLANNED_VERBS.has(t[k - d + 1]?.lower ?? ''))) continue;
    // "received" / "hosted" need a person or a state as object: "received visiting Cuban Prime Minister".
    if (['received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes'].includes(w) && !receivesSomeone(s, k)) continue;
    if (isIrrealis(s, k)) continue;
    // "a resumption of stalled U.S.-North Korean talks", "return to the negotiating table": talks that are not taking place.
    if (isNoun && notHappening(s, k)) continue;
    // "During the summit, the leaders will discuss …": a fronted phrase takes its main clause's mood.
    if (isNoun && frontedIrrealis(s, k)) continue;
    // "for new talks", "called for a meeting": a purpose or a request, not an event.
    if (isNoun && t.slice(Math.max(0, k - 3), k).some((x) => x.lower === 'for' || x.lower === 'proposal' || x.lower === 'offer')) continue;
    const from = clauseStart(s, k);
    const to = clauseEnd(s, k);
    let ms = s.mentions.filter((m) => m.from >= from && m.to <= to && m.role === 'actor' && !inOtherRelative(s, m, k));
    // The visited country hosts the talks: "held talks with X, who is paying a visit to Mongolia".
    const visitTo = s.mentions.filter((m) => m.role === 'actor' && t[m.from - 1]?.lower === 'to' && ['visit', 'trip'].includes(t[m.from - 2]?.lower ?? ''));
    ms = [...ms, ...visitTo];
    // "talks in Baghdad between representatives from Iran and Saudi Arabia": the parties are named; the host is not one.
    if (isNoun) {
      const between = t.slice(k + 1, Math.min(to, k + 8)).findIndex((x) => x.lower === 'between');
      const named = between >= 0 ? ms.filter((m) => m.from > k + 1 + between) : [];
      if (distinct(named).length >= 2) ms = named;
    }
    // "Singh also met A, B and C" with Singh unknown: the people met did not meet one another.
    if (['met', 'meets', 'received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes'].includes(w) && ms.length > 0 && ms.every((m) => m.from > k) && t.slice(from, k).some((x) => x.cap && !FUNCTION_WORDS.has(x.lower))) continue;
    let participants = distinct(ms);
    let confidence = participants.length === 2 ? 0.8 : 0.65;
    // "The two ministers held talks", "their meeting": the pair under discussion.
    // "At the meeting held at …": a definite meeting at the head of the sentence is the one just told.
    const definite = isNoun && t[k - 1]?.lower === 'the' && k <= 3 && ['at', 'during', 'in', 'after'].includes(t[k - 2]?.lower ?? '');
    const anaphoric = definite || t.slice(from, k).some((x) => ANAPHORA.has(x.lower)) || t.slice(Math.max(from, k - 7), k).some((x) => x.lower === 'their');
    const pair = participants.length < 2 && anaphoric ? pairFor(ctx, participants) : null;
    if (pair) {
      participants = [...pair];
      confidence = 0.6;
    } else if (participants.length === 1 && isNoun && ms.some((m) => m.kind === 'person')) {
      // "At the start of official talks, Modi said …": one official named, the other side left
      // implicit; in an article about one dyad, the partner is that dyad's other member.
      const with1 = ctx.pairs.filter((p) => p.includes(participants[0]));
      const partners = new Set(with1.flatMap((p) => p.filter((c) => c !== participants[0])));
      if (partners.size === 1) {
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
    const together = s.tokens.some((x) => MULTILATERAL.has(x.lower)) || s.tokens.some((x, i) => x.lower === 'the' && ['three', 'four', 'five', 'six'].includes(s.tokens[i + 1]?.lower ?? ''));
    // The implicit split needs a real host: an official or a government (not a place in a list)
    // acting before the trigger, with the guests named after it.
    const realHost = !!host && (host.kind === 'person' || host.kind === 'demonym') && ms.some((m) => m.from > k && m.iso3 !== host.iso3);
    const explicitSplit = oneByOne || t.slice(from, to).some((x) => x.lower === 'bilateral' || x.lower === 'separately' || x.lower === 'separate');
    if (participants.length > 2 && host && (explicitSplit || (!together && realHost))) {
      return participants
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
    }
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
