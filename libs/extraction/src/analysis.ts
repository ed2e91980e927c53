/**
 * Reads an article once: sentences, tokens, country mentions (names, demonyms, capitals, seats and
 * the officials introduced for a country), dates and amounts. Detectors only look at this.
 */
import type { Mention } from './text/mentions';
import { findMentions } from './text/mentions';
import type { DateMention } from './text/dates';
import { findDates, parsePublished } from './text/dates';
import type { MoneyMention } from './text/money';
import { findMoney } from './text/money';
import type { Official, Office } from './text/people';
import { findOfficials, nameKeys, normaliseRole } from './text/people';
import type { Sentence } from './text/sentences';
import { splitSentences } from './text/sentences';
import type { Token } from './text/tokens';
import { tokenize } from './text/tokens';
import { GOVERNMENT_NOUNS, LOCATION_PREPOSITIONS, TITLE_WORDS } from './text/words';

/** What a mention does in its sentence. */
export type MentionRole = 'actor' | 'location' | 'topic' | 'adjective';

export interface CountryMention {
  iso3: string;
  kind: Mention['kind'];
  role: MentionRole;
  from: number;
  to: number;
  /** Followed by a possessive 's. */
  possessive: boolean;
  /** The official, when the mention is a person. */
  person?: Official;
}

export interface AnalysedSentence extends Sentence {
  index: number;
  tokens: Token[];
  mentions: CountryMention[];
  dates: DateMention[];
  money: MoneyMention[];
}

export interface Analysis {
  sentences: AnalysedSentence[];
  published: Date | null;
  officials: Official[];
  /** Title tokens and mentions, used only as context (never as evidence). */
  titleMentions: string[];
}

function roleOf(tokens: Token[], m: Mention, possessive: boolean): MentionRole {
  const prev = tokens[m.from - 1]?.lower ?? '';
  const prev2 = tokens[m.from - 2]?.lower ?? '';
  const after = possessive ? m.to + 1 : m.to;
  const next = tokens[after]?.lower ?? '';
  if (m.kind === 'demonym') {
    // "The Japanese and Philippine governments": look past a coordinated demonym.
    let k = m.to;
    while (tokens[k] && (tokens[k].lower === 'and' || tokens[k].lower === ',' || (tokens[k].cap && !GOVERNMENT_NOUNS.has(tokens[k].lower) && k < m.to + 3 && tokens[k + 1] && (GOVERNMENT_NOUNS.has(tokens[k + 1].lower) || tokens[k + 1].lower === 'and')))) k++;
    const head = tokens[k]?.lower ?? '';
    return GOVERNMENT_NOUNS.has(head) || TITLE_WORDS.has(head) ? 'actor' : 'adjective';
  }
  if (LOCATION_PREPOSITIONS.has(prev) || (prev === 'the' && LOCATION_PREPOSITIONS.has(prev2))) return 'location';
  if (possessive && m.kind !== 'person') {
    return GOVERNMENT_NOUNS.has(next) || TITLE_WORDS.has(next) ? 'actor' : 'topic';
  }
  return 'actor';
}

function resolveAmbiguous(all: Mention[][]): Map<string, string> {
  // An ambiguous form ("Korean") takes the one candidate the article names unambiguously.
  const named = new Set<string>();
  for (const ms of all) for (const m of ms) if (m.iso3.length === 1) named.add(m.iso3[0]);
  const out = new Map<string, string>();
  for (const ms of all) {
    for (const m of ms) {
      if (m.iso3.length < 2) continue;
      const hits = m.iso3.filter((c) => named.has(c));
      if (hits.length === 1) out.set(m.iso3.join('|'), hits[0]);
    }
  }
  return out;
}

/** Settles officials with no stated country from offices named elsewhere ("Japan FM", "Ukraine's president"). */
function inferCountries(officials: Official[], offices: Office[]): void {
  for (const o of officials) {
    if (o.country) continue;
    const taken = new Set(officials.filter((x) => x.country && x.role === o.role).map((x) => x.country));
    const candidates = new Set(offices.filter((f) => f.role === o.role && !taken.has(f.country)).map((f) => f.country));
    if (candidates.size === 1) o.country = [...candidates][0];
  }
}

/** Offices named as "<Country|Demonym> <role>" with no holder, e.g. in a headline "Japan FM urges…". */
function officesIn(tokens: Token[], mentions: Mention[]): Office[] {
  const out: Office[] = [];
  for (const m of mentions) {
    if (m.iso3.length !== 1) continue;
    let k = m.to;
    if (tokens[k]?.lower === "'s") k++;
    const words: string[] = [];
    while (tokens[k] && (TITLE_WORDS.has(tokens[k].lower) || tokens[k].lower === 'ministry')) words.push(tokens[k++].lower);
    if (words.length > 0) {
      const role = normaliseRole(words);
      if (role && role !== 'counterpart') out.push({ role, country: m.iso3[0] });
    }
  }
  return out;
}

