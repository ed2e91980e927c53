import type { MonetaryValue } from '../../../domain/src/facts/fact.types';
import worldCountries from 'world-countries';
import type { Token } from './tokens';

/** An amount of money found in a sentence. */
export interface MoneyMention extends MonetaryValue {
  from: number;
  to: number;
  /** Inside parentheses right after another amount: a conversion, not a second sum. */
  conversion: boolean;
  /** "Rs", "rupees" with no state: India's by default, settled for the article (settleCurrencies). */
  rupee?: boolean;
  /** A "$" with no state's letters before it: read as USD, unless the writer's own dollar (settleCurrencies). */
  bare?: boolean;
  /**
   * A sign or name several states' currencies share ("Br": Belarus' and Ethiopia's; "shillings",
   * "dinars"): the codes it may be; `currency` is null until the article settles it (settleCurrencies).
   */
  candidates?: string[];
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB' };
const PREFIX_CODES: Record<string, string> = {
  us: 'USD', usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', rs: 'INR', 'rs.': 'INR', nrs: 'NPR', inr: 'INR', cny: 'CNY',
  rmb: 'CNY', yuan: 'CNY', chf: 'CHF', rub: 'RUB', krw: 'KRW', aud: 'AUD', cad: 'CAD', a: 'AUD', c: 'CAD',
};
const WORD_CURRENCIES: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', rupee: 'INR', rupees: 'INR', won: 'KRW', rouble: 'RUB',
  roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', usd: 'USD', eur: 'EUR', jpy: 'JPY', gbp: 'GBP', cny: 'CNY',
  inr: 'INR', krw: 'KRW', rub: 'RUB', francs: 'CHF', tugrik: 'MNT', togrog: 'MNT', riyal: 'SAR', riyals: 'SAR',
  dirham: 'AED', dirhams: 'AED', lira: 'TRY', rand: 'ZAR', naira: 'NGN',
  // ("380 billion dlrs": the wire services' abbreviation of dollars, 1.30.7.)
  dlr: 'USD', dlrs: 'USD',
};
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};
/** Number words and their values (the money reader's; the vote tally reads its tens too). */
export const WORD_NUMBERS: ReadonlyMap<string, number> = new Map<string, number>(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  thirteen: 13, fourteen: 14, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
}));

/**
 * "two hundred million", "twenty-five million", "one hundred and fifty billion": a run of number
 * words before a scale (1.15). Returns the run's value and the index after it, or null.
 */
function wordRun(tokens: Token[], i: number): { value: number; end: number } | null {
  let total = 0;
  let group = 0;
  let j = i;
  let last = '';
  while (j < tokens.length) {
    const w = tokens[j].lower;
    const v = WORD_NUMBERS.get(w);
    if (v === 100) {
      if (group === 0) return null;
      group *= 100;
    } else if (v !== undefined) {
      // "twenty-five": a unit after a ten; two units in a row are no number.
      if (group % 100 !== 0 && !(group % 100 >= 20 && group % 10 === 0 && v < 10)) break;
      group += v;
    } else if ((w === '-' && last !== '' && WORD_NUMBERS.has(tokens[j + 1]?.lower ?? '')) || (w === 'and' && last === 'hundred' && WORD_NUMBERS.has(tokens[j + 1]?.lower ?? ''))) {
      j++;
      last = w;
      continue;
    } else break;
    last = w;
    j++;
  }
  total += group;
  return j > i + 1 && total > 0 ? { value: total, end: j } : null;
}
const SPACED_SCALES = new Set(['mn', 'bn', 'tn']);
// Nouns a scaled number counts rather than prices (1.13).
const COUNTED = new Set(['people', 'persons', 'residents', 'refugees', 'children', 'women', 'men', 'households', 'families', 'inhabitants', 'citizens', 'migrants', 'voters', 'users', 'tonnes', 'tons', 'doses', 'hectares', 'barrels', 'jobs', 'visitors', 'tourists']);
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

