/**
 * The officials of an article and their countries. Introduced once with a title ("Japanese
 * Foreign Minister Yoshimasa Hayashi"), an official is then followed by name ("Hayashi"). When the
 * introduction names no country, careful inference from the rest of the article fills it in.
 */
import { datelineEnd, isAfterLocationPreposition, placeThenCountry } from './roles';
import type { Mention } from './text/mentions';
import type { Office, Official } from './text/people';
import { cityAt } from './text/cities';
import { findOfficials, nameKeys, normaliseRole } from './text/people';
import type { Token } from './text/tokens';
import { ONWARD_ADVERBS, TITLE_WORDS, TRIP_NOUNS } from './text/words';
import { containsAny } from './text/word-sets';

interface RawSentence {
  tokens: Token[];
  mentions: Mention[];
  /** Lower-case tokens of the sentence. */
  words: ReadonlySet<string>;
}

/** An office with where the text names it (a body sentence and the token of its state), when known. */
interface PlacedOffice extends Office {
  sentence?: RawSentence;
  at?: number;
  /** Named as an institution ("Seoul's foreign ministry said"), not as a person's title. */
  institution?: boolean;
}

/** Offices named as "<Country|Demonym> <role>" with no holder, e.g. in a headline "Japan FM urges…". */
function officesIn(tokens: Token[], mentions: Mention[], sentence?: RawSentence): PlacedOffice[] {
  const out: PlacedOffice[] = [];
  for (const m of mentions) {
    if (m.iso3.length !== 1) continue;
    let k = m.to;
    if (tokens[k]?.lower === "'s") k++;
    const words: string[] = [];
    while (tokens[k] && (TITLE_WORDS.has(tokens[k].lower) || tokens[k].lower === 'ministry')) words.push(tokens[k++].lower);
    if (words.length > 0) {
      const role = normaliseRole(words);
      if (role && role !== 'counterpart') out.push({ role, country: m.iso3[0], sentence, at: m.from, institution: words.includes('ministry') });
    }
  }
  return out;
}

/**
 * Whether an office in a body sentence can be the official's: not when the sentence names him and
 * the office is not in apposition to his name ("an interaction with Modi, … the Bangladeshi Prime
 * Minister's visit to New Delhi" is another person's office; "Modi, the Indian Prime Minister, said"
 * is his, 1.23.0).
 */
function officeCanBe(o: Official, officials: Official[], f: PlacedOffice): boolean {
  // ("Foreign Minister X …, Seoul's foreign ministry said": a ministry speaks for its minister.)
  if (f.institution || !f.sentence || f.at === undefined || !named(o, officials, f.sentence)) return true;
  const t = f.sentence.tokens;
  const name = surname(o);
  // ("Obama … flew to Vientiane, becoming the first sitting U.S. president to visit Laos": the office
  // he became the first holder of to do something is his, 1.30.67.)
  const became = (i: number) => t.slice(i + 1, f.at!).some((x, j, xs) => BECOMING.has(x.lower) && xs[j + 1]?.lower === 'the' && FIRSTS.has(xs[j + 2]?.lower ?? '')) && f.at! - i <= 16;
  return t.some((x, i) => x.lower === name && ((t[i + 1]?.lower === ',' && f.at! > i + 1 && f.at! <= i + 4) || (f.at! > i && became(i))));
}

const BECOMING = new Set(['becoming', 'became', 'becomes', 'is', 'was']);
const FIRSTS = new Set(['first', 'only', 'second', 'third', 'last']);
/** From offices named elsewhere for the same role ("Japan FM", "Ukraine's president"), when only one fits. */
function inferFromOffices(officials: Official[], offices: PlacedOffice[]): void {
  for (const o of officials) {
    if (o.country) continue;
    // ("The French leader … veteran leader Denis Sassou Nguesso": a state whose head of state or
    // government the article names has its "leader" already, 1.30.54.)
    const taken = new Set(officials.filter((x) => x.country && (x.role === o.role || (o.role === 'leader' && STATE_ROLES.has(x.role)))).map((x) => x.country));
    const candidates = new Set(offices.filter((f) => f.role === o.role && !taken.has(f.country) && officeCanBe(o, officials, f)).map((f) => f.country));
    if (candidates.size === 1) o.country = [...candidates][0];
  }
  // "It is the Argentine leader's first foreign trip": a state's "leader" is the one head of state or
  // government the article leaves without a state, when no official of known state is that state's (1.15).
  // ("… alongside the Mexican leader": a leader whose state an official of known state already holds is he.)
  // ("President Putin held talks with Chinese leader Xi Jinping": a leader named as such holds it, 1.30.19.)
  const open = [...new Set(offices.filter((f) => f.role === 'leader').map((f) => f.country))].filter((c) => !officials.some((x) => x.country === c && (STATE_ROLES.has(x.role) || x.role === 'leader')));
  const stateless = officials.filter((o) => !o.country && STATE_ROLES.has(o.role));
  if (open.length === 1 && stateless.length === 1) stateless[0].country = open[0];
}

/**
 * Whether the official is named in the sentence. Namesakes ("President Gotabaya Rajapaksa" and
 * "Mahinda Rajapaksa") share a surname, so for them the whole name must be there (1.14).
 */
