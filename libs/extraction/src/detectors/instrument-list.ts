/**
 * Lists of instruments signed at one event (1.18.5): a heading that announces them ("Agreements
 * signed by the two governments today:", "Four MoUs signed between A and B", "The following
 * documents were signed:"), then one paragraph per instrument, numbered, bulleted or bare, each
 * opening with the instrument ("Memorandum of Understanding for …", "- Protocol on …"). Each
 * listed instrument is an AgreementSigned of the heading's pair (else the pair under discussion),
 * dated as that pair's signing told before, else by the story. The first one is the signing a summary
 * sentence told ("signed five agreements"); the others are one more instrument each.
 */
import type { AnalysedSentence } from '../analysis';
import { isIrrealis } from '../clause';
import { pairFor, type Context } from '../context';
import type { Candidate } from './candidate';

const PLURAL_INSTRUMENTS = new Set(['agreements', 'mous', 'memoranda', 'memorandums', 'documents', 'instruments', 'protocols', 'accords', 'deals', 'treaties', 'contracts']);
const SIGNED = new Set(['signed', 'inked', 'exchanged', 'concluded', 'sealed']);
const HEADS = new Set(['memorandum', 'mou', 'agreement', 'protocol', 'programme', 'program', 'treaty', 'convention', 'exchange', 'contract', 'accord', 'roadmap', 'plan', 'letter']);
const MARKERS = new Set(['.', ')', '(', '-', '–', '—', '•', '*', '·']);

/** The list under way in an article: its parties, its date and how many items it has had. */
export interface InstrumentList {
  parties: string[];
  date: string | null;
  dateExplicit: boolean;
  items: number;
}

// ("(iv) MoU on …", "b) Agreement on …": a roman numeral or a letter in a marker, 1.30.50.)
const ROMAN_OR_LETTER = /^(?:[ivx]{1,4}|[a-h])$/;
/** A list marker's token at i: a mark, a number, or a roman numeral or letter next to a bracket. */
function markerAt(t: AnalysedSentence['tokens'], i: number): boolean {
  const x = t[i];
  if (!x) return false;
  if (MARKERS.has(x.text) || /^\d{1,2}$/.test(x.text)) return true;
  return ROMAN_OR_LETTER.test(x.text) && (t[i + 1]?.text === ')' || t[i + 1]?.text === '.') && (i === 0 || t[i - 1]?.text === '(');
}

/** A sentence that is only a list marker ("1.", "-"). */
function isMarker(s: AnalysedSentence): boolean {
  return s.tokens.length > 0 && s.tokens.every((_, i) => markerAt(s.tokens, i));
}

/** Index of the first word after a list marker, or 0. */
function afterMarker(s: AnalysedSentence): number {
  let i = 0;
  while (i < s.tokens.length && i < 4 && markerAt(s.tokens, i)) i++;
  return i;
}

/** A paragraph that opens with an instrument ("Memorandum of Understanding on …", "The program of cooperation …"). */
function isItem(s: AnalysedSentence): boolean {
  const t = s.tokens;
  let i = afterMarker(s);
  const article = t[i]?.lower === 'the' || t[i]?.lower === 'a' || t[i]?.lower === 'an';
  if (article) i++;
  // (A paragraph opens with a capital; after an article the instrument may be written small.)
  if (!t[i] || (!article && !t[i].cap)) return false;
  // ("Exchange of Notes on …": an exchange only of notes or letters, or of an instrument named
  // within its first words: "Exchange of Executive Program of the Cultural Agreement", 1.24.3.)
  if (t[i].lower === 'exchange') {
    if (t[i + 1]?.lower !== 'of') return false;
    return ['notes', 'letters'].includes(t[i + 2]?.lower ?? '') || t.slice(i + 2, i + 6).some((x) => x.cap && HEADS.has(x.lower) && x.lower !== 'exchange');
  }
  // ("Cooperation agreement between …", "Joint Action Program for …": one or two capitalised words
  // before the instrument, 1.18.8.)
  if (HEADS.has(t[i].lower)) return true;
  for (const j of [i + 1, i + 2]) {
    const w = t[j]?.lower ?? '';
    if (HEADS.has(w) && w !== 'plan' && w !== 'exchange') return t.slice(i, j).every((x) => x.cap);
  }
  return false;
}

