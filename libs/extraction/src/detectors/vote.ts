/**
 * VoteAbstained / VoteCast: one fact per country the text NAMES as voting a way in an
 * international body. Counted, sponsoring or absent countries get nothing; so do parliaments.
 */
import type { Tally } from '../../../domain/src/facts/fact.types';
import type { AnalysedSentence, CountryMention } from '../analysis';
import { dateNear, isHedged, isIrrealis } from '../clause';
import type { Context } from '../context';
import type { Candidate } from './candidate';

type Position = 'abstain' | 'yes' | 'no';

const BODIES: [RegExp, string][] = [
  [/\bgeneral assembly\b|\bunga\b/i, 'UNGA'],
  [/\bsecurity council\b|\bunsc\b/i, 'UNSC'],
  [/\bhuman rights council\b|\bunhrc\b/i, 'UNHRC'],
  [/\biaea\b|\batomic energy agency\b/i, 'IAEA'],
  [/\bworld health assembly\b/i, 'WHA'],
  [/\bunesco\b/i, 'UNESCO'],
];
const DOMESTIC = /\b(?:parliament|senate|senators|lawmakers|congress|mps|house of representatives|legislature|referendum)\b/i;
const SYMBOL = /\b(?:[AS]\/(?:RES\/)?(?:ES-)?[0-9][0-9A-Z./()-]{0,20}|A\/HRC\/RES\/[0-9/.]{1,20})/;

/** The vote verb at token k and the position it expresses, if any. */
function positionAt(s: AnalysedSentence, k: number): { pos: Position; end: number } | null {
  const t = s.tokens;
  const w = t[k].lower;
  const n1 = t[k + 1]?.lower ?? '';
  const n2 = t[k + 2]?.lower ?? '';
  if (w === 'abstained' || w === 'abstain' || w === 'abstaining') return { pos: 'abstain', end: k + 1 };
  if (w === 'voted' || w === 'vote' || w === 'voting') {
    if (n1 === 'in' && (n2 === 'favour' || n2 === 'favor')) return { pos: 'yes', end: k + 3 };
    if (n1 === 'for' && ['it', 'the', 'a'].includes(n2)) return { pos: 'yes', end: k + 2 };
    if (n1 === 'against') return { pos: 'no', end: k + 2 };
    if (n1 === 'yes') return { pos: 'yes', end: k + 2 };
    if (n1 === 'no') return { pos: 'no', end: k + 2 };
    return null;
  }
  if ((w === 'supported' || w === 'backed') && ['the', 'it'].includes(n1)) return { pos: 'yes', end: k + 1 };
  if (w === 'opposed' && ['the', 'it'].includes(n1)) return { pos: 'no', end: k + 1 };
  return null;
}

const LIST_GLUE = new Set([',', 'and', 'the', '-', '–', '—', 'both', 'as', 'well', 'also', 'which', 'were', 'all']);

/** The coordinated list of countries right before token k: "India, China and Russia abstained". */
function listBefore(s: AnalysedSentence, k: number): CountryMention[] {
  const out: CountryMention[] = [];
  const byEnd = new Map(s.mentions.filter((m) => m.kind === 'name' || m.kind === 'capital').map((m) => [m.to, m]));
  let i = k;
  while (i > 0) {
    const prev = s.tokens[i - 1];
    const m = byEnd.get(i);
    if (m) {
      out.push(m);
      i = m.from;
      continue;
    }
    if (prev.lower === ')') {
      // "(more commonly known as North Korea)": an aside inside the list.
      let j = i - 1;
      while (j > 0 && s.tokens[j].lower !== '(' && i - j < 15) j--;
      if (s.tokens[j].lower !== '(') break;
      i = j;
      continue;
    }
    if (LIST_GLUE.has(prev.lower)) {
      i--;
      continue;
    }
    break;
  }
  return out.reverse();
}

/** A sentence that is a bare list of countries (a paragraph after "…countries abstained:"). */
function listSentence(s: AnalysedSentence): CountryMention[] | null {
  const words = s.tokens.filter((x) => /\p{L}/u.test(x.text) && x.lower !== 'and');
  const ms = s.mentions.filter((m) => m.kind === 'name');
  const covered = ms.reduce((n, m) => n + s.tokens.slice(m.from, m.to).filter((x) => /\p{L}/u.test(x.text) && x.lower !== 'and').length, 0);
  return ms.length >= 2 && covered >= words.length * 0.8 ? ms : null;
}