function named(o: Official, officials: Official[], s: RawSentence): boolean {
  if (!s.words.has(surname(o))) return false;
  if (!officials.some((x) => x !== o && surname(x) === surname(o))) return true;
  return o.name.toLowerCase().split(' ').every((w) => s.words.has(w));
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const surnames = new WeakMap<Official, string>();
function surname(o: Official): string {
  let s = surnames.get(o);
  if (s === undefined) {
    // ("Ferdinand R. Marcos Jr": a generational suffix is no surname, 1.30.51.)
    const parts = o.name.split(' ');
    while (parts.length > 1 && NAME_SUFFIXES.has(parts[parts.length - 1].toLowerCase().replace(/\.$/, ''))) parts.pop();
    s = parts[parts.length - 1].toLowerCase();
    // ("Amir-Abdollahian", "Akufo-Addo": the tokenizer splits at the hyphen, so the sentence's words
    // hold the last part, 1.30.75.)
    if (s.includes('-') && !s.endsWith('-')) s = s.slice(s.lastIndexOf('-') + 1);
    surnames.set(o, s);
  }
  return s;
}

/** Countries of the other sides in the sentences an official appears in: states and known officials. */
function sidesWith(o: Official, officials: Official[], s: RawSentence, exclude: (m: Mention) => boolean): Set<string> {
  const known = new Set<string>();
  for (const m of s.mentions) if (m.iso3.length === 1 && m.kind !== 'capital' && !exclude(m)) known.add(m.iso3[0]);
  for (const x of officials) if (x !== o && x.country && s.words.has(surname(x))) known.add(x.country);
  return known;
}

const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas']);
const SAID = new Set(['said', 'says', 'told', 'stated', 'added']);
const ABOUT = new Set(['discussed', 'discuss', 'discussing', 'about', 'regarding', 'on', 'over']);

/** "discussed President Moon Jae-in's state visit": the official is talked about, not present. */
/** The states of the other officials (of known state, another surname) that sentence s names. */
function othersNamed(o: Official, officials: Official[], s: RawSentence): string[] {
  return officials.filter((x) => x !== o && x.country && surname(x) !== surname(o) && named(x, officials, s)).map((x) => x.country!);
}

function talkedAbout(o: Official, s: RawSentence): boolean {
  const name = surname(o);
  const i = s.tokens.findIndex((t) => t.lower === name);
  if (i < 0) return false;
  if (s.tokens.slice(i + 1, i + 4).some((t) => t.lower === "'s")) return true;
  return s.tokens.slice(Math.max(0, i - 5), i).some((t) => ABOUT.has(t.lower));
}

/**
 * A headline about two countries ("Japan, Vietnam agree to boost ties") and a sentence pairing the
 * official with one of them: the official belongs to the other.
 */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
function inferFromTitlePair(officials: Official[], title: RawSentence, raw: RawSentence[]): void {
  // ("In US, PM X meets Palestinian President": where the headline places the story is no side, 1.24.0.)
  const headline = title.mentions.filter((m) => m.iso3.length === 1 && m.kind !== 'capital' && !isAfterLocationPreposition(title.tokens, m.from));
  const pair = [...new Set(headline.map((m) => m.iso3[0]))];
  if (pair.length !== 2) return;
  // ("PM holds bilateral talks with Turkey, Spain": two states met with, not a pair that acts, 1.21.8.)
  // ("PM X discusses Ukraine, Afghanistan as he holds talks with …": two states talked about, 1.28.0.)
  const first = headline[0];
  const lead = title.tokens[first.from - (title.tokens[first.from - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '';
  if (lead === 'with' || ABOUT.has(lead) || lead === 'discusses') return;
  for (const o of officials) {
    // ("The United States calls on Eritrea to …," spokesman Tom Casey said: a spokesman faces no
    // side; the state in his statement is his own, 1.26.2.)
    if (o.country || SPOKESPEOPLE.has(o.role)) continue;
    // (Not a namesake of another state's official: "Basil Rajapaksa … President Gotabaya Rajapaksa", 1.30.48.)
    if (officials.some((x) => x !== o && x.country && surname(x) === surname(o))) continue;
    const votes = new Set<string>();
    for (const s of raw) {
      // (Named by his whole name where a namesake is about: "Ram Thapa" is no sentence of "Hari Thapa", 1.30.49.)
      if (!named(o, officials, s) || talkedAbout(o, s)) continue;
      // ("When Chinese Foreign Minister Wang Yi visited Colombo, President X asked him …": with an
      // official of a third state, the sentence is no meeting of the headline's pair, 1.30.48.)
      if (othersNamed(o, officials, s).some((c) => !pair.includes(c))) continue;
      // "agenda in Venezuela included meetings with President X": placed in a third country, X is no member of the headline pair (1.8).
      // ("Modi reached Kigali on Monday and held talks with President X": a place reached or visited too, 1.30.61.)
      const reached = (m: Mention) => ['reached', 'visited', 'toured'].includes(s.tokens[m.from - 1]?.lower ?? '');
      if (s.mentions.some((m) => m.iso3.length === 1 && !pair.includes(m.iso3[0]) && (m.kind === 'name' || m.kind === 'capital') && (isAfterLocationPreposition(s.tokens, m.from) || reached(m)))) continue;
      // ("Prime Minister X greeted him on the tarmac, and PNG made an exception …", "X has said the pact
      // would not stop PNG …": a state named in another clause, or in what he said, faces him not, 1.30.60.)
      const at = s.tokens.findIndex((x) => x.lower === surname(o));
      const apart = (m: Mention) => {
        const [a, b] = m.from > at ? [at, m.from] : [m.to, at];
        return s.tokens.slice(a, b).some((x, i, xs) => x.lower === ';' || (x.lower === ',' && CLAUSE_JOINS.has(xs[i + 1]?.lower ?? '')) || SAID.has(x.lower));
      };
      const near = new Set(s.mentions.filter((m) => m.iso3.length === 1 && !apart(m)).map((m) => m.iso3[0]));
      const inPair = pair.filter((c) => sidesWith(o, officials, s, () => false).has(c) && (near.has(c) || othersNamed(o, officials, s).includes(c)));
      if (inPair.length === 1) votes.add(pair.find((c) => c !== inPair[0])!);
    }
    if (votes.size === 1) o.country = [...votes][0];
  }
}

/**
 * "Prime Minister Fumio Kishida met Mongolian President Khurelsukh in Tokyo": an official of no
 * stated country, a foreign side, and a place in a third country — the official is the host. When
 * the place is the foreign side's own, nothing is inferred (the official may be the visitor).
 */
const STATE_ROLES = new Set(['president', 'prime minister', 'foreign minister', 'deputy foreign minister', 'vice president', 'king', 'emir', 'chancellor', 'premier', 'crown prince', 'sultan']);
const MEETING_WORDS = new Set(['met', 'meet', 'meeting', 'meetings', 'talks', 'hosted', 'received', 'welcomed', 'summit', 'discussion', 'discussions', 'visit', 'visiting', 'counterpart', 'courtesy']);

const TRAVELLED = new Set(['travelled', 'traveled', 'flew', 'went', 'headed']);
const CALLED_OFF = new Set(['planned', 'cancelled', 'canceled', 'postponed', 'scheduled']);
const ARRIVED = new Set(['arrived', 'landed', 'reached']);
const INTERNATIONAL_SEATS = new Set(['brussels', 'geneva', 'new york', 'vienna', 'strasbourg', 'the hague', 'hague']);
const HOSTING = new Set(['hosted', 'hosts', 'hosting', 'host']);
const GATHERINGS = new Set(['summit', 'forum', 'conference', 'sidelines', 'assembly', 'games', 'congress', 'expo', 'dialogue']);

// People named by where they come from: "his counterparts from A", "a delegation from B" (1.18.12).
const PEOPLE_FROM = new Set(['counterpart', 'counterparts', 'delegation', 'delegations', 'envoy', 'envoys', 'leaders', 'leader', 'ministers', 'minister', 'officials', 'official', 'diplomats', 'guests', 'visitors', 'president', 'presidents']);

// What happens in a state that talks are about: "the situation in X", "developments in X".
const HAPPENINGS = new Set(['developments', 'situation', 'events', 'crisis', 'conflict', 'war', 'fighting', 'violence', 'elections', 'tensions', 'unrest', 'process', 'reforms', 'peace', 'security', 'stability', 'ceasefire']);

/** "developments in Chad": the state where something talked about happens. */
function happensIn(tokens: Token[], m: Mention): boolean {
  if (tokens[m.from - 1]?.lower !== 'in') return false;
  // ("peace and security including in Afghanistan", "the situation, especially in Mali": a word that
  // narrows the topic may stand before "in", 1.28.0.)
  let i = m.from - 2;
  if (NARROWING.has(tokens[i]?.lower ?? '')) i--;
  if (tokens[i]?.lower === ',') i--;
  return HAPPENINGS.has(tokens[i]?.lower ?? '');
}
const NARROWING = new Set(['including', 'especially', 'particularly', 'notably', 'mainly', 'also']);

function inferFromPlace(officials: Official[], raw: RawSentence[]): void {
  for (const o of officials) {
    if (o.country || !STATE_ROLES.has(o.role)) continue;
    const votes = new Set<string>();
    for (const s of raw) {
      if (!named(o, officials, s) || !containsAny(s.words, MEETING_WORDS)) continue;
      // ("a planned meeting in Laos with Philippine President X was called off": a meeting that did
      // not take place places no one, 1.30.67.)
      if (containsAny(s.words, CALLED_OFF) || (s.words.has('off') && (s.words.has('called') || s.words.has('put')))) continue;
      // ("ASTANA — Leaders of Central Asian countries and Germany met in Astana for their second
      // summit, with Chancellor X pushing for …": a gathering's venue is nobody's home unless he hosts
      // it, 1.30.44.)
      if (containsAny(s.words, GATHERINGS) && !containsAny(s.words, HOSTING)) continue;
      // ("COLOMBO – Talks between X, who is on a visit to Pakistan, and Y": a trip abroad told under a
      // home dateline; the dateline is not where they met, 1.15.)
      const abroad = s.mentions.some((m) => s.tokens[m.from - 1]?.lower === 'to' && TRIP_NOUNS.has(s.tokens[m.from - 2]?.lower ?? ''));
      // ("on the sidelines of East Asia Summit in Laos": a gathering's venue is nobody's home, 1.15.)
      // ("at the margin of the meeting": the singular too, 1.23.0.)
      const attending = s.words.has('sidelines') || s.words.has('margins') || s.words.has('margin') || s.words.has('attend') || s.words.has('attended') || s.words.has('attending');
      // (Nor is the dateline of a story filed from the gathering: "TOKYO (PTI) – … met his Chilean
      // counterpart on the sidelines of a regional forum", 1.19.)
      const dl = abroad || attending ? 0 : datelineEnd(s.tokens);
      // "in Abuja", a dateline, or a building then its city ("at the State House, Abuja").
      const afterBuilding = (m: Mention) => m.kind === 'capital' && s.tokens[m.from - 1]?.lower === ',' && /^[A-Z]/.test(s.tokens[m.from - 2]?.text ?? '') && s.tokens.slice(Math.max(0, m.from - 6), m.from).some((x) => x.lower === 'at' || x.lower === 'in');
      // ("on the margins of an ASEAN forum in Jakarta": whatever place
      // follows "sidelines / margins of" is the gathering's, 1.18.)
      const side = attending ? s.tokens.findIndex((x, i) => (x.lower === 'sidelines' || x.lower === 'margins' || x.lower === 'margin') && s.tokens[i + 1]?.lower === 'of') : -1;
      const venue = (m: Mention) => attending && (s.tokens.slice(Math.max(0, m.from - 5), m.from).some((x) => GATHERINGS.has(x.lower)) || (side >= 0 && m.from > side && m.from - side <= 16));
      // ("met his counterparts from A and B": "from" after people names where they come from, not
      // where the meeting was, 1.18.12.)
      // ("… from A, and from B", "… from A and B": the whole coordinated list.)
      const origin = (m: Mention) => {
        let at = m.from - 1;
        while (at > 0 && ['the', 'and', ',', 'from'].includes(s.tokens[at].lower) && !(s.tokens[at].lower === 'from' && PEOPLE_FROM.has(s.tokens[at - 1]?.lower ?? ''))) {
          const prev = s.mentions.find((x) => x.to === at);
          at = prev ? prev.from - 1 : at - 1;
        }
        return s.tokens[at]?.lower === 'from' && PEOPLE_FROM.has(s.tokens[at - 1]?.lower ?? '');
      };
      // ("… met his Dutch colleague, where the recent developments in Afghanistan were discussed": a state
      // where something happens that the talks were about is no venue, 1.25.7.)
      // ("held talks with Chinese leader Xi Jinping in the Kremlin": a seat of power is a place too, 1.30.19.)
      const isPlace = (m: Mention) => m.iso3.length === 1 && (m.kind === 'capital' || m.kind === 'name' || m.kind === 'seat') && (isAfterLocationPreposition(s.tokens, m.from) || m.to <= dl || afterBuilding(m)) && !venue(m) && !origin(m) && !happensIn(s.tokens, m);
      // "Abiy left for South Africa, concluding his state visit in Equatorial Guinea": where the
      // official himself is travelling, the place is the host's, not his (1.11).
      const travels = s.mentions.some((m) => {
        const at = s.tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
        const prep = s.tokens[at]?.lower ?? '';
        const prev = s.tokens[at - 1]?.lower ?? '';
        return wentTo(prep, prev) && lastOfficialBefore(officials, s.tokens, at) === o;
      });
      if (travels || frontedTrip(s.tokens, o)) continue;
      // ("a meeting in Brussels … when Kurti and Vucic accepted the text": the seats of international
      // bodies are where other states meet, not the home of whoever meets there, 1.30.53.)
      const seat = (m: Mention) => INTERNATIONAL_SEATS.has(s.tokens.slice(m.from, m.to).map((x) => x.lower).join(' '));
      const places = new Set(s.mentions.filter((m) => isPlace(m) && !seat(m)).map((m) => m.iso3[0]));
      // ("held talks with President X in Arequipa", "LIMA, May 9 – … met President X": a city of the
      // gazetteer, read where the sentence uses it as a place, is a place too, 1.30.55.)
      for (const c of cityPlaces(s, dl)) if (!venue(c) && !origin(c) && !happensIn(s.tokens, c)) places.add(c.iso3[0]);
      const sides = sidesWith(o, officials, s, isPlace);
      if (places.size !== 1 || sides.size !== 1) continue;
      const place = [...places][0];
      if (!sides.has(place)) votes.add(place);
    }
    if (votes.size === 1) o.country = [...votes][0];
  }
}

/** Cities (the gazetteer's, not in the lexicon) after a location preposition or in the dateline (before token `dl`). */
const cityPlacesOf = new WeakMap<RawSentence, Map<number, Mention[]>>();
function cityPlaces(s: RawSentence, dl: number): Mention[] {
  // (Asked for each official in each sentence that names him: read once per sentence.)
  let bySentence = cityPlacesOf.get(s);
  if (!bySentence) cityPlacesOf.set(s, (bySentence = new Map()));
  let out = bySentence.get(dl);
  if (!out) bySentence.set(dl, (out = readCityPlaces(s, dl)));
  return out;
}
function readCityPlaces(s: RawSentence, dl: number): Mention[] {
  const out: Mention[] = [];
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].cap || !(i < dl || isAfterLocationPreposition(t, i)) || s.mentions.some((m) => m.from <= i && i < m.to)) continue;
    const c = cityAt(t, i);
    if (!c) continue;
    out.push({ iso3: [c.iso3], kind: 'city', from: c.from, to: c.to, start: t[c.from].start, end: t[c.to - 1].end, text: '' });
    i = c.to - 1;
  }
  return out;
}

/**
 * "During his visit to Eswatini, X called on King Y and held discussions with Prime Minister Z": the
 * officials a visitor of known state meets in the sentence of his visit to one state are that
 * state's (1.25.33). Only an office of state (not an envoy), only one state visited in the sentence.
 */
function inferFromVisit(officials: Official[], raw: RawSentence[]): void {
  for (const s of raw) {
    if (!containsAny(s.words, TRIP_NOUNS) && !containsAny(s.words, TRAVELLED) && !containsAny(s.words, ARRIVED)) continue;
    const t = s.tokens;
    // ("travelled on to Tanzania, where he met …": an adverb of going on may stand before "to", 1.30.55.)
    const verbAt = (m: Mention) => (ONWARD_ADVERBS.has(t[m.from - 2]?.lower ?? '') ? m.from - 3 : m.from - 2);
    // ("Modi reached Kigali on Monday and held talks with President X", "arrived in Kigali": an arrival
    // names the place visited too, 1.30.61.)
    const arrivedAt = (m: Mention) => t[m.from - 1]?.lower === 'reached' || ((t[m.from - 1]?.lower === 'in' || t[m.from - 1]?.lower === 'at') && ARRIVED.has(t[m.from - 2]?.lower ?? ''));
    const visited = s.mentions.filter((m) => m.iso3.length === 1 && m.kind !== 'demonym' && m.kind !== 'person' && ((t[m.from - 1]?.lower === 'to' && (TRIP_NOUNS.has(t[verbAt(m)]?.lower ?? '') || TRAVELLED.has(t[verbAt(m)]?.lower ?? ''))) || arrivedAt(m)));
    const states = new Set(visited.map((m) => m.iso3[0]));
    if (states.size !== 1) continue;
    const [host] = states;
    const at = (o: Official) => t.findIndex((x) => x.lower === surname(o));
    const visitor = officials.find((o) => o.country && o.country !== host && named(o, officials, s) && at(o) > visited[0].to);
    // ("On Friday he travelled to Angola, where he held talks with President Joao Lourenco": a
    // traveller told by a pronoun before the trip, and the officials met there after it, 1.30.54.)
    // ("the Chinese foreign minister travelled on to Tanzania, where he met President X": a traveller
    // named by his state's office, 1.30.55.)
    const travelled = TRAVELLED.has(t[verbAt(visited[0])]?.lower ?? '') || arrivedAt(visited[0]);
    const pronoun = !visitor && travelled && t.slice(0, visited[0].from).some((x) => x.lower === 'he' || x.lower === 'she');
    const office = !visitor && travelled && s.mentions.some((m) => m.iso3.length === 1 && m.iso3[0] !== host && m.kind === 'demonym' && m.to < visited[0].from && TITLE_WORDS.has(t[m.to]?.lower ?? ''));
    // ("X made an unannounced visit to Kyiv on September 8, where he held talks with President Y": the
    // officials met in the clause that "where" opens after the place visited are the host's, 1.30.58.)
    const where = t.findIndex((x, i) => i >= visited[0].to && i <= visited[0].to + 8 && x.lower === 'where' && t[i - 1]?.lower === ',');
    // ("President X paid a visit to Saudi Arabia in April, … and met King Y in Jeddah": the traveller
    // named before the trip, his own state unwritten, 1.30.59.)
    const traveller = !visitor && officials.some((o) => o.country !== host && named(o, officials, s) && at(o) >= 0 && at(o) < visited[0].from);
    if (!visitor && !pronoun && !office && where < 0 && !traveller) continue;
    const visitorAt = visitor ? at(visitor) : where >= 0 ? where : visited[0].to;
    for (const o of officials) if (!o.country && outletOffice(o.role) && named(o, officials, s) && at(o) > visitorAt) o.country = host;
  }
}

/**
 * "Prime Minister Narendra Modi held talks with Portuguese President Marcelo Rebelo de Sousa …
 * his first visit to India": a national outlet often gives its own leaders no country. An official
 * of no stated country who meets a foreign side belongs to the one other country the article names
 * as an actor most often — when there is exactly one such country.
 */
// Sentences that pair an official with foreign sides: meetings, and the trips that took him abroad.
const HOME_CUES = new Set([...MEETING_WORDS, 'trip', 'tour', 'travelled', 'traveled', 'arrived', 'left', 'flew']);

// Plural or collective nouns of a state's own people in a story: "Indian officials", "the Pakistani side".
const OWN_SIDE = new Set(['officials', 'delegation', 'side', 'authorities', 'diplomats', 'sources']);

const ARRIVE = new Set(['arrived', 'arrives', 'landed', 'lands', 'reached']);

const DEPART_WORDS = new Set(['left', 'leaves', 'departed', 'headed', 'heads']);

/**
 * "Visiting Jakarta for the ASEAN meeting, Foreign Minister X held talks with …", "During his visit
 * to Lima, President X met …": a trip told before the subject is the subject's own, so the place
 * is not his home (1.23.0). True when the sentence opens with such a phrase and `o` is named
 * within the first words after its comma.
 */
function frontedTrip(tokens: Token[], o: Official): boolean {
  const first = tokens[0]?.lower ?? '';
  const trip = first === 'visiting' || ((first === 'during' || first === 'on') && tokens.slice(1, 4).some((x) => TRIP_NOUNS.has(x.lower)));
  if (!trip) return false;
  const comma = tokens.findIndex((x) => x.lower === ',');
  return comma > 0 && tokens.slice(comma + 1, comma + 7).some((x) => x.lower === surname(o));
}
const STAY_NOUNS = new Set(['visit', 'stay', 'tour', 'trip']);
const VISIT_VERBS = new Set(['visited', 'visits', 'toured']);

/**
 * Whether the words before a place (its preposition, and the word before that) make it where
 * someone went: "visited X", "arrived in X", "his visit to X", "left for X"; with `journeys`, also
 * "his journey to X".
 */
function wentTo(prep: string, prev: string, journeys = false): boolean {
  return VISIT_VERBS.has(prep) || ((prep === 'in' || prep === 'to') && (STAY_NOUNS.has(prev) || ARRIVE.has(prev) || (journeys && TRIP_NOUNS.has(prev)))) || (prep === 'for' && DEPART_WORDS.has(prev));
}

const PAIR_GLUE = new Set(['and', '-', '–', '—', '/']);
// ("Besides Chile and Ghana, the group's remaining members are …": members of a list, not a dyad, 1.19.)
const PAIR_OBJECT = new Set(['of', 'with', 'from', 'to', 'for', 'in', 'at', 'on', 'by', 'visited', 'met', 'including', 'like', 'as', 'besides', 'except', 'unlike']);

/** Country pairs written as one phrase: "India and the US", "India-US", "between Lima and Quito". */
function countryPairs(raw: RawSentence[]): [string, string][] {
  const out: [string, string][] = [];
  for (const s of raw) {
    const ms = s.mentions.filter((m) => m.iso3.length === 1 && m.kind !== 'person');
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i];
      const b = ms[i + 1];
      let gap = b.from - a.to;
      let j = a.to;
      if (s.tokens[j]?.lower === "'s") continue;
      if (gap === 2 && s.tokens[j + 1]?.lower === 'the') gap = 1;
      if (gap !== 1 || !PAIR_GLUE.has(s.tokens[j].lower) || a.iso3[0] === b.iso3[0]) continue;
      // "India and the US and Japan": a list, not a pair.
      const after = s.tokens[b.to]?.lower;
      // ("visited Guinea Conakry and …": a capital right after its country continues the name, 1.11.)
      const head = i > 0 && ms[i - 1].to === a.from && ms[i - 1].iso3[0] === a.iso3[0] ? ms[i - 1] : a;
      const before = s.tokens[head.from - 1]?.lower;
      if (after === ',' && ms[i + 2] && ms[i + 2].from <= b.to + 2) continue;
      if (before === ',' || (before === 'and' && i > 0)) continue;
      // "the top diplomats of Australia and the Philippines": guests listed, not a dyad.
      const lead = before === 'the' ? s.tokens[head.from - 2]?.lower : before;
      if (s.tokens[j].lower === 'and' && lead && PAIR_OBJECT.has(lead)) continue;
      out.push([a.iso3[0], b.iso3[0]]);
    }
  }
  return out;
}