/**
 * A further line of a list already under way that names its instrument later than its first words:
 * "Infrastructure cooperation program between A and B", "Handover certificate of …", "MOU renminbi
 * clearing arrangement" (1.24.3). A line, not a sentence: capitalised, no full stop at its end, short.
 */
const LATE_HEADS = new Set([...HEADS, 'certificate', 'arrangement', 'framework', 'declaration', 'mechanism']);
function isLaterItem(s: AnalysedSentence): boolean {
  const t = s.tokens;
  const i = afterMarker(s);
  if (!t[i]?.cap || t.length - i > 30 || /[.!?]["”’)]*\s*$/.test(s.text)) return false;
  return t.slice(i, i + 8).some((x) => LATE_HEADS.has(x.lower) && x.lower !== 'exchange');
}

/** A heading that announces a list of signed instruments, with its parties; null when s is none. */
function heading(s: AnalysedSentence, ctx: Context): string[] | null {
  const t = s.tokens;
  if (!t.some((x) => PLURAL_INSTRUMENTS.has(x.lower))) return null;
  // ("witnessed the exchange / signing of the following agreements:": the noun of the act too, 1.30.51.)
  const k = t.findIndex((x, i) => SIGNED.has(x.lower) || ((x.lower === 'exchange' || x.lower === 'signing') && t[i + 1]?.lower === 'of'));
  if (k < 0 || isIrrealis(s, k)) return null;
  const last = t[t.length - 1]?.text;
  const announces = last === ':' || t[0]?.lower === 'list' || (t[0]?.lower === 'the' && t[1]?.lower === 'list') || (last !== '.' && last !== '!' && t.length <= 16);
  if (!announces) return null;
  // (States as parties only: "The agreements sealed in Accra are:" names a place, 1.18.8.)
  const states = [...new Set(s.mentions.filter((m) => (m.kind === 'name' || m.kind === 'demonym' || m.kind === 'capital') && m.role !== 'location').map((m) => m.iso3))];
  if (states.length === 2) return states;
  return states.length === 0 ? pairFor(ctx, []) : null;
}

/**
 * Reads s as part of a list of instruments: opens a list at its heading, adds an AgreementSigned
 * for each item (or marks the one the item's own sentence gave), and closes the list at the first
 * paragraph that is neither a marker nor an item. `found` are s's candidates, `earlier` the article's.
 */
export function instrumentList(s: AnalysedSentence, ctx: Context, found: Candidate[], earlier: Candidate[]): Candidate[] {
  const list = ctx.instrumentList;
  if (list) {
    if (isMarker(s)) return [];
    const own = found.filter((c) => c.type === 'AgreementSigned');
    // (An item may be told as a signing of its own: "The Ministry of X signed an MoU with …"; its
    // own candidate, if the sentence gave one, is then the item.)
    const k = s.tokens.findIndex((x) => SIGNED.has(x.lower));
    const signing = k >= 0 && s.tokens.some((x) => HEADS.has(x.lower)) && !isIrrealis(s, k);
    if (isItem(s) || signing || (list.items > 0 && isLaterItem(s))) {
      list.items++;
      if (own.length > 0) {
        if (list.items > 1) for (const c of own) c.another = true;
        return [];
      }
      // (Without the list's own punctuation: "…;", "…; and", "….")
      const subject = s.text.slice(s.tokens[afterMarker(s)]?.start - s.start || 0).trim().replace(/\s*[;,.]\s*(?:and|or)?\s*$/, '');
      return [
        {
          type: 'AgreementSigned',
          parties: [...list.parties],
          subject: subject || null,
          value: null,
          signatories: [],
          confidence: 0.7,
          date: list.date,
          dateExplicit: list.dateExplicit,
          modality: 'asserted',
          sentence: s.index,
          ...(list.items > 1 ? { another: true } : {}),
        },
      ];
    }
    ctx.instrumentList = null;
  }
  const inline = inlineList(s, ctx, found, earlier);
  if (inline) return inline;
  const parties = heading(s, ctx);
  if (parties && parties.length === 2) {
    // The heading announces the signings the items tell; it is no signing of its own.
    for (let i = found.length - 1; i >= 0; i--) if (found[i].type === 'AgreementSigned') found.splice(i, 1);
    const key = [...parties].sort().join('-');
    const signing = [...earlier, ...found].reverse().find((c) => c.type === 'AgreementSigned' && [...c.parties].sort().join('-') === key);
    ctx.instrumentList = { parties, date: signing?.date ?? ctx.storyDate, dateExplicit: signing?.dateExplicit ?? false, items: 0 };
  }
  return [];
}

/**
 * A list of instruments inside one sentence, after a colon and between semicolons (1.30.69): "The
 * MoUs are: the MoU on …; the MoU on …; and the MoU on …", "witnessed the exchange of the following
 * documents: the harmonization plan …; a memorandum of understanding …; an agreement on …". Each item
 * is an AgreementSigned of the pair the sentence names, else the pair under discussion; the first is
 * the signing a summary sentence told, the others one more instrument each.
 */
function inlineList(s: AnalysedSentence, ctx: Context, found: Candidate[], earlier: Candidate[]): Candidate[] | null {
  const t = s.tokens;
  const colon = t.findIndex((x) => x.text === ':');
  if (colon < 2 || !t.slice(colon + 1).some((x) => x.text === ';')) return null;
  const lead = t.slice(0, colon);
  if (!lead.some((x) => PLURAL_INSTRUMENTS.has(x.lower))) return null;
  const act = lead.findIndex((x, i) => SIGNED.has(x.lower) || x.lower === 'are' || ((x.lower === 'exchange' || x.lower === 'signing') && lead[i + 1]?.lower === 'of'));
  if (act < 0 || isIrrealis(s, act)) return null;
  // The items: runs between semicolons, each opening (after "and" and an article) with an instrument.
  const items: { from: number; to: number }[] = [];
  let from = colon + 1;
  for (let i = colon + 1; i <= t.length; i++) {
    if (i < t.length && t[i].text !== ';') continue;
    let j = from;
    if (t[j]?.lower === 'and') j++;
    if (['the', 'a', 'an'].includes(t[j]?.lower ?? '')) j++;
    const head = t.slice(j, j + 3).findIndex((x) => HEADS.has(x.lower) && x.lower !== 'exchange');
    if (head < 0) return null;
    items.push({ from: j - (['the', 'a', 'an'].includes(t[j - 1]?.lower ?? '') ? 1 : 0), to: i });
    from = i + 1;
  }
  if (items.length < 2) return null;
  const states = [...new Set(s.mentions.filter((m) => m.to <= colon && (m.kind === 'name' || m.kind === 'demonym' || m.kind === 'capital') && m.role !== 'location').map((m) => m.iso3))];
  // ("the Crown Prince and the Chinese President witnessed …": one state named, the other the pair's.)
  const parties = states.length === 2 ? states : states.length <= 1 ? pairFor(ctx, states) : null;
  if (!parties || parties.length !== 2) return null;
  // The sentence's own signing is the list's first item, told with its subject below.
  for (let i = found.length - 1; i >= 0; i--) if (found[i].type === 'AgreementSigned') found.splice(i, 1);
  const key = [...parties].sort().join('-');
  const told = [...earlier].reverse().find((c) => c.type === 'AgreementSigned' && [...c.parties].sort().join('-') === key);
  // (The first item is the signing told before only when that one counted plural instruments: "signed
  // seven memoranda …". After the signing of another instrument it is one more.)
  const counted = !!told && (ctx.sentences[told.sentence]?.tokens.some((x) => PLURAL_INSTRUMENTS.has(x.lower)) ?? false);
  const last = s.tokens[s.tokens.length - 1];
  return items.map((item, n) => {
    const end = item.to < t.length ? t[item.to].start : last.text === '.' ? last.start : last.end;
    const subject = s.text.slice(t[item.from].start - s.start, end - s.start).trim().replace(/[;,.]\s*$/, '');
    return {
      type: 'AgreementSigned' as const,
      parties: [...parties],
      subject,
      value: null,
      signatories: [],
      confidence: 0.7,
      date: told?.date ?? ctx.storyDate,
      dateExplicit: told?.dateExplicit ?? false,
      modality: 'asserted' as const,
      sentence: s.index,
      // (Each item an instrument of its own within the sentence; after the first, one more each.)
      instrument: n,
      ...(!counted || n > 0 ? { another: true } : {}),
    };
  });
}
