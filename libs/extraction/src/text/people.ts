import type { Mention } from './mentions';
import type { Token } from './tokens';
import { tokenize } from './tokens';
import { FUNCTION_WORDS, PORTFOLIO_WORDS, TITLE_WORDS } from './words';

/** An official introduced in the article ("Japanese Foreign Minister Yoshimasa Hayashi"). */
export interface Official {
  name: string;
  /** Normalised role ("foreign minister", "prime minister", "president"...). */
  role: string;
  country: string | null;
  /** The one state whose office bears the title's style, when it has one (OFFICE_STYLES). */
  style?: string;
}

/**
 * Styles of office that one state alone uses today, so that a title in that style names its state
 * even where the article never writes it (a national outlet writes no state beside its own
 * ministers). Curated, small and checked against the offices' current names: India's foreign
 * minister is the "External Affairs Minister", "EAM" for short (Sri Lanka used the style from 2010
 * to 2015; a Sri Lankan one is read as Indian only where nothing in the article says otherwise); Ireland's
 * head of government is the Taoiseach and his deputy the Tánaiste; "Secretary of State" before a
 * name is the US office.
 */
const OFFICE_STYLES: [test: (w: ReadonlySet<string>) => boolean, state: string][] = [
  [(w) => (w.has('external') && w.has('affairs')) || w.has('eam'), 'IND'],
  [(w) => w.has('taoiseach') || w.has('tánaiste') || w.has('tanaiste'), 'IRL'],
  // "Secretary of State X" with no portfolio after it ("… for Foreign Affairs" is a minister's title
  // in the UK, Spain or Portugal, and ends no title run before a name): the US foreign minister, or a
  // deputy, under or assistant secretary of his department. The Holy See's is a cardinal (below).
  [(w) => w.has('secretary') && w.has('state') && [...w].every((x) => US_STATE_TITLE.has(x)), 'USA'],
];
const US_STATE_TITLE = new Set(['secretary', 'state', 'deputy', 'under', 'assistant']);
/** The state of a title's style ("External Affairs Minister" → IND), or undefined. */
export function officeStyle(words: string[]): string | undefined {
  const w = new Set(words.map((x) => x.toLowerCase()));
  return OFFICE_STYLES.find(([test]) => test(w))?.[1];
}

/** A country's office named without a holder ("Ukraine's president", "the Japanese Foreign Ministry"). */
export interface Office {
  role: string;
  country: string;
}

/**
 * A word of an official's title at token i. "Amir" (Qatar's and Kuwait's spelling of "emir": "the
 * Amir Sheikh Sabah", "His Highness the Amir") is one only after "the", since it is also a given
 * name ("Hossein Amir-Abdollahian", 1.30.75).
 */
export function titleWordAt(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.lower ?? '';
  return TITLE_WORDS.has(w) || (w === 'amir' && tokens[i - 1]?.lower === 'the');
}

/** Folds the ways news text names the same office into one key. */
export function normaliseRole(words: string[]): string {
  const w = words.map((x) => x.toLowerCase()).filter((x) => x !== 'of' && x !== 'the' && x !== 'and');
  const has = (x: string) => w.includes(x);
  // ("Ministry of External Affairs Spokesperson X": the ministry's spokesperson, not its minister, 1.28.10.)
  const spokes = w.find((x) => x === 'spokesperson' || x === 'spokesman' || x === 'spokeswoman');
  if (spokes) return spokes;
  // ("External Affairs Minister": the foreign minister's style in some states, 1.15.)
  if (has('fm') || has('eam') || ((has('foreign') || (has('external') && has('affairs'))) && (has('minister') || has('ministry') || has('affairs'))) || has('counterpart') && has('foreign')) {
    return has('deputy') || has('vice') ? 'deputy foreign minister' : 'foreign minister';
  }
  // (Ireland's head of government and deputy, styled in Irish, 1.20.)
  if (has('tánaiste') || has('tanaiste')) return 'deputy prime minister';
  // ("Kazakhstan's Deputy Prime Minister" is no prime minister: another office, 1.30.46.)
  if (has('pm') || has('premier') || has('taoiseach') || (has('prime') && has('minister'))) return has('deputy') || has('vice') || has('first-deputy') ? 'deputy prime minister' : 'prime minister';
  if (has('president') || has('presidency')) return has('vice') ? 'vice president' : 'president';
  if (has('counterpart')) return 'counterpart';
  // ("His Highness the Amir": Qatar's and Kuwait's own spelling of the office, 1.30.73.)
  if (w.length === 1 && w[0] === 'amir') return 'emir';
  return w.join(' ');
}