const DASHES = new Set(['-', '–', '—']);
function inCompoundName(tokens: Token[], m: Mention): boolean {
  let end = m.to;
  // Walk the hyphen chain "China-Pakistan" forward, then look for a capitalised noun after it.
  while (DASHES.has(tokens[end]?.text ?? '') && /^[A-Z]/.test(tokens[end + 1]?.text ?? '')) {
    end += 2;
    while (end < tokens.length && /^[A-Z]/.test(tokens[end].text) && !DASHES.has(tokens[end].text) && tokens[end - 1].end === tokens[end].start) end++;
  }
  const joinedBefore = DASHES.has(tokens[m.from - 1]?.text ?? '') && tokens[m.from - 1].start === tokens[m.from - 2]?.end;
  if (end === m.to && !joinedBefore) return false;
  if (joinedBefore) {
    // The chain ends at this mention: what follows it decides.
    const next = tokens[m.to];
    return !!next && /^[A-Z]/.test(next.text) && !TITLE_WORDS.has(next.lower) && next.lower !== 'and';
  }
  const next = tokens[end];
  return !!next && /^[A-Z]/.test(next.text) && !TITLE_WORDS.has(next.lower) && next.lower !== 'and';
}

function inferHome(officials: Official[], raw: RawSentence[]): void {
  const pairs = countryPairs(raw);
  const counts = new Map<string, number>();
  for (const s of raw) {
    // "Peruvian officials said", "the Peruvian delegation": a state's own side, named by its demonym
    // before a group of its officials, is an actor of the article like its name (1.19).
    for (const m of s.mentions) {
      if (m.kind === 'demonym' && m.iso3.length === 1 && OWN_SIDE.has(s.tokens[m.to]?.lower ?? '') && s.tokens[m.from - 1]?.lower !== 'visiting') counts.set(m.iso3[0], (counts.get(m.iso3[0]) ?? 0) + 2);
    }
    // The end of the last place skipped as a destination: "visited Guinea Conakry and Equatorial Guinea" (1.11).
    let skippedEnd = -1;
    // ("TASHKENT, Uzbekistan — Leaders of … and Japan met": the dateline is where the story is filed,
    // not a side that acts in it, 1.30.44.)
    const dateline = s === raw[0] ? datelineEnd(s.tokens) : 0;
    for (const m of s.mentions) {
      if (m.to <= dateline) continue;
      const prev = s.tokens[m.from - 1]?.lower === 'the' ? s.tokens[m.from - 2]?.lower : s.tokens[m.from - 1]?.lower;
      const continues = skippedEnd >= 0 && (m.from === skippedEnd || (m.from - skippedEnd <= 2 && (prev === 'and' || prev === ',')));
      if (m.iso3.length === 1 && m.kind !== 'demonym' && m.kind !== 'person' && (VISIT_VERBS.has(prev ?? '') || continues)) {
        skippedEnd = m.to;
        continue;
      }
      if (m.iso3.length !== 1 || m.kind === 'demonym' || m.kind === 'person' || (isAfterLocationPreposition(s.tokens, m.from) && !possessiveInterest(s.tokens, m.to))) continue;
      // ("talks in Qingdao, east China": where, not who, 1.19.)
      if (m.kind === 'name' && placeThenCountry(s.tokens, m)) continue;
      // ("the recent developments in Chad were discussed": where the topic happens, 1.25.7.)
      if (happensIn(s.tokens, m)) continue;
      // "left for Port of Spain, the capital of Trinidad and Tobago": a destination or a part, not a home.
      if (prev === 'of' || prev === 'for' || prev === 'from') continue;
      // "the China-Pakistan Economic Corridor": a country inside the name of a thing acts in nothing (1.14).
      if (inCompoundName(s.tokens, m)) continue;
      // ("Russia's President Vladimir Putin": the state of another official, introduced with him, is his, 1.21.8.)
      if (introducesOfficial(s.tokens, m, officials)) continue;
      counts.set(m.iso3[0], (counts.get(m.iso3[0]) ?? 0) + 1);
    }
  }
  for (const o of officials) {
    if (o.country || (!STATE_ROLES.has(o.role) && !o.role.includes('minister') && !o.role.includes('secretary'))) continue;
    // The foreign side: officials of known country and "<Demonym> <title>" in the official's meeting sentences.
    const sides = new Set<string>();
    for (const s of raw) {
      if (!named(o, officials, s) || !containsAny(s.words, HOME_CUES)) continue;
      for (const c of othersNamed(o, officials, s)) sides.add(c);
      for (const m of s.mentions) {
        const next = s.tokens[m.to]?.lower ?? '';
        if (m.iso3.length === 1 && m.kind === 'demonym' && (TITLE_WORDS.has(next) || next === 'counterpart')) sides.add(m.iso3[0]);
        // "receives his counterpart from Colombia": the counterpart's state is the other side (1.13).
        if (m.iso3.length === 1 && ['from', 'of'].includes(s.tokens[m.from - 1]?.lower ?? '') && ['counterpart', 'counterparts'].includes(s.tokens[m.from - 2]?.lower ?? '')) sides.add(m.iso3[0]);
      }
      // "had separate meetings with leaders from Laos, Russia and Chile": the states listed after the guests' noun (1.15).
      for (const c of guestStates(s)) sides.add(c);
      // ("held bilaterals with Australia, Spain and Turkey": the states met with are the other sides, 1.21.8.)
      for (const c of statesWith(s)) sides.add(c);
    }
    // "his state visit to the US", "a trip that took him to …", "arrived in Washington": where the
    // official went is not his home.
    const away = new Set<string>();
    let travelled = false;
    for (const s of raw) {
      if (!named(o, officials, s)) continue;
      let awayEnd = -1;
      for (const m of s.mentions) {
        if (m.iso3.length !== 1) continue;
        const at = s.tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
        const prep = s.tokens[at]?.lower;
        // Only the official who travels: the last official named before the destination is he.
        const mover = lastOfficialBefore(officials, s.tokens, at) === o;
        if (mover && prep === 'in' && ARRIVE.has(s.tokens[at - 1]?.lower ?? '')) {
          away.add(m.iso3[0]);
          travelled = true;
          continue;
        }
        // "left for South Africa", "concluding his state visit in Equatorial Guinea", "visited Guinea
        // and Equatorial Guinea": a departure's destination, a stay's place, a visit's object (1.11).
        const prevWord = s.tokens[at - 1]?.lower ?? '';
        const went = (prep === 'for' && DEPART_WORDS.has(prevWord)) || (prep === 'in' && STAY_NOUNS.has(prevWord)) || VISIT_VERBS.has(prep ?? '');
        const listed = (prep === 'and' || prep === ',') && awayEnd >= 0 && at - awayEnd <= 1;
        if (mover && (went || listed)) {
          away.add(m.iso3[0]);
          awayEnd = m.to;
          travelled = true;
          continue;
        }
        if (prep !== 'to') continue;
        const lead = s.tokens.slice(Math.max(0, at - 6), at).map((t) => t.lower);
        const trip = lead.some((w) => TRIP_NOUNS.has(w));
        if (lead.includes('him') || lead.includes('her') || (lead.includes('his') && trip)) away.add(m.iso3[0]);
        if (trip && mover) {
          away.add(m.iso3[0]);
          travelled = true;
        }
      }
    }
    // "Prime Minister X has met with visiting Qatari Emir Y … The Emir arrived in Dhaka on Monday":
    // who receives a visiting guest is of the state the guest arrived in (1.15).
    if (sides.size > 0 && !travelled) {
      const host = visitedHost(o, officials, raw, sides);
      if (host) {
        o.country = host;
        continue;
      }
    }
    // An official who only travels (no foreign official named) still has a home: the trip's
    // destination is the other side.
    if (sides.size === 0 && !travelled) continue;
    const met = sides.size > 0;
    for (const c of away) sides.add(c);
    // ("X and Y agreed to keep working together between Brazil and Angola": a pair of states in
    // a sentence that names the official, one of them the side he faces there, gives him the other, 1.19.)
    const own = new Set<string>();
    for (const s of raw) {
      if (!named(o, officials, s)) continue;
      const here = new Set(othersNamed(o, officials, s));
      for (const [a, b] of countryPairs([s])) {
        if (here.has(a) && !here.has(b)) own.add(b);
        if (here.has(b) && !here.has(a)) own.add(a);
      }
    }
    if (own.size === 1 && !away.has([...own][0])) {
      o.country = [...own][0];
      continue;
    }
    const ranked = [...counts].filter(([c]) => !sides.has(c) && !away.has(c)).sort((a, b) => b[1] - a[1]);
    // ("Prime Minister X held talks with US President Y … a greater role by India": one state named
    // once, and only where the official is not, is enough when no other state competes and the
    // official met foreign sides, 1.19.)
    const lone = ranked.length === 1 && met && !raw.some((s) => named(o, officials, s) && s.mentions.some((m) => m.iso3[0] === ranked[0][0]));
    if (ranked.length > 0 && (ranked[0][1] >= 2 || lone) && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) {
      o.country = ranked[0][0];
      continue;
    }
    // ("trade ties between India and Thailand" with "his Thailand counterpart Paetongtarn" named: a tie
    // is broken against the states whose own officials the article names, 1.15.)
    if (ranked.length > 1 && ranked[0][1] >= 2 && ranked[0][1] === ranked[1][1]) {
      const top = ranked.filter(([, n]) => n === ranked[0][1]).map(([c]) => c).filter((c) => !officials.some((x) => x !== o && x.country === c));
      if (top.length === 1) {
        o.country = top[0];
        continue;
      }
    }
    // The dyad the article is about ("India and the US decided…", "India-US ties"): an official
    // facing one member of the pair belongs to the other, when exactly one such partner is named.
    const partners = new Set<string>();
    for (const [a, b] of pairs) {
      if (sides.has(a) && !sides.has(b)) partners.add(b);
      if (sides.has(b) && !sides.has(a)) partners.add(a);
    }
    if (partners.size === 1) {
      o.country = [...partners][0];
      continue;
    }
    // "… will hold a meeting with Nigerians in South Africa before returning to Abuja": where a
    // traveller returns to is his home (1.15).
    const back = travelled ? returnHome(o, officials, raw) : null;
    if (back && !away.has(back) && !sides.has(back)) {
      o.country = back;
      continue;
    }
    // "COLOMBO (News 1st) – … President X, who is on an official visit to Pakistan": a traveller of
    // no written state, in a story filed from a city of another state, is of that state (1.15).
    const home = travelled ? datelineState(raw) : null;
    if (home && !away.has(home) && !sides.has(home)) o.country = home;
  }
}