const MAX_SENTENCE = 3000;
const DASHES = new Set(['-', '—', '–', ':']);

/** Token index where a leading dateline ends, or 0. */
function datelineEnd(tokens: Token[]): number {
  for (let i = 1; i < Math.min(tokens.length, 10); i++) {
    const t = tokens[i];
    if (DASHES.has(t.text)) {
      const before = tokens.slice(0, i);
      const ok = before.every((x) => x.cap || /^[^\p{L}]+$/u.test(x.text) || MONTH_WORDS.has(x.lower));
      return ok && (tokens[i + 1]?.cap || DASHES.has(tokens[i + 1]?.text ?? '')) ? i : 0;
    }
  }
  return 0;
}
const MONTH_WORDS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export function analyse(input: { title?: string; body: string; publishedAt: string }): Analysis {
  const body = input.body;
  const published = parsePublished(input.publishedAt);
  const raw = splitSentences(body).map((s, index) => {
    // No real sentence is this long; reading one would only cost time (lists stay far below it).
    const tokens = s.text.length > MAX_SENTENCE ? [] : tokenize(s.text, s.start);
    return { s, index, tokens, mentions: findMentions(tokens) };
  });
  const titleTokens = tokenize(input.title ?? '');
  const titleMentionsRaw = findMentions(titleTokens);
  const choice = resolveAmbiguous([...raw.map((r) => r.mentions), titleMentionsRaw]);

  // Officials and offices across the whole article, then fill in missing countries.
  const officials: Official[] = [];
  const offices: Office[] = [...officesIn(titleTokens, titleMentionsRaw), ...findOfficials(titleTokens, titleMentionsRaw).offices];
  for (const r of raw) {
    const found = findOfficials(r.tokens, r.mentions);
    offices.push(...found.offices, ...officesIn(r.tokens, r.mentions));
    for (const o of found.officials) {
      const same = officials.find((x) => x.name === o.name || nameKeys(x.name).includes(o.name.toLowerCase()));
      if (same) {
        if (!same.country && o.country) same.country = o.country;
      } else officials.push(o);
    }
  }
  // A counterpart holds the same office as the official across the table.
  for (const o of officials) {
    if (o.role !== 'counterpart') continue;
    const other = officials.find((x) => x !== o && x.role !== 'counterpart');
    if (other) o.role = other.role;
  }
  inferCountries(officials, offices);
  const byKey = new Map<string, Official>();
  const clash = new Set<string>();
  for (const o of officials) {
    if (!o.country) continue;
    for (const k of nameKeys(o.name)) {
      const had = byKey.get(k);
      if (had && had.country !== o.country) clash.add(k);
      byKey.set(k, o);
    }
  }
  for (const k of clash) byKey.delete(k);
  const namePrefixes = new Set<string>();
  for (const k of byKey.keys()) {
    const parts = k.split(' ');
    for (let n = 1; n < parts.length; n++) namePrefixes.add(parts.slice(0, n).join(' '));
  }

  const sentences: AnalysedSentence[] = raw.map(({ s, index, tokens, mentions }) => {
    const out: CountryMention[] = [];
    const covered = new Set<number>();
    for (const m of mentions) {
      const iso3 = m.iso3.length === 1 ? m.iso3[0] : choice.get(m.iso3.join('|'));
      for (let k = m.from; k < m.to; k++) covered.add(k);
      if (!iso3) continue;
      const possessive = tokens[m.to]?.lower === "'s";
      out.push({ iso3, kind: m.kind, role: roleOf(tokens, m, possessive), from: m.from, to: m.to, possessive });
    }
    // People: the longest registered name starting at a capitalised token.
    for (let i = 0; i < tokens.length; i++) {
      if (covered.has(i) || !tokens[i].cap) continue;
      let best: { o: Official; to: number } | null = null;
      let key = '';
      for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
        key = j === i ? tokens[j].lower : `${key} ${tokens[j].lower}`;
        const o = byKey.get(key);
        if (o) best = { o, to: j + 1 };
        if (!namePrefixes.has(key)) break;
      }
      if (!best) continue;
      const possessive = tokens[best.to]?.lower === "'s";
      out.push({ iso3: best.o.country!, kind: 'person', role: 'actor', from: i, to: best.to, possessive, person: best.o });
      i = best.to - 1;
    }
    out.sort((a, b) => a.from - b.from);
    // A dateline ("KUWAIT CITY--", "TOKYO, Japan (Reuters) —", "BEIJING/TOKYO:") names where the
    // story was filed, never an actor.
    const dl = datelineEnd(tokens);
    if (dl > 0) for (const m of out) if (m.to <= dl) m.role = 'location';
    return { ...s, index, tokens, mentions: out, dates: findDates(tokens, published), money: findMoney(tokens) };
  });
  return {
    sentences,
    published,
    officials,
    titleMentions: titleMentionsRaw.filter((m) => m.iso3.length === 1).map((m) => m.iso3[0]),
  };
}