// Capitalised nouns of institutions: "the Japanese Foreign Ministry" names no person.
const INSTITUTIONS = new Set(
  'ministry assembly council office department committee commission union nations house senate parliament school university government agency news media press bank fund court consulate embassy secretariat directorate institute authority'.split(' ')
    // Buildings and services: "the Royal Residence", "the Federal Statistics Service" (1.18).
    .concat('palace residence mansion headquarters building hall lodge service bureau'.split(' '))
    // Bodies named after a ruler: "King Salman Humanitarian Aid and Relief Centre", "the Sheikh Zayed
    // Foundation", "King Fahd Hospital" (1.30.43).
    .concat('humanitarian centre center foundation hospital airport stadium mosque college academy'.split(' '))
    // Plurals: "the meeting of the Foreign Ministries of both countries" (1.22.1).
    .concat('ministries offices departments committees agencies councils governments embassies authorities services'.split(' ')),
);
// Officials of organisations ("UN chief Ban Ki-moon", "EU foreign policy chief") have no country.
const ORGANISATION_PREFIX = new Set(['un', 'eu', 'nato', 'imf', 'who', 'au', 'asean', 'opec', 'wto', 'iaea', 'unicef', 'unhcr', 'commission', 'bank']);
// "President Xi Jinping Tuesday met…": days and months are never part of a name.
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** "al-Assad", "el-Sisi": a lower-case particle at k joined by a hyphen, with no spaces, to a part of a name. */
function hyphenedParticle(tokens: Token[], k: number): boolean {
  const p = tokens[k];
  const h = tokens[k + 1];
  const n = tokens[k + 2];
  return !!p && !!h && !!n && NAME_PARTICLES.has(p.text) && h.text === '-' && p.end === h.start && h.end === n.start && isNameToken(n);
}
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'van', 'von', 'der', 'bin', 'bint', 'al', 'el', 'la', 'le', 'di', 'du', 'ben']);

/** "Theresa May started …": "May" after a given name, not before a day or year number, is a surname (1.11). */
function calendarSurname(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === 'May' && isNameToken(tokens[k - 1]) && !/^\d/.test(tokens[k + 1]?.text ?? '');
}