export function updateVoteContext(s: AnalysedSentence, ctx: Context): void {
  const text = s.text;
  const body = BODIES.find(([re]) => re.test(text))?.[1] ?? null;
  if (body) ctx.vote.body = body;
  const t = s.tokens;
  const r = t.findIndex((x) => x.lower === 'resolution');
  if (r >= 0 && (body || ctx.vote.body)) {
    const concerning = [...new Set(s.mentions.filter((m) => m.from > r && m.kind !== 'person').map((m) => m.iso3))];
    if (concerning.length > 0 && ctx.vote.concerning.length === 0) {
      ctx.vote.concerning = concerning;
      let end = t.length;
      for (let i = r + 1; i < t.length; i++) if ([',', ';', 'which'].includes(t[i].lower)) { end = i; break; }
      ctx.vote.subject = t.slice(r + 1, end).map((x) => x.text).join(' ').replace(/ ([,.;)’'])/g, '$1') || null;
    }
    const d = s.dates[0];
    if (d && !ctx.vote.date) ctx.vote.date = d.value;
  }
  const sym = SYMBOL.exec(text);
  if (sym && !ctx.vote.symbol) ctx.vote.symbol = sym[0];
  readTally(s, ctx.vote.tally);
}

function num(w: string | undefined): number | null {
  if (!w) return null;
  if (w === 'none' || w === 'no') return 0;
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15 };
  if (w in words) return words[w];
  return /^\d{1,3}$/.test(w) ? Number(w) : null;
}

function readTally(s: AnalysedSentence, tally: Tally): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].lower;
    const n = num(w);
    if (n === null) continue;
    const ahead = t.slice(i + 1, i + 6).map((x) => x.lower).join(' ');
    if (/^(?:\S+ ){0,2}(?:voted )?in (?:favour|favor)\b|^(?:votes? )?(?:to|-)/.test(ahead) && !/^- ?(?:nation|member)/.test(ahead) && tally.yes == null) {
      if (/in (?:favour|favor)/.test(ahead)) tally.yes = n;
    } else if (/^(?:\S+ )?(?:voted )?against\b/.test(ahead) && tally.no == null) tally.no = n;
    else if (/^(?:\S+ )?(?:abstained|abstentions|abstaining)\b/.test(ahead) && tally.abstain == null) tally.abstain = n;
    else if (/^out of (?:the )?\d/.test(ahead)) {
      tally.yes ??= n;
      tally.total ??= num(t[i + 3]?.lower === 'the' ? t[i + 4]?.lower : t[i + 3]?.lower);
    } else if (/^- ?(?:nation|member)\b/.test(ahead)) tally.total ??= n;
  }
}

export function detectVotes(s: AnalysedSentence, ctx: Context, prev: AnalysedSentence | null): Candidate[] {
  if (!ctx.vote.body) return [];
  if (DOMESTIC.test(s.text) && !BODIES.some(([re]) => re.test(s.text))) return [];
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const emit = (m: CountryMention, pos: Position, k: number) => {
    const key = `${m.iso3}:${pos}`;
    if (seen.has(key)) return;
    seen.add(key);
    const date = dateNear(s, k);
    const common = {
      body: ctx.vote.body!,
      resolution: { symbol: ctx.vote.symbol ?? null, subject: ctx.vote.subject },
      concerning: ctx.vote.concerning.filter((c) => c !== m.iso3 || ctx.vote.concerning.length > 1),
      tally: { ...ctx.vote.tally },
      date: date ?? ctx.vote.date ?? ctx.storyDate,
      dateExplicit: date !== null || ctx.vote.date !== null,
      confidence: 0.8,
      modality: isHedged(s) ? ('hedged' as const) : ('asserted' as const),
      sentence: s.index,
    };
    if (pos === 'abstain') out.push({ type: 'VoteAbstained', country: m.iso3, ...common });
    else out.push({ type: 'VoteCast', country: m.iso3, position: pos, ...common });
  };
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    const p = positionAt(s, k);
    if (!p || isIrrealis(s, k)) continue;
    for (const m of listBefore(s, k)) emit(m, p.pos, k);
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
  return out;
}