/** "Russia's President Vladimir Putin": a state's name, its possessive and titles, then an official of that state. */
function introducesOfficial(tokens: Token[], m: Mention, officials: Official[]): boolean {
  let i = tokens[m.to]?.lower === "'s" ? m.to + 1 : m.to;
  const titled = i;
  while (i < tokens.length && i < titled + 4 && TITLE_WORDS.has(tokens[i].lower)) i++;
  if (i === titled) return false;
  const word = tokens[i]?.lower ?? '';
  return officials.some((o) => o.country === m.iso3[0] && o.name.toLowerCase().split(' ').some((part) => part === word));
}

/** The states named right after "with", and the list they open: "with Australia, Spain and Turkey". */
function statesWith(s: RawSentence): string[] {
  const out: string[] = [];
  let lastEnd = -1;
  for (const m of s.mentions) {
    if (m.iso3.length !== 1 || (m.kind !== 'name' && m.kind !== 'capital')) continue;
    const at = s.tokens[m.from - 1]?.lower === 'the' ? m.from - 1 : m.from;
    const prev = s.tokens[at - 1]?.lower;
    const listed = lastEnd >= 0 && (prev === ',' || prev === 'and') && (at - 1 === lastEnd || (at - 2 === lastEnd && s.tokens[lastEnd]?.lower === ','));
    if (prev === 'with' || listed) {
      out.push(m.iso3[0]);
      lastEnd = m.to;
    } else lastEnd = -1;
  }
  return out;
}