function isNameToken(t: Token | undefined): boolean {
  if (!t || !t.cap) return false;
  if (TITLE_WORDS.has(t.lower) || FUNCTION_WORDS.has(t.lower) || INSTITUTIONS.has(t.lower) || CALENDAR.has(t.lower) || EVENT_WORDS.has(t.lower)) return false;
  return /^[\p{L}][\p{L}\p{M}.'’]*$/u.test(t.text);
}

const HONORIFIC_TITLES = new Set(['dr', 'mr', 'mrs', 'ms']);
// Capitalised nouns of events and instruments after a word that is also a title: "State Visit", "Rice
// Trade Cooperation" name no person (1.30.51).
const EVENT_WORDS = new Set(['visit', 'visits', 'summit', 'meeting', 'talks', 'cooperation', 'agreement', 'memorandum', 'partnership', 'conference', 'forum', 'dialogue', 'programme', 'program', 'declaration', 'treaty']);
const TENURE = new Set(['new', 'former', 'incoming', 'outgoing', 'then', 'acting', 'interim', 'current']);
const HONORIFIC_ROLES = new Set(['sheikh', 'sheikha', 'dr', 'mr', 'mrs', 'ms', 'his highness', 'her highness', 'his excellency', 'her excellency']);
const REPUBLIC_WORDS = new Set(['republic', 'federation', 'kingdom', 'state', 'confederation']);

/**
 * The name that ends right before the comma at `comma`: two or more name tokens within seven (particles and
 * hyphen-joined parts inside), opening the sentence or after an honorific, a comma, "and", "by",
 * "with" or "of" ("His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi").
 */
function nameBefore(tokens: Token[], comma: number, mentionAt: ReadonlyMap<number, Mention>): string | null {
  let b = comma;
  while (b > 0 && comma - b < 8) {
    const t = tokens[b - 1];
    if ((isNameToken(t) && !mentionAt.has(b - 1)) || (NAME_PARTICLES.has(t.text) && b < comma) || (t.text === '-' && b < comma && tokens[b - 2]?.end === t.start)) b--;
    else break;
  }
  while (b < comma && NAME_PARTICLES.has(tokens[b].text)) b++;
  const parts = tokens.slice(b, comma);
  if (parts.filter((x) => isNameToken(x)).length < 2) return null;
  const lead = tokens[b - 1];
  if (lead && !(lead.lower === ',' || lead.lower === 'and' || lead.lower === 'by' || lead.lower === 'with' || lead.lower === 'of' || lead.lower === 'sheikh' || lead.lower === 'highness' || lead.lower === 'excellency' || lead.lower === 'majesty' || (lead.text === '.' && HONORIFIC_TITLES.has(tokens[b - 2]?.lower ?? '')) || HONORIFIC_TITLES.has(lead.lower))) return null;
  let name = '';
  for (let n = 0; n < parts.length; n++) name += n > 0 && parts[n - 1].end === parts[n].start ? parts[n].text : (n > 0 ? ' ' : '') + parts[n].text;
  return name;
}
const OFFICE_GLUE = new Set(['for', 'of', 'and']);

/** The words of an office run that ends right before token `end` ("Minister for Foreign Affairs"), or null. */
function officeEndingAt(tokens: Token[], end: number): string[] | null {
  let i = end;
  while (i > 0 && end - i < 8) {
    const t = tokens[i - 1];
    if (t.cap && (TITLE_WORDS.has(t.lower) || PORTFOLIO_WORDS.has(t.lower)) && !HONORIFIC_TITLES.has(t.lower)) i--;
    else if (OFFICE_GLUE.has(t.lower) && tokens[i - 2]?.cap) i--;
    else break;
  }
  while (i < end && OFFICE_GLUE.has(tokens[i].lower)) i++;
  const words = tokens.slice(i, end).map((t) => t.lower);
  return words.some((w) => MINISTERIAL.has(w) || w === 'president' || w === 'premier' || w === 'chancellor') ? words : null;
}

const unitedNations = (tokens: Token[], i: number) => tokens[i]?.lower === 'united' && tokens[i + 1]?.lower === 'nations';
/** "UN chief …", "High Representative of the EU …": the title belongs to an organisation. */
function ownedByOrganisation(tokens: Token[], from: number, to: number): boolean {
  if (ORGANISATION_PREFIX.has(tokens[from - 1]?.lower ?? '')) return true;
  // ("United Nations Secretary General X", "Secretary-General of the United Nations X", 1.28.2.)
  if (unitedNations(tokens, from - 2)) return true;
  // ("UN Secretary-General Ban Ki-moon": over the hyphened first part of the title, 1.25.27.)
  if (tokens[from - 1]?.text === '-' && ORGANISATION_PREFIX.has(tokens[from - 3]?.lower ?? '')) return true;
  for (let x = from; x < to; x++) {
    if (tokens[x].lower !== 'of') continue;
    const n = tokens[x + 1]?.lower === 'the' ? x + 2 : x + 1;
    if (tokens[n] && ORGANISATION_PREFIX.has(tokens[n].lower)) return true;
    if (unitedNations(tokens, n)) return true;
  }
  return false;
}

/**
 * Reads "<country> <title> <Name>", "<title> of <country> <Name>" and "<title> <Name>" phrases.
 * `mentions` are the sentence's country mentions (from the lexicon).
 */
/** Whether a title run opens the first member of "between A and B" ("between the Pakistani Prime Minister"). */
function afterBetween(tokens: Token[], titleStart: number): boolean {
  for (let k = titleStart - 1; k >= 0 && k >= titleStart - 4; k--) {
    const w = tokens[k].lower;
    if (w === 'between') return true;
    if (w !== 'the' && w !== "'s" && !tokens[k].cap) return false;
  }
  return false;
}

const MINISTERIAL = new Set(['minister', 'ministers', 'secretary']);

/** A capitalised portfolio word at i that a ministerial title follows: "Transport (and Works) Minister". */
function portfolioBefore(tokens: Token[], i: number): boolean {
  if (!tokens[i]?.cap || !PORTFOLIO_WORDS.has(tokens[i].lower)) return false;
  for (let j = i + 1; j < tokens.length && j < i + 6; j++) {
    const w = tokens[j].lower;
    if (MINISTERIAL.has(w) && tokens[j].cap) return true;
    if (!(tokens[j].cap && PORTFOLIO_WORDS.has(w)) && w !== 'and' && w !== ',') return false;
  }
  return false;
}

/** A capitalised portfolio word at i inside a ministerial title: "Minister of Transport and Works". */
function portfolioAfter(tokens: Token[], i: number, words: string[]): boolean {
  return !!tokens[i]?.cap && PORTFOLIO_WORDS.has(tokens[i].lower) && words.some((w) => MINISTERIAL.has(w));
}

export function findOfficials(tokens: Token[], mentions: Mention[]): { officials: Official[]; offices: Office[] } {
  const officials: Official[] = [];
  const offices: Office[] = [];
  const mentionAt = new Map<number, Mention>();
  for (const m of mentions) mentionAt.set(m.from, m);
  const mentionEnding = new Map<number, Mention>();
  for (const m of mentions) mentionEnding.set(m.to, m);
  // Where each official's name ends, for an office set after it by a comma.
  const ends = new Map<Official, number>();
  for (let i = 0; i < tokens.length; i++) {
    if ((!titleWordAt(tokens, i) && !portfolioBefore(tokens, i)) || tokens[i].lower === 'mr' || tokens[i].lower === 'mrs') continue;
    // Title run, allowing "of <Country>" and "of Foreign Affairs" inside it.
    const titleStart = i;
    let j = i;
    let country: string | null = null;
    const words: string[] = [];
    while (j < tokens.length) {
      const t = tokens[j];
      if (titleWordAt(tokens, j) || portfolioBefore(tokens, j) || portfolioAfter(tokens, j, words)) {
        words.push(t.lower);
        j++;
        // ("President-elect X": the office-to-be is still the title before the name, 1.15.)
        if (tokens[j]?.text === '-' && tokens[j + 1]?.lower === 'elect' && tokens[j].start === t.end) j += 2;
        continue;
      }
      // "Minister of Foreign Affairs and Trade", "Deputy Prime Minister and Foreign Minister": one office run.
      // ("between the Pakistani Prime Minister and President X": "between … and" joins two sides, 1.14.)
      if (t.lower === 'and' && words.length > 0 && (TITLE_WORDS.has(tokens[j + 1]?.lower ?? '') || portfolioAfter(tokens, j + 1, words)) && tokens[j + 1].cap && !afterBetween(tokens, titleStart)) {
        j++;
        continue;
      }
      // ("Minister for Europe and Foreign Affairs", "Minister for Foreign Affairs and Trade": "for"
      // and the portfolio words after it belong to the title, 1.30.52.)
      if (t.lower === 'for' && words.some((w) => MINISTERIAL.has(w)) && (portfolioAfter(tokens, j + 1, words) || TITLE_WORDS.has(tokens[j + 1]?.lower ?? '') || tokens[j + 1]?.lower === 'europe')) {
        j++;
        if (tokens[j].lower === 'europe') {
          words.push('europe');
          j++;
        }
        continue;
      }
      if (t.lower === 'of' || t.lower === 'to' || t.lower === 'the') {
        const m = mentionAt.get(j + 1) ?? (tokens[j + 1]?.lower === 'the' ? mentionAt.get(j + 2) : undefined);
        if (m && t.lower === 'of' && m.iso3.length === 1 && m.kind === 'name') {
          country = m.iso3[0];
          j = m.to;
          continue;
        }
        // ("President of the Italian Republic", "Crown Prince of Abu Dhabi": a state's republic or its
        // capital after "of" names the office's state too, 1.30.47.)
        if (m && t.lower === 'of' && m.iso3.length === 1 && ((m.kind === 'demonym' && REPUBLIC_WORDS.has(tokens[m.to]?.lower ?? '')) || (m.kind === 'capital' && TITLE_WORDS.has(tokens[j - 1]?.lower ?? '')))) {
          country = m.iso3[0];
          j = m.kind === 'demonym' ? m.to + 1 : m.to;
          continue;
        }
        if (TITLE_WORDS.has(tokens[j + 1]?.lower ?? '') || portfolioAfter(tokens, j + 1, words)) {
          j++;
          continue;
        }
        // ("Minister of the Armed Forces": an article before the portfolio, 1.30.52.)
        if (t.lower === 'of' && tokens[j + 1]?.lower === 'the' && portfolioAfter(tokens, j + 2, words)) {
          j += 2;
          continue;
        }
      }
      break;
    }
    i = j - 1;
    if (ownedByOrganisation(tokens, titleStart, j)) continue;
    // The country before the title: "Japanese Foreign Minister", "Qatar's Foreign Minister", "Kremlin spokesman".
    // ("Australia's new Foreign Minister X", "the Indian former President Y": a word of tenure may
    // stand between the state and the title, 1.30.48.)
    const lead = TENURE.has(tokens[titleStart - 1]?.lower ?? '') ? titleStart - 1 : titleStart;
    let before = mentionEnding.get(lead);
    if (!before && tokens[lead - 1]?.lower === "'s") before = mentionEnding.get(lead - 1);
    // "Lao Party General Secretary and President X": a party office before the state office (1.15).
    if (!before && tokens[titleStart - 1]?.text === 'Party') {
      const d = mentionEnding.get(titleStart - 1);
      if (d && d.kind === 'demonym') before = d;
    }
    // ("In Solomon Islands Prime Minister Rudd held talks": a fronted place is where, not whose, 1.14.)
    const placed = before && before.kind === 'name' && ['in', 'at'].includes(tokens[before.from - 1]?.lower ?? '');
    if (!country && before && before.iso3.length === 1 && before.kind !== 'capital' && !placed) country = before.iso3[0];
    // ("Minister for Foreign Affairs, Dr Arzu Rana Deuba": an honorific alone before the name, with
    // an office and a comma before it, holds that office, 1.24.7.)
    const honorificOnly = words.every((w) => HONORIFIC_TITLES.has(w));
    const office = honorificOnly && tokens[titleStart - 1]?.lower === ',' ? officeEndingAt(tokens, titleStart - 1) : null;
    const role = normaliseRole(office ?? words);
    if (!role) continue;
    // The name: up to four capitalised tokens, hyphen-joined parts included ("Al-Attiyah").
    const nameToks: Token[] = [];
    let k = j;
    while (k < tokens.length && nameToks.length < 6) {
      const t = tokens[k];
      // "Marcelo Rebelo de Sousa", "Ursula von der Leyen": lower-case particles inside a name.
      // ("Hassan Sheikh Mohamud": "Sheikh" between two parts of a name is one of them, 1.24.13.)
      if (nameToks.length > 0 && (NAME_PARTICLES.has(t.text) || t.text === 'Sheikh') && isNameToken(tokens[k + 1]) && !mentionAt.has(k + 1)) {
        nameToks.push(t);
        k++;
        continue;
      }
      // ("Juan Ramon de la Fuente", "Ursula von der Leyen": two particles in a row, 1.30.42.)
      if (nameToks.length > 0 && NAME_PARTICLES.has(t.text) && NAME_PARTICLES.has(tokens[k + 1]?.text ?? '') && isNameToken(tokens[k + 2]) && !mentionAt.has(k + 2)) {
        nameToks.push(t, tokens[k + 1]);
        k += 2;
        continue;
      }
      // ("Bashar al-Assad", "Abdel Fattah el-Sisi": a particle joined to the next part by a hyphen, 1.30.11.)
      if (nameToks.length > 0 && hyphenedParticle(tokens, k) && !mentionAt.has(k + 2)) {
        nameToks.push(t, tokens[k + 1]);
        k += 2;
        continue;
      }
      // ("S. Kumar": an initial and its full stop open the name, 1.19.)
      if (/^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.text === '.' && tokens[k + 1].start === t.end && isNameToken(tokens[k + 2]) && !mentionAt.has(k + 2)) {
        nameToks.push(t, tokens[k + 1]);
        k += 2;
        continue;
      }
      // ("Lee Jae-myung", "Yoon Suk-yeol": a lower-case syllable joined by a hyphen ends a given name, 1.30.30.)
      const syllable = nameToks.length > 1 && nameToks[nameToks.length - 1].text === '-' && /^\p{Ll}+$/u.test(t.text) && tokens[k - 1].end === t.start;
      if ((isNameToken(t) || syllable || (nameToks.length > 0 && calendarSurname(tokens, k))) && !mentionAt.has(k)) {
        nameToks.push(t);
        k++;
      } else if (t.text === '-' && nameToks.length > 0 && tokens[k + 1] && tokens[k - 1].end === t.start && tokens[k + 1].start === t.end) {
        nameToks.push(t);
        k++;
      } else break;
    }
    while (nameToks.length > 0 && nameToks[nameToks.length - 1].text === '-') nameToks.pop();
    // Apposition: "his Ecuadorian counterpart, Gustavo Manrique,", "his counterpart of Suriname, Albert Ramdin,".
    if (nameToks.length === 0 && country && tokens[k]?.lower === ',') {
      // ("The Minister for Foreign Affairs of Iran, Dr Ali Rezaei,": an honorific opens the name, 1.30.1.)
      let b = k + 1;
      if (HONORIFIC_TITLES.has(tokens[b]?.lower ?? '') && tokens[b].cap) b += tokens[b + 1]?.text === '.' ? 2 : 1;
      let e = b;
      // ("the President of Ghana, Nana Akufo-Addo,": hyphen-joined parts belong to the name, 1.8.)
      const joined = (x: number) => tokens[x].text === '-' && tokens[x - 1]?.end === tokens[x].start && tokens[x + 1]?.start === tokens[x].end && isNameToken(tokens[x + 1]);
      while (e < tokens.length && e < k + 7 && (((isNameToken(tokens[e]) || (e > b && calendarSurname(tokens, e))) && !mentionAt.has(e)) || joined(e) || (e > b && hyphenedParticle(tokens, e)))) e++;
      const close = tokens[e]?.lower;
      // ("The British Prime Minister, Tony Blair is on a trip": a verb may close the name, 1.11.)
      const verbClose = e < tokens.length && /^\p{Ll}/u.test(tokens[e].text);
      if (e - b >= 2 && (close === ',' || close === '.' || close === undefined || close === 'and' || close === 'at' || close === 'in' || close === 'on' || verbClose)) {
        nameToks.push(...tokens.slice(b, e));
        k = e;
      }
    }
    // ("the Speaker of Maldives People's Majlis …": one word in the possessive right after the
    // state, before another capitalised word, names an institution of that state, not a person, 1.27.3.)
    const institution = nameToks.length === 1 && tokens[k]?.lower === "'s" && mentionEnding.has(j) && tokens[k + 1]?.cap === true;
    // ("His Highness Sheikh X, Crown Prince of Abu Dhabi and Deputy Supreme Commander …": an office of
    // a state right after an official's name and a comma is his, and what follows it is no name, 1.30.47.)
    // (Not when a name follows the office, "…, Prime Minister of the Republic of Armenia Nikol
    // Pashinyan": a list of officials; a lone capitalised word before "of" is the office going on.)
    const noName = nameToks.length === 0 || (nameToks.length === 1 && tokens[k]?.lower === 'of');
    const held = country && noName && tokens[titleStart - 1]?.lower === ',' ? officials.find((o) => ends.get(o) === titleStart - 1 && (!o.country || o.country === country)) : undefined;
    if (held) {
      held.country ??= country;
      // (An honorific before the name gives way to the office: "Sheikh X, Crown Prince of …".)
      if (HONORIFIC_ROLES.has(held.role)) held.role = role;
      continue;
    }
    // ("Sergio Mattarella, President of the Italian Republic", "Dr. Abiy Ahmed Ali, Prime Minister of
    // the Federal Democratic Republic of Ethiopia": a name set before its office by a comma, 1.30.47.)
    if (nameToks.length === 0 && country && tokens[titleStart - 1]?.lower === ',') {
      const named = nameBefore(tokens, titleStart - 1, mentionAt);
      if (named) {
        officials.push({ name: named, role, country });
        continue;
      }
    }
    if (nameToks.length === 0 || institution || INSTITUTIONS.has(tokens[k]?.lower ?? '')) {
      if (country) offices.push({ role, country });
      continue;
    }
    // "Foreign Minister Penny Wong of Australia", "King Abdullah of Jordan".
    if (!country && tokens[k]?.lower === 'of') {
      const m = mentionAt.get(k + 1) ?? (tokens[k + 1]?.lower === 'the' ? mentionAt.get(k + 2) : undefined);
      if (m && m.iso3.length === 1 && m.kind === 'name') country = m.iso3[0];
    }
    let name = '';
    for (let n = 0; n < nameToks.length; n++) {
      name += n > 0 && nameToks[n - 1].end === nameToks[n].start ? nameToks[n].text : (n > 0 ? ' ' : '') + nameToks[n].text;
    }
    // ("Secretary of State Cardinal X": a churchman holds the Holy See's office of that name.)
    const style = country || /^(cardinal|archbishop|monsignor)$/i.test(nameToks[0]?.text ?? '') ? undefined : officeStyle(words);
    const official: Official = style ? { name, role, country, style } : { name, role, country };
    officials.push(official);
    ends.set(official, k);
    i = k - 1;
  }
  officials.push(...pluralTitles(tokens, mentionAt));
  return { officials, offices };
}

const PLURAL_TITLES = new Map(Object.entries({ presidents: 'president', premiers: 'prime minister', ministers: 'minister', kings: 'king', emirs: 'emir' }));

/**
 * Two officials under one plural title, paired in order (1.12): "Presidents of Uzbekistan and
 * Kazakhstan Shavkat Mirziyoyev and Kassym-Jomart Tokayev", "Presidents Mauricio Macri of Argentina
 * and Jair Bolsonaro of Brazil", "Foreign Ministers A of X and B of Y".
 */
function pluralTitles(tokens: Token[], mentionAt: ReadonlyMap<number, Mention>): Official[] {
  const out: Official[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue;
    const base = PLURAL_TITLES.get(tokens[i].lower);
    if (!base) continue;
    const role = base === 'minister' ? normaliseRole([tokens[i - 1]?.lower ?? '', 'minister']) : base;
    if (role === 'minister' && !TITLE_WORDS.has(tokens[i - 1]?.lower ?? '')) continue;
    const state = (at: number): Mention | undefined => {
      const m = mentionAt.get(at) ?? (tokens[at]?.lower === 'the' ? mentionAt.get(at + 1) : undefined);
      return m && m.iso3.length === 1 && m.kind === 'name' ? m : undefined;
    };
    const nameAt = (at: number): number => {
      let e = at;
      while (e < tokens.length && e < at + 5 && ((isNameToken(tokens[e]) && !mentionAt.has(e)) || (tokens[e].text === '-' && e > at && isNameToken(tokens[e + 1])))) e++;
      return e - at >= 1 ? e : at;
    };
    const text = (a: number, b: number) => tokens.slice(a, b).reduce((acc, t, n) => acc + (n > 0 && tokens[a + n - 1].end !== t.start ? ' ' : '') + t.text, '');
    if (tokens[i + 1]?.lower === 'of') {
      // "Presidents of A and B N1 and N2"
      const a = state(i + 2);
      if (!a || tokens[a.to]?.lower !== 'and') continue;
      const b = state(a.to + 1);
      if (!b) continue;
      const e1 = nameAt(b.to);
      if (e1 - b.to < 2 || tokens[e1]?.lower !== 'and') continue;
      const e2 = nameAt(e1 + 1);
      if (e2 - (e1 + 1) < 2) continue;
      out.push({ name: text(b.to, e1), role, country: a.iso3[0] }, { name: text(e1 + 1, e2), role, country: b.iso3[0] });
      continue;
    }
    // "Presidents N1 of A and N2 of B"
    const e1 = nameAt(i + 1);
    if (e1 - (i + 1) < 2 || tokens[e1]?.lower !== 'of') continue;
    const a = state(e1 + 1);
    if (!a || tokens[a.to]?.lower !== 'and') continue;
    const e2 = nameAt(a.to + 1);
    if (e2 - (a.to + 1) < 2 || tokens[e2]?.lower !== 'of') continue;
    const b = state(e2 + 1);
    if (!b) continue;
    out.push({ name: text(i + 1, e1), role, country: a.iso3[0] }, { name: text(a.to + 1, e2), role, country: b.iso3[0] });
  }
  return out;
}

/**
 * The keys an official is later referred to by, in the tokenizer's segmentation: the full name and
 * each capitalised name part of three letters or more ("Hayashi", "Qin", "Battsetseg" of "B.Battsetseg"),
 * and a common two-letter family name written first ("Xi" of "Xi Jinping").
 */
export function nameKeys(name: string): string[] {
  const toks = tokenize(name);
  const keys = new Set<string>([toks.map((t) => t.lower).join(' ')]);
  for (const t of toks) {
    for (const part of t.text.split('.')) {
      // (A calendar word is no key alone: "Theresa May" is not every "May", 1.11.)
      if (part.length >= 3 && /^\p{Lu}/u.test(part) && !CALENDAR.has(part.toLowerCase())) keys.add(part.toLowerCase());
    }
  }
  // ("Chinese President Xi Jinping …, Xi said": a family name of two letters written first, as
  // Chinese and Korean names are, is how the person is named again, 1.30.10.)
  if (toks.length >= 2 && SHORT_FAMILY_NAMES.has(toks[0].text)) keys.add(toks[0].lower);
  return [...keys];
}

/**
 * Family names of two letters, in the romanisations that English-language news uses (Hanyu Pinyin,
 * Korean, Vietnamese, Cantonese): those common enough to name a leader or minister, and none that
 * is also an English word a sentence may open with ("He", "An", "So", "No", "Do" are left out), nor
 * a particle that opens European surnames ("Le Drian", "Du Plessis").
 */
const SHORT_FAMILY_NAMES = new Set(['Xi', 'Li', 'Hu', 'Wu', 'Lu', 'Yu', 'Qi', 'Xu', 'Fu', 'Ma', 'Oh', 'Ri', 'Ko', 'Ng', 'Yi']);
