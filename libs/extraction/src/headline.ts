/**
 * Headlines as evidence (1.16). A news headline tells its lead event in the historical present
 * ("A and B hold talks in C", "A, B foreign ministers hold bilateral talks", "A donates rice to B"):
 * what the headline asserts happened is a fact when the body confirms it, i.e. some sentence of the
 * body names every state of the fact. The headline is read on its own (no context from the body),
 * so every state of its facts is written in it.
 *
 * Not asserted: a headline with a modal or a plan ("X could meet Y", "X set to visit Y", "X rules
 * out …", a question), and the part of a headline from an infinitive on ("X to meet Y": the future
 * of headlines; "… rice to assist flood victims": a purpose).
 *
 * Only where the body does not already tell a fact of the same type about any of the same states:
 * the headline fills a gap the body's own wording left, it never splits a fact the body told.
 */
import { analyse } from './analysis';
import type { AnalysedSentence } from './analysis';
import { countriesOf } from './assemble';
import { initialContext } from './context';
import type { Candidate } from './detectors/candidate';
import { detectAgreements } from './detectors/agreement';
import { detectAid } from './detectors/aid';
import { detectAppeals } from './detectors/appeal';
import { detectMeetings } from './detectors/meeting';
import { detectVisits } from './detectors/visit';
import { findMentions } from './text/mentions';
import { tokenize } from './text/tokens';

const NOT_ASSERTED = new Set([
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'set', 'expected', 'plans', 'plan', 'planned', 'mulls',
  'considers', 'eyes', 'seeks', 'ready', 'likely', 'possible', 'hopes', 'wants', 'rules', 'denies', 'deny', 'rejects', 'no',
  'not', 'forward', 'invites', 'invited', 'proposes', 'calls', 'if', 'upcoming', 'ahead', 'next', 'postpones', 'cancels',
  'scraps', 'delays',
]);

/** Words of each fact family: the confirming body sentence that also has one dates the headline's fact. */
const FAMILY: Record<string, ReadonlySet<string>> = {
  MeetingHeld: new Set(['talks', 'met', 'meet', 'meeting', 'meetings', 'discussions', 'discussed', 'held', 'summit', 'received', 'hosted']),
  AgreementSigned: new Set(['signed', 'signing', 'inked', 'agreement', 'agreements', 'memorandum', 'mou', 'mous', 'deal', 'accord']),
  AidPledged: new Set(['donate', 'donated', 'donation', 'donations', 'aid', 'assistance', 'pledged', 'gave', 'provided', 'grant', 'handed']),
  VisitMade: new Set(['visit', 'visited', 'visiting', 'arrived', 'arrival', 'trip', 'tour']),
  AppealMade: new Set(['urged', 'called', 'asked', 'appealed', 'demanded', 'requested', 'summoned']),
};

/** The asserted part of a headline: up to its first infinitive, or nothing when it is not asserted. */
function assertedPart(title: string): string {
  if (title.includes('?')) return '';
  const cut = title.search(/\bto\s+\p{Ll}/u);
  const head = (cut >= 0 ? title.slice(0, cut) : title).trim();
  const words = head.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => NOT_ASSERTED.has(w)) ? '' : head;
}

// The words by which a headline tells each type (a subset of HEADLINE_TRIGGERS).
const TYPE_WORDS: Record<string, ReadonlySet<string>> = {
  MeetingHeld: new Set(['meet', 'meets', 'met', 'talks', 'talk', 'hold', 'holds', 'held', 'confer', 'confers', 'receives', 'received', 'hosts', 'hosted', 'discuss', 'discusses', 'discussed']),
  AgreementSigned: new Set(['sign', 'signs', 'signed', 'ink', 'inks', 'inked', 'seal', 'seals', 'sealed', 'mous', 'mou', 'agreement', 'agreements']),
  AidPledged: new Set(['donate', 'donates', 'donated', 'donation', 'gives', 'gave', 'pledges', 'pledged', 'provides', 'provided', 'hands', 'handed', 'grants', 'aid', 'offers', 'offered', 'sends', 'sent', 'sign', 'signs', 'signed', 'inks', 'inked']),
  VisitMade: new Set(['visit', 'visits', 'visited', 'arrives', 'arrived']),
  AppealMade: new Set(['urges', 'urged', 'asks', 'appeals', 'summons', 'summoned']),
};