const RETURN_WORDS = new Set(['returning', 'return', 'returned', 'returns']);
/** The one state whose capital (or name) follows "return(ing) to" in the sentences naming the official. */
function returnHome(o: Official, officials: Official[], raw: RawSentence[]): string | null {
  const homes = new Set<string>();
  for (const s of raw) {
    if (!named(o, officials, s) || !containsAny(s.words, RETURN_WORDS)) continue;
    for (const m of s.mentions) {
      if (m.iso3.length !== 1 || (m.kind !== 'capital' && m.kind !== 'name')) continue;
      const home = s.tokens[m.from - 1]?.lower === 'home' ? m.from - 1 : m.from;
      if (s.tokens[home - 1]?.lower === 'to' && RETURN_WORDS.has(s.tokens[home - 2]?.lower ?? '')) homes.add(m.iso3[0]);
    }
  }
  return homes.size === 1 ? [...homes][0] : null;
}

/** Offices held abroad or that speak for others: no home under a dateline. */
const ABROAD_ROLES = ['ambassador', 'envoy', 'representative', 'spokes', 'counterpart', 'commissioner', 'high'];

/**
 * "WASHINGTON (Reuters) - President Barack Obama met Indian Prime Minister Narendra Modi at the White
 * House": an official of no written state who meets another state's, in a story filed from a city of
 * a third state, is of the dateline's state: a wire names its home state's officials without their
 * state and a foreign one with it. Not where the meeting is told to be elsewhere or at a gathering
 * (the dateline is then the gathering's city: "TOKYO (PTI) – X met his Russian counterpart on the
 * sidelines of a forum"), nor in an outlet of another state (1.30.19).
 */