// ISO 4217 codes in use and the dollars named after their state's ISO 3166 letters ("NZ$" → NZD,
// "HK$" → HKD), from world-countries (1.12). Upper-case codes that are English words are not read as a
// bare prefix ("ALL 5 million"), only glued to "$" or a number.
const CODES = new Set<string>();
const DOLLAR_BY_ISO2 = new Map<string, string>();
for (const c of worldCountries) {
  for (const [code, info] of Object.entries(c.currencies ?? {})) {
    CODES.add(code);
    if ((info as { symbol?: string }).symbol === '$' && code.slice(0, 2) === c.cca2) DOLLAR_BY_ISO2.set(c.cca2, code);
  }
}
const DOLLARS = new Set(DOLLAR_BY_ISO2.values());
/** Whether an ISO 4217 code is a dollar written "$" at home (AUD, NZD, CAD, SGD …). */
export const isDollar = (code: string | null): boolean => code !== null && DOLLARS.has(code);
// "Australian dollar" → AUD, "Pakistani rupee" → PKR, "Kenyan shilling" → KES: a state's demonym
// (or name) before the last word of its currency's name, from world-countries (1.21.10).
const QUALIFIED = new Map<string, string>();
const RUPEE_CODES = new Set<string>();
for (const c of worldCountries) {
  const dem = (c as { demonyms?: { eng?: { m?: string; f?: string } } }).demonyms?.eng;
  const quals = new Set([dem?.m, dem?.f, c.name.common].filter((x): x is string => !!x).map((x) => x.toLowerCase()));
  for (const [code, info] of Object.entries(c.currencies ?? {})) {
    const name = ((info as { name?: string }).name ?? '').toLowerCase();
    const unit = name.split(' ').pop() ?? '';
    if (unit === 'rupee') RUPEE_CODES.add(code);
    // Only a state's own currency: "Ecuadorian dollar" is no code (Ecuador uses USD, named "United States dollar").
    if (!unit || ![...quals].some((q) => name.startsWith(`${q} `))) continue;
    for (const q of quals) QUALIFIED.set(`${q} ${unit}`, code);
  }
}
/** The code of "<qualifier> <unit>" ("australian", "dollars"), the unit singular or plural. */
// ("330 million Swedish kronor", "Norwegian kroner", "Brazilian reais", 1.30.50.)
const SINGULARS: Record<string, string> = { kronor: 'krona', kroner: 'krone', reais: 'real', soles: 'sol', lei: 'leu', leva: 'lev', colones: 'colón' };
function qualifiedCurrency(qualifier: string, unit: string): string | null {
  const singular = Object.prototype.hasOwnProperty.call(SINGULARS, unit) ? SINGULARS[unit] : unit.endsWith('s') && !unit.endsWith('ss') ? unit.slice(0, -1) : unit;
  return QUALIFIED.get(`${qualifier} ${unit}`) ?? QUALIFIED.get(`${qualifier} ${singular}`) ?? null;
}
// Local currency signs and names, from world-countries (1.28.0): "3.5 billion Br", "Rp 5 trillion",
// "₦2 billion", "500 million pesos", "kwacha", "birr". A sign or name of one currency is its code; one
// several currencies share is settled for the article by the states it names (settleCurrencies).
// Signs are matched as written (case matters: "RM", "Br"); an all-capitals sign ("RM", "KM") only before
// the number, where it cannot be an abbreviation of what is counted ("5 million MT of wheat"). Names
// are lower case only ("2 million Afghanis" are people) and leave out the English words "mark", "real"
// and "sol"; the names WORD_CURRENCIES already reads keep their code there.
const SIGNS = new Map<string, string[]>();
const UNIT_NAMES = new Map<string, string[]>();
// (ASCII, the common case, skips the Unicode folding: this runs on the word after every number.)
const foldName = (x: string) =>
  /[^\x00-\x7f]/.test(x) ? x.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/ł/g, 'l').replace(/[ʻ']/g, '') : x.includes("'") ? x.replace(/'/g, '') : x;
const push = (m: Map<string, string[]>, k: string, code: string) => {
  const list = m.get(k);
  if (!list) m.set(k, [code]);
  else if (!list.includes(code)) list.push(code);
};
// (English words, a bond's name, and "franc", which WORD_CURRENCIES reads only as "francs".)
const UNIT_SKIP = new Set(['mark', 'real', 'sol', 'bonds', 'franc']);
for (const c of worldCountries) {
  for (const [code, info] of Object.entries(c.currencies ?? {})) {
    const { symbol = '', name = '' } = info as { symbol?: string; name?: string };
    const sign = symbol.replace(/\.$/, '');
    // One token as the tokenizer cuts it: two or more letters ("Br", "zł", "so'm") or one currency sign ("₦").
    if (!own(SYMBOLS, sign) && sign !== 'Rs' && (/^\p{L}[\p{L}\p{M}]+(?:'\p{L}+)?$/u.test(sign) || /^\p{Sc}$/u.test(sign))) push(SIGNS, sign, code);
    const unit = foldName(name.toLowerCase().split(' ').pop() ?? '');
    if (unit.length > 2 && !UNIT_SKIP.has(unit) && !own(WORD_CURRENCIES, unit)) push(UNIT_NAMES, unit, code);
  }
}
// What the data lacks (curated): East Africa's shillings and Bangladesh's taka as their press writes
// them, the Maldivian rufiyaa's sign; plural names that do not add "s".
for (const [sign, code] of [['KSh', 'KES'], ['Ksh', 'KES'], ['TSh', 'TZS'], ['Tsh', 'TZS'], ['USh', 'UGX'], ['Ush', 'UGX'], ['Tk', 'BDT'], ['Rf', 'MVR']]) push(SIGNS, sign, code);
const IRREGULAR_PLURALS: Record<string, string[]> = { kronor: ['SEK'], kroner: ['DKK', 'NOK'], lei: ['RON', 'MDL'], leva: ['BGN'], reais: ['BRL'], soles: ['PEN'], colones: ['CRC'], maloti: ['LSL'], emalangeni: ['SZL'] };
/** The codes a currency's sign may stand for ("Br" → BYN, ETB), or undefined. `before`: the sign precedes the number. */
function signCodes(t: Token | undefined, before: boolean): string[] | undefined {
  if (!t) return undefined;
  const codes = SIGNS.get(t.text);
  if (!codes || (!before && t.text === t.text.toUpperCase() && /^[A-Z]+$/.test(t.text))) return undefined;
  return codes;
}
/** The codes of a currency's name ("birr", "pesos", "kronor"), lower case only, or undefined. */
function unitCodes(t: Token | undefined): string[] | undefined {
  if (!t || t.cap) return undefined;
  const w = foldName(t.lower);
  return UNIT_NAMES.get(w) ?? (w.endsWith('s') ? UNIT_NAMES.get(w.slice(0, -1)) : undefined) ?? (own(IRREGULAR_PLURALS, w) ? IRREGULAR_PLURALS[w] : undefined);
}

const SIGN_GLUED = /^(\p{L}{2,3})(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)?$/u;
/** An amount in a local currency: its code when the sign or name has one, else the codes it may be. */
const withCodes = (m: MoneyMention, codes: string[]): MoneyMention => (codes.length === 1 ? { ...m, currency: codes[0] } : { ...m, candidates: codes });

/** Whether a code is a rupee (INR, PKR, NPR, LKR, MUR, SCR). */
export const isRupee = (code: string | null) => code !== null && RUPEE_CODES.has(code);

const CODE_WORDS = new Set(['ALL', 'TOP', 'CUP', 'MOP', 'SOS', 'BOB', 'GEL', 'PEN', 'MAD', 'MUR', 'SHP', 'ANG', 'BAM', 'TRY']);

/** "NZD" → NZD, "NZ" → NZD (a dollar's state letters), else null. */
function codeOf(letters: string): string | null {
  if (letters.length === 3 && CODES.has(letters)) return letters;
  return letters.length === 2 ? DOLLAR_BY_ISO2.get(letters) ?? null : null;
}
const APPROXIMATE = new Set(['approximately', 'around', 'about', 'roughly', 'nearly', 'almost', 'some', 'approx', 'circa', 'estimated']);
const RUPEE_GLUED = /^(n?rs)\.(\d+(?:\.\d+)?)$/;
const GLUED = /^([A-Z]{2,3})(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)?$/;
const NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** The scale of a spelled-out scale word ("million", "crore"; not "m" or "bn"), else 0. */
const wordScale = (t: Token | undefined): number => (t && t.lower.length > 2 && own(SCALES, t.lower) ? SCALES[t.lower] : 0);

/** An amount from token `from` inside brackets right after the last amount found: a conversion of it. */
const bracketedAfter = (out: MoneyMention[], tokens: Token[], from: number): boolean =>
  tokens[from - 1]?.lower === '(' && out.length > 0 && out[out.length - 1].to >= from - 2;

/** Splits "68m" / "1.2bn" into number and scale. */
function splitSuffix(lower: string): { num: string; scale: number } | null {
  if (NUMBER.test(lower)) return { num: lower, scale: 1 };
  const m = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/.exec(lower);
  return m ? { num: m[1], scale: SCALES[m[2]] } : null;
}

/** Finds amounts: "$1.2 billion", "¥260 million", "500 million euros", "Rs 2,000 crore", "€68m". */
export function findMoney(tokens: Token[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i].lower.charCodeAt(0);
    // Amounts start with a digit, or a number word before a scale ("one billion dollars").
    // "$NZD10 million", "$NZ30 million", "($FJD13.7m)": a code glued to the number after "$" (1.12).
    if (first >= 97 && first <= 122 && tokens[i - 1]?.text === '$' && tokens[i - 1].end === tokens[i].start) {
      const g = GLUED.exec(tokens[i].text);
      const code = g ? codeOf(g[1]) : null;
      if (g && code) {
        let scale = g[3] ? SCALES[g[3]] : 1;
        let to = i + 1;
        if (scale === 1 && wordScale(tokens[to])) scale = wordScale(tokens[to++]);
        const amount = Math.round(Number(g[2].replace(/,/g, '')) * scale);
        const from = i - 1;
        const conversion = bracketedAfter(out, tokens, from);
        if (Number.isFinite(amount) && amount > 0) out.push({ amount, currency: code, from, to, conversion });
        i = to - 1;
        continue;
      }
    }
    // "JPY3.56 billion", "USD1.2m": an ISO code glued to the number with no "$" (1.13).
    // (Cheap guard first: an upper-case letter, and a digit right after three letters.)
    const c0 = tokens[i].text.charCodeAt(0);
    const c3 = tokens[i].text.charCodeAt(3);
    if (c0 >= 65 && c0 <= 90 && c3 >= 48 && c3 <= 57 && tokens[i - 1]?.text !== '$') {
      const g = GLUED.exec(tokens[i].text);
      if (g && g[1].length === 3 && CODES.has(g[1]) && !CODE_WORDS.has(g[1])) {
        let scale = g[3] ? SCALES[g[3]] : 1;
        let to = i + 1;
        if (scale === 1 && wordScale(tokens[to])) scale = wordScale(tokens[to++]);
        const amount = Math.round(Number(g[2].replace(/,/g, '')) * scale);
        const conversion = bracketedAfter(out, tokens, i);
        if (Number.isFinite(amount) && amount > 0) out.push({ amount, currency: g[1], from: i, to, conversion });
        i = to - 1;
        continue;
      }
    }
    // ("Rp5 trillion", "KSh2bn", "RM10 million": a local sign glued to the number, one token, 1.28.0.)
    const g2 = tokens[i].text.charCodeAt(2);
    if (((g2 >= 48 && g2 <= 57) || (c3 >= 48 && c3 <= 57)) && ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)) && tokens[i - 1]?.text !== '$') {
      const g = SIGN_GLUED.exec(tokens[i].text);
      const codes = g ? SIGNS.get(g[1]) : undefined;
      if (g && codes) {
        let scale = g[3] ? SCALES[g[3]] : 1;
        let to = i + 1;
        if (scale === 1 && wordScale(tokens[to])) scale = wordScale(tokens[to++]);
        const amount = Math.round(Number(g[2].replace(/,/g, '')) * scale);
        const conversion = bracketedAfter(out, tokens, i);
        if (Number.isFinite(amount) && amount > 0) out.push(withCodes({ amount, currency: null, from: i, to, conversion }, codes));
        i = to - 1;
        continue;
      }
    }
    // ("Rs.5 crore", "NRs.2.0 billion": the rupee sign glued to the number by its dot, one token, 1.21.10.)
    if ((first === 114 || first === 110) && RUPEE_GLUED.test(tokens[i].lower)) {
      const g = RUPEE_GLUED.exec(tokens[i].lower)!;
      let to = i + 1;
      const scale = wordScale(tokens[to]) ? wordScale(tokens[to++]) : 1;
      const amount = Math.round(Number(g[2]) * scale);
      const conversion = bracketedAfter(out, tokens, i);
      if (Number.isFinite(amount) && amount > 0) out.push(g[1] === 'nrs' ? { amount, currency: 'NPR', from: i, to, conversion } : { amount, currency: 'INR', from: i, to, conversion, rupee: true });
      i = to - 1;
      continue;
    }
    let wordValue = first >= 97 && first <= 122 ? WORD_NUMBERS.get(tokens[i].lower) : undefined;
    let runEnd = i + 1;
    if (wordValue !== undefined) {
      // A word inside a run already read ("twenty-five": "five") starts nothing.
      if (WORD_NUMBERS.has(tokens[i - 1]?.lower ?? '') || (['-', 'and'].includes(tokens[i - 1]?.lower ?? '') && WORD_NUMBERS.has(tokens[i - 2]?.lower ?? ''))) continue;
      const run = wordRun(tokens, i);
      if (run) {
        wordValue = run.value;
        runEnd = run.end;
      }
    }
    const next = wordValue !== undefined ? tokens[runEnd]?.lower ?? '' : '';
    const word = wordValue !== undefined && own(SCALES, next) && SCALES[next] >= 1e6;
    if (!word && (first < 48 || first > 57)) continue;
    const parsed = word ? { num: String(wordValue), scale: 1 } : splitSuffix(tokens[i].lower);
    if (!parsed) continue;
    let from = i;
    let currency: string | null = null;
    let rupee = false;
    let codes: string[] | undefined;
    const p1 = tokens[i - 1];
    const p2 = tokens[i - 2];
    let bare = false;
    if (p1 && SYMBOLS[p1.text]) {
      currency = SYMBOLS[p1.text];
      from = i - 1;
      bare = p1.text === '$';
      // "US$", "A$", "C$": a code letter before the symbol.
      // ("NZ$", "HK$": a dollar's state letters, 1.12.)
      const prefixed = p2 && p2.end === p1.start && p1.text === '$' ? PREFIX_CODES[p2.lower] ?? (p2.text === p2.text.toUpperCase() ? codeOf(p2.text) : null) : null;
      if (prefixed) {
        currency = prefixed;
        from = i - 2;
        bare = false;
      }
    } else if (p1 && PREFIX_CODES[p1.lower] && (p1.lower === 'rs' || p1.lower === 'nrs' || (p1.text.length === 3 && p1.text === p1.text.toUpperCase()))) {
      currency = PREFIX_CODES[p1.lower];
      rupee = p1.lower === 'rs';
      from = i - 1;
    } else if (p1 && p1.text.length === 3 && CODES.has(p1.text) && !CODE_WORDS.has(p1.text)) {
      // "NZD 5 million", "FJD 2 million": any code in use (1.12).
      currency = p1.text;
      from = i - 1;
    } else if (p1 && p1.text === '.' && (p2?.lower === 'rs' || p2?.lower === 'nrs')) {
      // ("Rs.", and Nepal's "NRs.", 1.21.10.)
      currency = p2.lower === 'nrs' ? 'NPR' : 'INR';
      rupee = p2.lower === 'rs';
      from = i - 2;
    } else if ((codes = signCodes(p1, true) ?? (p1?.text === '.' && p2?.end === p1.start ? signCodes(p2, true) : undefined))) {
      // "Br 3.5 billion", "₦2 billion", "Nu. 500 million": a local sign (1.28.0).
      from = p1!.text === '.' ? i - 2 : i - 1;
    }
    let to = word ? runEnd : i + 1;
    let scale = parsed.scale;
    // "$253,4 billion": a decimal comma before a scale word.
    const c1 = tokens[i + 1];
    const c2 = tokens[i + 2];
    if (scale === 1 && c1?.text === ',' && c1.start === tokens[i].end && c2 && c2.start === c1.end && /^\d{1,2}$/.test(c2.text) && wordScale(tokens[i + 3]) > 0) {
      parsed.num = `${parsed.num}.${c2.text}`;
      to = i + 3;
    }
    const s = tokens[to];
    // ("US$ 100 mn": a two-letter scale written apart, 1.13; a lone "m" or "b" apart is no scale.)
    if (scale === 1 && s && SCALES[s.lower] && (s.lower.length > 2 || SPACED_SCALES.has(s.lower))) {
      scale = SCALES[s.lower];
      to++;
    }
    // ("two billion, two hundred and fifty-six million yen": smaller groups of words after the first
    // scale add to it, 1.21.10.)
    let extra = 0;
    if (word && scale > 1) {
      let last = scale;
      for (let j = to; ; ) {
        let g = j;
        if (tokens[g]?.lower === ',') g++;
        if (tokens[g]?.lower === 'and') g++;
        const v = WORD_NUMBERS.get(tokens[g]?.lower ?? '');
        if (v === undefined) break;
        const run = wordRun(tokens, g) ?? { value: v, end: g + 1 };
        const sc = wordScale(tokens[run.end]);
        if (!sc || sc >= last) break;
        extra += run.value * sc;
        last = sc;
        j = run.end + 1;
        to = j;
      }
    }
    // ("NPR 4 crore 73 lakhs": lakhs after crores add to them, as the Indian numbering writes a sum, 1.26.13.)
    if (scale === 1e7 && NUMBER.test(tokens[to]?.lower ?? '') && ['lakh', 'lakhs'].includes(tokens[to + 1]?.lower ?? '')) {
      extra += Math.round(Number(tokens[to].lower.replace(/,/g, '')) * 1e5);
      to += 2;
    }
    // "50 million Australian dollars", "Kenyan shillings": the qualifier's own currency (1.21.10).
    // ("Sri Lankan rupees", "New Zealand dollars": a qualifier of two words.)
    const q1 = !currency && tokens[to]?.cap && tokens[to + 1] ? qualifiedCurrency(tokens[to].lower, tokens[to + 1].lower) : null;
    const q2 = !currency && !q1 && tokens[to]?.cap && tokens[to + 1]?.cap && tokens[to + 2] ? qualifiedCurrency(`${tokens[to].lower} ${tokens[to + 1].lower}`, tokens[to + 2].lower) : null;
    if (q1 || q2) {
      currency = q1 ?? q2;
      to += q1 ? 2 : 3;
    }
    // "30 billion Japanese yen", "50 million US dollars": a qualifier before the currency word.
    else if (!currency && tokens[to]?.cap && tokens[to + 1] && own(WORD_CURRENCIES, tokens[to + 1].lower) && !own(WORD_CURRENCIES, tokens[to].lower)) to++;
    // "28 million U.S. dollars": an abbreviated qualifier whose full stop is a token of its own.
    else if (!currency && tokens[to]?.cap && tokens[to + 1]?.text === '.' && tokens[to + 2] && own(WORD_CURRENCIES, tokens[to + 2].lower) && tokens[to + 1].start === tokens[to].end) to += 2;
    const c = tokens[to];
    if (!currency && c && c.lower in WORD_CURRENCIES && WORD_CURRENCIES[c.lower]) {
      currency = WORD_CURRENCIES[c.lower];
      rupee = c.lower === 'rupee' || c.lower === 'rupees';
      to++;
    } else if (!currency && !codes && c && (codes = unitCodes(c) ?? signCodes(c, false))) {
      // "3.5 billion Br", "500 million pesos", "200 million birr" (1.28.0).
      to++;
    } else if (!currency && c && c.lower === 'in' && tokens[to + 1] && WORD_CURRENCIES[tokens[to + 1].lower]) {
      currency = WORD_CURRENCIES[tokens[to + 1].lower];
    }
    // A bare number without scale or currency is a count, not money.
    if (!currency && !codes && scale === 1) continue;
    // "more than 24 million people": a scaled number before a noun of persons or things counted is a count (1.13).
    if (!currency && !codes && COUNTED.has(tokens[to]?.lower ?? '')) continue;
    // "141 out of 193 members", "1.2m households": scaled counts are money only when aid words follow.
    const amount = Math.round(Number(parsed.num.replace(/,/g, '')) * scale) + extra;
    if (!Number.isFinite(amount) || amount <= 0) continue;
    const conversion = bracketedAfter(out, tokens, from);
    if (codes) out.push(withCodes({ amount, currency: null, from, to, conversion }, codes));
    else out.push(rupee ? { amount, currency, from, to, conversion, rupee } : bare ? { amount, currency, from, to, conversion, bare } : { amount, currency, from, to, conversion });
    i = to - 1;
  }
  // ("approximately Rs 683.2 million (Japanese Yen 700 million)", "around $5.3 million (JPY794
  // million)": the text calls the first sum approximate, so the bracketed one is the exact figure; it
  // takes the first one's place, 1.21.11.)
  for (let n = 0; n + 1 < out.length; n++) {
    const [a, b] = [out[n], out[n + 1]];
    if (b.conversion && b.currency && APPROXIMATE.has(tokens[a.from - 1]?.lower ?? '')) out[n] = { ...a, amount: b.amount, currency: b.currency, rupee: b.rupee, candidates: undefined };
  }
  return out;
}