// A headline with none of these words tells none of the facts read from headlines: not analysed.
const HEADLINE_TRIGGERS = new Set([
  'meet', 'meets', 'met', 'talks', 'talk', 'hold', 'holds', 'held', 'confer', 'confers', 'receives', 'received', 'hosts', 'hosted',
  'sign', 'signs', 'signed', 'ink', 'inks', 'inked', 'seal', 'seals', 'sealed', 'donate', 'donates', 'donated', 'donation', 'gives',
  'gave', 'pledges', 'pledged', 'provides', 'provided', 'hands', 'handed', 'grants', 'visit', 'visits', 'visited', 'arrives', 'arrived',
  'urges', 'urged', 'asks', 'appeals', 'summons', 'summoned', 'discuss', 'discusses', 'discussed', 'mous', 'mou', 'agreement',
  'agreements', 'aid', 'offers', 'offered', 'sends', 'sent',
]);

export function headlineFacts(title: string, publishedAt: string, storyDate: string | null, body: AnalysedSentence[], bodyCands: Candidate[]): Candidate[] {
  if (!title || body.length === 0 || !title.toLowerCase().split(/[^\p{L}]+/u).some((w) => HEADLINE_TRIGGERS.has(w))) return [];
  const head = assertedPart(title);
  if (!head) return [];
  // Every headline fact names two states in the headline: fewer than two mentions, nothing to read.
  const named = findMentions(tokenize(head));
  if (named.length < 2) return [];
  // A type the headline's words can tell adds nothing when the body told that type about every state
  // the headline names (each candidate would share a state with a told fact): skip the reading.
  const words = head.toLowerCase().split(/[^\p{L}]+/u);
  const open = Object.entries(TYPE_WORDS).filter(([type, ws]) => {
    if (!words.some((w) => ws.has(w))) return false;
    const told = new Set(bodyCands.filter((b) => b.type === type).flatMap((b) => countriesOf(b)));
    return !named.every((m) => m.iso3.every((x) => told.has(x)));
  });
  if (open.length === 0) return [];
  const a = analyse({ title: '', body: head, publishedAt });
  const ctx = initialContext(a);
  const out: Candidate[] = [];
  for (const s of a.sentences) {
    const named = new Set(s.mentions.map((m) => m.iso3));
    const found = [...detectMeetings(s, ctx), ...detectAgreements(s, ctx), ...detectAid(s, ctx), ...detectAppeals(s, ctx), ...detectVisits(s, ctx)];
    for (const c of found) {
      const family = FAMILY[c.type];
      if (!family || !open.some(([type]) => type === c.type)) continue;
      const cs = countriesOf(c);
      if (new Set(cs).size < 2 || !cs.every((x) => named.has(x))) continue;
      // The body already tells a fact of this type about one of these states: it stands.
      if (bodyCands.some((b) => b.type === c.type && countriesOf(b).some((x) => cs.includes(x)))) continue;
      if (out.some((o) => o.type === c.type && countriesOf(o).some((x) => cs.includes(x)))) continue;
      const confirm = body.find((b) => cs.every((x) => b.mentions.some((m) => m.iso3 === x)));
      if (!confirm) continue;
      const withWord = confirm.tokens.some((x) => family.has(x.lower));
      const day = withWord ? confirm.dates.find((d) => d.value.length >= 7 && d.value <= publishedAt.slice(0, d.value.length)) : undefined;
      out.push({
        ...c,
        sentence: confirm.index,
        date: day ? day.value : storyDate ?? c.date,
        dateExplicit: !!day,
        confidence: Math.min(c.confidence, 0.6),
      } as Candidate);
    }
  }
  return out;
}