function inferFromDateline(officials: Official[], raw: RawSentence[], outlet: string | null): void {
  if (officials.every((o) => o.country)) return;
  const dateline = datelineState(raw);
  if (!dateline) return;
  if (outlet && outlet !== dateline) {
    // ("HANOI — President Marcos … also met Prime Minister Pham Minh Chinh", in a Philippine release: an
    // outlet's own leader abroad meets the officials of the state its dateline names, 1.30.51.)
    for (const o of officials) {
      if (o.country || ABROAD_ROLES.some((r) => o.role.includes(r))) continue;
      if (metByOutletOfficial(o, officials, raw, outlet)) o.country = dateline;
    }
    return;
  }
  for (const o of officials) {
    // (Any office of the home state, "Chief Adviser Muhammad Yunus" too, but not an envoy: a foreign
    // ambassador is often where the story is filed, 1.30.36.)
    if (o.country || ABROAD_ROLES.some((r) => o.role.includes(r))) continue;
    let met = false;
    let elsewhere = false;
    for (const s of raw) {
      if (!named(o, officials, s) || !containsAny(s.words, MEETING_WORDS)) continue;
      if (containsAny(s.words, GATHERINGS) || s.words.has('sidelines') || s.words.has('margins') || s.words.has('margin')) elsewhere = true;
      for (const m of s.mentions) {
        if (m.iso3.length !== 1) continue;
        // ("…, after his visit to Lilongwe": a trip to the dateline's state makes him its guest.)
        const trip = TRIP_NOUNS.has(s.tokens[m.from - 2]?.lower ?? '') && s.tokens[m.from - 1]?.lower === 'to';
        if (m.iso3[0] === dateline) {
          if (trip) elsewhere = true;
          continue;
        }
        if (isAfterLocationPreposition(s.tokens, m.from) || trip) elsewhere = true;
        // The other side: a demonym before a title or "counterpart" ("Indian Prime Minister", "his Chinese counterpart").
        if (m.kind === 'demonym' && (TITLE_WORDS.has(s.tokens[m.to]?.lower ?? '') || s.tokens[m.to]?.lower === 'counterpart')) met = true;
      }
      if (officials.some((x) => x !== o && x.country && x.country !== dateline && named(x, officials, s))) met = true;
    }
    if (met && !elsewhere) o.country = dateline;
  }
}

/** Whether an official of the outlet's state meets o in a sentence that names both and a meeting. */
function metByOutletOfficial(o: Official, officials: Official[], raw: RawSentence[], outlet: string): boolean {
  return raw.some((s) => named(o, officials, s) && containsAny(s.words, MEETING_WORDS) && officials.some((x) => x !== o && x.country === outlet && named(x, officials, s)));
}

/** The state of the article's dateline city ("COLOMBO (News 1st) –"), when the first sentence opens with one. */
function datelineState(raw: RawSentence[]): string | null {
  const first = raw[0];
  if (!first) return null;
  const end = datelineEnd(first.tokens);
  if (end <= 0) return null;
  const m = first.mentions.find((x) => x.from < end && x.iso3.length === 1 && (x.kind === 'capital' || x.kind === 'name'));
  return m ? m.iso3[0] : null;
}

// "it was in the UK's interests", "in Kenya's favour": a possessive after "in" names whose interest, not a place (1.15).
const INTEREST_NOUNS = new Set(['interest', 'interests', 'favour', 'favor', 'benefit', 'name', 'view', 'hands']);
function possessiveInterest(tokens: Token[], to: number): boolean {
  if (tokens[to]?.lower !== "'s") return false;
  let k = to + 1;
  if (['own', 'best', 'national', 'long-term', 'vital'].includes(tokens[k]?.lower ?? '')) k++;
  return INTEREST_NOUNS.has(tokens[k]?.lower ?? '');
}

const GUEST_NOUNS = new Set(['leaders', 'counterparts', 'presidents', 'officials', 'ministers', 'delegations', 'heads']);
const GUEST_LEAD = new Set(['his', 'her', 'their', 'the', 'foreign', 'several', 'other', 'top']);
/** The states of "… with leaders from A, B and C" (or "of"): a list after a plural noun of officials met (1.15). */
export function guestStates(s: RawSentence): string[] {
  const t = s.tokens;
  const out: string[] = [];
  // ("with his counterparts from A, B and C", "met the foreign ministers of A and B": a possessive or
  // an adjective may stand before the noun, 1.19.)
  const met = (i: number) => {
    let j = i - 2;
    while (j > i - 5 && GUEST_LEAD.has(t[j]?.lower ?? '')) j--;
    return ['with', 'met', 'meets', 'meeting'].includes(t[j]?.lower ?? '');
  };
  const at = t.findIndex((x, i) => (x.lower === 'from' || x.lower === 'of') && GUEST_NOUNS.has(t[i - 1]?.lower ?? '') && met(i));
  if (at < 0) return out;
  let end = at + 1;
  for (const m of s.mentions) {
    if (m.from < end) continue;
    if (m.from !== end && !(m.from === end + 1 && [',', 'and', 'the'].includes(t[end].lower)) && !(m.from === end + 2 && t[end].lower === ',' && t[end + 1].lower === 'and')) break;
    if (m.iso3.length !== 1 || m.kind === 'person' || m.kind === 'demonym') break;
    out.push(m.iso3[0]);
    end = m.to;
  }
  return out;
}

/** The one state a guest "visiting <Demonym> …" met by `o` arrived in, named by its capital or name after "arrived in". */
function visitedHost(o: Official, officials: Official[], raw: RawSentence[], sides: Set<string>): string | null {
  const guests = new Set<string>();
  for (const s of raw) {
    if (!named(o, officials, s) || !s.words.has('visiting')) continue;
    for (const m of s.mentions) if (m.iso3.length === 1 && m.kind === 'demonym' && s.tokens[m.from - 1]?.lower === 'visiting') guests.add(m.iso3[0]);
  }
  if (guests.size !== 1) return null;
  const hosts = new Set<string>();
  for (const s of raw) {
    if (named(o, officials, s)) continue;
    for (const m of s.mentions) {
      if (m.iso3.length !== 1 || (m.kind !== 'capital' && m.kind !== 'name') || s.tokens[m.from - 1]?.lower !== 'in' || !ARRIVE.has(s.tokens[m.from - 2]?.lower ?? '')) continue;
      hosts.add(m.iso3[0]);
    }
  }
  const [guest] = guests;
  if (hosts.size !== 1 || hosts.has(guest) || ![...sides].every((c) => c === guest)) return null;
  return [...hosts][0];
}

function lastOfficialBefore(officials: Official[], tokens: Token[], k: number): Official | null {
  for (let i = k - 1; i >= 0; i--) {
    const w = tokens[i].lower;
    const o = officials.find((x) => surname(x) === w);
    if (o) return o;
  }
  return null;
}

/** Lower-case text without combining marks ("élisabeth" → "elisabeth"); ASCII is returned as is. */
export function foldAccents(x: string): string {
  return /[^\x00-\x7f]/.test(x) ? x.normalize('NFD').replace(/\p{M}/gu, '') : x;
}

const keyCache = new WeakMap<Official, string[]>();
function keysOf(o: Official): string[] {
  let k = keyCache.get(o);
  if (!k) {
    k = nameKeys(o.name);
    keyCache.set(o, k);
  }
  return k;
}

export interface OfficialRegistry {
  officials: Official[];
  /** Lower-case name key (full name or a name part) → the official; keys shared by two countries are dropped. */
  byKey: Map<string, Official>;
  /** Proper prefixes of multi-word keys, so a name scan stops early. */
  prefixes: Set<string>;
  /** The state of the article's outlet, when its name or address says (outletHome), else null. */
  home: string | null;
}

const LEADS = new Set(['leading', 'leads', 'led', 'heads', 'headed', 'heading']);

/**
 * "The Equatorial Guinea delegation was led by the Deputy Minister …, Bonifacio Mitogo Bindang":
 * who leads a country's delegation acts for that country (1.8).
 */
function inferFromDelegation(officials: Official[], raw: RawSentence[]): void {
  if (!officials.some((o) => !o.country)) return;
  for (const r of raw) {
    if (!r.words.has('delegation')) continue;
    const t = r.tokens;
    for (let k = 1; k < t.length; k++) {
      if (t[k].lower !== 'delegation') continue;
      const owner = r.mentions.find((m) => m.iso3.length === 1 && (m.to === k || (t[m.to]?.lower === "'s" && m.to + 1 === k)));
      if (!owner) continue;
      // ("Qureshi, who is accompanied by senior officials, is leading the Pakistani delegation": the
      // active voice, the official last named before the verb, 1.21.2.)
      const lead = owner.from - (t[owner.from - 1]?.lower === 'the' ? 2 : 1);
      if (LEADS.has(t[lead]?.lower ?? '')) {
        const o = lastOfficialBefore(officials, t, lead);
        if (o && !o.country) o.country = owner.iso3[0];
        continue;
      }
      let by = k + 1;
      while (by < t.length && by < k + 4 && t[by].lower !== 'led') by++;
      if (t[by]?.lower !== 'led' || t[by + 1]?.lower !== 'by') continue;
      const span = t.slice(by + 2, Math.min(t.length, by + 20));
      const stop = span.findIndex((x) => x.lower === '.' || x.lower === ';' || x.lower === 'accompanied');
      const words = new Set((stop >= 0 ? span.slice(0, stop) : span).map((x) => x.lower));
      const led = officials.filter((o) => !o.country && words.has(surname(o)));
      if (led.length === 1) led[0].country = owner.iso3[0];
    }
  }
}

/**
 * "He met the Latvian Prime Minister Ann Vale and President Tom Reed": a demonym before the first
 * of two titled officials coordinated by "and" covers the second too, when the article gives the
 * second no state of its own (1.17). Only a title right after "and", and a first official of that
 * state or of none.
 */
function inferFromCoordinatedTitle(officials: Official[], raw: RawSentence[]): void {
  if (!officials.some((o) => !o.country)) return;
  const nameAt = (t: Token[], i: number): { name: string; end: number } | null => {
    let j = i;
    while (j < t.length && t[j].cap && !TITLE_WORDS.has(t[j].lower) && j < i + 4) j++;
    return j > i ? { name: t.slice(i, j).map((x) => x.text).join(' '), end: j } : null;
  };
  for (const r of raw) {
    if (!r.words.has('and')) continue;
    const t = r.tokens;
    for (const m of r.mentions) {
      if (m.kind !== 'demonym' || m.iso3.length !== 1 || !TITLE_WORDS.has(t[m.to]?.lower ?? '')) continue;
      let i = m.to;
      while (i < t.length && TITLE_WORDS.has(t[i].lower)) i++;
      if (i === m.to) continue;
      const first = nameAt(t, i);
      if (!first || t[first.end]?.lower !== 'and') continue;
      let j = first.end + 1;
      const titled = j;
      while (j < t.length && TITLE_WORDS.has(t[j].lower) && t[j].cap) j++;
      if (j === titled) continue;
      const second = nameAt(t, j);
      if (!second) continue;
      const a = officials.find((o) => o.name === first.name);
      const b = officials.find((o) => o.name === second.name);
      if (b && !b.country && (!a || !a.country || a.country === m.iso3[0])) b.country = m.iso3[0];
    }
  }
}

/** A lower-case name with the full stops after its initials dropped ("s. jaishankar" → "s jaishankar"). */
const plainInitials = (name: string) => name.replace(/\b(\p{L})\.\s*/gu, '$1 ').replace(/\s+/g, ' ').trim();

export function collectOfficials(raw: RawSentence[], title: RawSentence, home: string | null = null, release = false): OfficialRegistry {
  const officials: Official[] = [];
  const inTitle = findOfficials(title.tokens, title.mentions);
  const offices: PlacedOffice[] = [...officesIn(title.tokens, title.mentions), ...inTitle.offices];
  // ("Indian PM Modi joins …" over "Modi arrived in Dhaka …": an official the title introduces with
  // a state is followed in the body, 1.25.14.)
  for (const o of inTitle.officials) if (o.country && !officials.some((x) => x.name === o.name)) officials.push(o);
  for (const r of raw) {
    // Nothing to collect without a title word: the common case, checked cheaply.
    if (!containsAny(r.words, TITLE_WORDS)) continue;
    const found = findOfficials(r.tokens, r.mentions);
    // (Where the sentence names the office's state: for officeCanBe.)
    const placed = found.offices.map((f) => ({ ...f, sentence: r, at: r.mentions.find((m) => m.iso3.length === 1 && m.iso3[0] === f.country)?.from }));
    offices.push(...placed, ...officesIn(r.tokens, r.mentions, r));
    for (const o of found.officials) {
      const lower = foldAccents(o.name.toLowerCase());
      // ("S. Jaishankar" and "S Jaishankar": an initial with or without its full stop, 1.22.5.)
      const plain = plainInitials(lower);
      const same = officials.find((x) => x.name === o.name || keysOf(x).some((k) => foldAccents(k) === lower) || plainInitials(foldAccents(x.name.toLowerCase())) === plain);
      if (same) {
        if (!same.country && o.country) same.country = o.country;
        if (!same.style && o.style) same.style = o.style;
      } else officials.push(o);
    }
  }
  // A counterpart holds the same office as the official across the table.
  const counterparts = new Set(officials.filter((o) => o.role === 'counterpart'));
  // (The official named last before it, in text order: "President A … Foreign Minister B travelled
  // … for talks with his Canadian counterpart C" makes C a foreign minister, 1.30.42.)
  for (const [n, o] of officials.entries()) {
    if (o.role !== 'counterpart') continue;
    const other = officials.slice(0, n).reverse().find((x) => x.role !== 'counterpart') ?? officials.find((x) => x !== o && x.role !== 'counterpart');
    if (other) o.role = other.role;
  }
  // ("President Putin" in a heading, "Russian President Vladimir Putin" below: one person. A bare
  // surname under the same title is the one fuller name it ends, and is dropped, 1.19.)
  for (let n = officials.length - 1; n >= 0; n--) {
    const o = officials[n];
    if (o.name.includes(' ')) continue;
    const full = officials.filter((x) => x !== o && x.role === o.role && x.name.includes(' ') && surname(x) === o.name.toLowerCase());
    if (full.length !== 1 || (o.country && full[0].country && o.country !== full[0].country)) continue;
    full[0].country ??= o.country;
    officials.splice(n, 1);
  }
  // ("External Affairs Minister X": a style of office that one state alone uses names his state
  // before any inference from places or pairs, unless the article names another holder of that
  // state's same office, 1.20.)
  for (const o of officials) {
    if (!o.country && o.style && !officials.some((x) => x !== o && x.country === o.style && x.role === o.role)) o.country = o.style;
  }
  inferFromCoordinatedTitle(officials, raw);
  // (Before the offices named elsewhere: "Minister Dr Rana also met X, State Minister for Foreign
  // Affairs of Japan" in a Nepali outlet names Japan's office for X, not for the outlet's own
  // minister, 1.24.7.)
  if (home) inferFromOutlet(officials, raw, home, counterparts, release);
  inferFromOffices(officials, offices);
  inferFromDelegation(officials, raw);
  inferFromTitlePair(officials, title, raw);
  // (Before the places: what the official himself says of two states outweighs where he met.)
  inferFromBetween(officials, raw);
  inferFromPlace(officials, raw);
  inferFromVisit(officials, raw);
  inferHome(officials, raw);
  inferFromDateline(officials, raw, home);

  const byKey = new Map<string, Official>();
  const clash = new Set<string>();
  for (const o of officials) {
    if (!o.country) continue;
    // Keys are accent-folded too: "Élisabeth Borne" is followed as "Elisabeth Borne" (1.10).
    for (const k of new Set(keysOf(o).flatMap((x) => [x, foldAccents(x)]))) {
      const had = byKey.get(k);
      if (had && had.country !== o.country) clash.add(k);
      byKey.set(k, o);
    }
  }
  for (const k of clash) byKey.delete(k);
  // (Offices of the outlet's state named with no holder, "the Prime Minister said", are read in
  // analysis.ts against `home`.)
  const prefixes = new Set<string>();
  for (const k of byKey.keys()) {
    const parts = k.split(' ');
    for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
  }
  return { officials, byKey, prefixes, home };
}

// Offices a national outlet names for its own state without writing the state: heads of state and
// government, ministers and secretaries of its cabinet. Not envoys: "Ambassador X" in a national
// outlet is as often the foreign one accredited there.
const outletOffice = (role: string) => STATE_ROLES.has(role) || role.includes('minister') || role.includes('secretary');
// The staff of a head of government a release names by office alone: "National Security Advisor X".
const STAFF_OFFICE = /advis|coordinator|spokes/;

/**
 * "Prime Minister X held bilateral talks with …" in an outlet of X's own state: its readers need no
 * state beside their own leaders, so a state's office that nothing in the article ties to a state
 * is the outlet's state's (1.24). Not a guest ("visiting Prime Minister X"), not a counterpart, and
 * not where the article names another holder of that office of that state, nor one who travels
 * to that state. Runs after what the article writes beside the official (a style, a coordinated
 * title) and before the guesses from offices, places and counts.
 */
function inferFromOutlet(officials: Official[], raw: RawSentence[], home: string, counterparts: Set<Official>, release: boolean): void {
  const dateline = datelineState(raw);
  const abroad = !!dateline && dateline !== home;
  for (const o of officials) {
    // (A state's own release names its advisers and coordinators too without the state, 1.30.2.)
    if (o.country || counterparts.has(o) || !(outletOffice(o.role) || (release && STAFF_OFFICE.test(o.role)))) continue;
    if (officials.some((x) => x !== o && x.country === home && x.role === o.role)) continue;
    if (raw.some((s) => introducedAsGuest(s.tokens, o) || (named(o, officials, s) && travelsTo(s, home, o)))) continue;
    // (Under a dateline abroad, whom the outlet's own officials meet is left to the dateline, 1.30.51.)
    if (abroad && metByOutletOfficial(o, officials, raw, home)) continue;
    // ("President X paid a visit to Saudi Arabia and met King Y and Crown Prince Z in Jeddah": whom
    // the outlet's official met in another state is left to the place, 1.30.59.)
    if (raw.some((s) => metAbroad(s, o, officials, home))) continue;
    // ("Sri Lankan Finance Minister Basil Rajapaksa … President Gotabaya Rajapaksa" in an Indian paper:
    // a namesake of another state's official is left to the text, not given the outlet's state, 1.30.48.)
    if (officials.some((x) => x !== o && x.country && x.country !== home && surname(x) === surname(o))) continue;
    o.country = home;
  }
}

const MET = new Set(['met', 'meets', 'meeting', 'with']);
/** `o` is named after "met" (or "talks with") in a sentence whose one place is in a state other than `home`. */
function metAbroad(s: RawSentence, o: Official, officials: Official[], home: string): boolean {
  if (!named(o, officials, s) || !containsAny(s.words, MEETING_WORDS)) return false;
  const t = s.tokens;
  const at = t.findIndex((x) => x.lower === surname(o));
  if (!t.slice(Math.max(0, at - 12), at).some((x) => MET.has(x.lower))) return false;
  // ("met Trump at the White House": a seat of power is a place too, 1.30.65.)
  const places = new Set(s.mentions.filter((m) => m.iso3.length === 1 && (m.kind === 'capital' || m.kind === 'name' || m.kind === 'seat') && isAfterLocationPreposition(t, m.from)).map((m) => m.iso3[0]));
  for (const c of cityPlaces(s, 0)) places.add(c.iso3[0]);
  return places.size === 1 && !places.has(home);
}

/**
 * "President Barack Obama and Russian President Vladimir Putin met … Obama told reporters that gaps of
 * trust remained between Washington and Moscow": where the official speaks of relations "between A
 * and B" and B is the state of an official he met, he is A's (1.30.67).
 */
function inferFromBetween(officials: Official[], raw: RawSentence[]): void {
  for (const o of officials) {
    if (o.country || !STATE_ROLES.has(o.role)) continue;
    const partners = new Set<string>();
    for (const s of raw) if (named(o, officials, s) && containsAny(s.words, MEETING_WORDS)) for (const c of othersNamed(o, officials, s)) partners.add(c);
    if (partners.size === 0) continue;
    const votes = new Set<string>();
    for (const s of raw) {
      if (!named(o, officials, s) || !s.words.has('between')) continue;
      const t = s.tokens;
      for (let i = 0; i < t.length; i++) {
        if (t[i].lower !== 'between') continue;
        const a = s.mentions.find((m) => m.from === i + 1 && m.iso3.length === 1 && m.kind !== 'person' && m.kind !== 'demonym');
        const b = a && t[a.to]?.lower === 'and' ? s.mentions.find((m) => m.from === a.to + 1 && m.iso3.length === 1 && m.kind !== 'person' && m.kind !== 'demonym') : undefined;
        if (!a || !b || a.iso3[0] === b.iso3[0]) continue;
        const [x, y] = [a.iso3[0], b.iso3[0]];
        if (partners.has(x) !== partners.has(y)) votes.add(partners.has(x) ? y : x);
      }
    }
    if (votes.size === 1) o.country = [...votes][0];
  }
}

/** "X's visit to Washington last December", "X arrived in Nairobi": an official who goes to a state is none of its own. */
function travelsTo(s: RawSentence, state: string, o: Official): boolean {
  return s.mentions.some((m) => {
    if (m.iso3.length !== 1 || m.iso3[0] !== state || m.kind === 'demonym') return false;
    const at = s.tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
    if (!wentTo(s.tokens[at]?.lower ?? '', s.tokens[at - 1]?.lower ?? '', true)) return false;
    // ("Trong said the Egyptian President's visit to Vietnam …": a visit another possesses is not
    // the official's, 1.29.0.)
    const owner = s.tokens[at - 2];
    return !(owner?.lower === "'s" && s.tokens[at - 3]?.lower !== surname(o));
  });
}

/** "the visiting Prime Minister X", "visiting Indonesian Foreign Minister X": a guest of the state. */
function introducedAsGuest(tokens: Token[], o: Official): boolean {
  const first = o.name.split(' ')[0];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].text !== first) continue;
    let k = i - 1;
    while (k >= 0 && k > i - 6 && tokens[k].cap && tokens[k].lower !== 'visiting') k--;
    if (tokens[k]?.lower === 'visiting') return true;
  }
  return false;
}
