// Varied, realistic English news articles of 2–4 KB for the ingest benchmarks. Deterministic per
// seed; every article is unique (dedupe by url and content hash never fires) and names enough
// country pairs that the extractor finds several facts in it.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Countries from Dyad's own country data (dist/ must be built). */
export function loadCountries() {
  const { COUNTRIES } = require(path.join(root, 'dist/libs/domain/src'));
  // Plain names only (no commas or parentheses), so that every template reads naturally.
  return [...COUNTRIES.values()].filter((c) => /^[A-Z][A-Za-z .'-]+$/.test(c.name) && c.name.length < 24);
}

/** A small fast PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Luis', 'Yoko', 'Battsetseg', 'Ahmed', 'Olena', 'Kwame', 'Priya', 'Jonas', 'Mei', 'Carlos', 'Fatima', 'Sergei', 'Amara', 'Hiroshi', 'Ingrid', 'Tomasz', 'Leila', 'Diego', 'Nadia', 'Rashid', 'Elena', 'Kofi', 'Sofia'];
const LAST = ['Kowalski', 'Tanaka', 'Batmunkh', 'Haddad', 'Mensah', 'Sharma', 'Lindqvist', 'Chen', 'Moreno', 'Okafor', 'Petrova', 'Silva', 'Novak', 'Rahman', 'Dubois', 'Schmidt', 'Ivanova', 'Costa', 'Nkemelu', 'Larsen', 'Yilmaz', 'Park', 'Haidari', 'Brennan'];
const TOPICS = ['renewable energy', 'mining', 'customs procedures', 'vaccine production', 'railway construction', 'water management', 'digital trade', 'fisheries', 'higher education', 'border security', 'civil aviation', 'grain exports', 'cybersecurity', 'climate adaptation', 'port infrastructure', 'nuclear safety', 'tourism', 'public health'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SOURCES = ['Kyodo', 'Reuters', 'AFP', 'Montsame', 'AP', 'Xinhua', 'Anadolu', 'EFE', 'ANSA', 'Yonhap'];
const FILLER = [
  'Officials said the talks had been constructive and that working groups would meet again before the end of the year.',
  'Analysts noted that trade between the two economies had grown steadily over the past decade despite repeated supply disruptions.',
  'The ministry did not give further details, but a joint statement is expected to be published later this week.',
  'Opposition lawmakers criticised the government for failing to consult parliament before the negotiations began.',
  'Diplomats familiar with the discussions said several technical questions remained open, including financing and timelines.',
  'The announcement comes amid rising commodity prices and concerns about the reliability of regional transport corridors.',
  'Local media reported that protesters gathered outside the venue, calling for more transparency about the terms.',
  'Economists cautioned that the practical effects would depend on how quickly the commitments are implemented.',
  'A spokesperson said the government remained committed to a balanced foreign policy and to dialogue with all partners.',
  'Business associations welcomed the move, saying it would reduce costs for exporters and encourage new investment.',
];

/**
 * Makes article number `i` (unique for a given `run` tag). Size 2–4 KB: fact sentences between
 * filler paragraphs.
 */
export function makeArticle(countries, i, run = 'r') {
  const r = rng(i * 7919 + 17);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const country = () => pick(countries);
  const pair = () => {
    const a = country();
    let b = country();
    while (b.iso3 === a.iso3) b = country();
    return [a, b];
  };
  const month = Math.floor(r() * 12);
  const year = 2018 + Math.floor(r() * 8);
  const dayOfMonth = 1 + Math.floor(r() * 27);
  const publishedAt = `${year}-${String(month + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  const [A, B] = pair();
  const facts = [
    () => `Foreign Minister ${person()} of ${A.name} met ${B.name}'s foreign minister ${person()} in ${pick([A, B]).name} on ${pick(DAYS)} to discuss ${pick(TOPICS)}.`,
    () => { const [x, y] = pair(); return `${x.name} and ${y.name} signed an agreement on ${pick(TOPICS)} worth $${10 + Math.floor(r() * 900)} million on ${pick(DAYS)}.`; },
    () => { const [x, y] = pair(); return `${x.name} pledged $${1 + Math.floor(r() * 300)} million in humanitarian aid to ${y.name} on ${dayOfMonth} ${MONTHS[month]}.`; },
    () => { const [x, y] = pair(); return `${x.name} called on ${y.name} to release detained journalists and to respect the ceasefire.`; },
    () => { const [x, y] = pair(); return `${x.name} and ${y.name} agreed to cooperate on ${pick(TOPICS)}, according to a joint statement.`; },
    () => { const [x, y] = pair(); return `President ${person()} of ${x.name} paid a state visit to ${y.name} on ${pick(DAYS)}.`; },
    () => { const [x, y] = pair(); return `${x.name} abstained on the United Nations General Assembly resolution concerning ${y.name} in ${MONTHS[month]} ${year}.`; },
    () => { const [x, y] = pair(); return `Prime Minister ${person()} of ${x.name} held talks with ${y.name}'s president ${person()} in ${x.name} on ${pick(DAYS)}.`; },
  ];
  const target = 2048 + Math.floor(r() * 2000);
  const paras = [`${A.name.toUpperCase()}, ${dayOfMonth} ${MONTHS[month]} (${pick(SOURCES)}) — ${facts[0]()}`];
  let size = paras[0].length;
  let n = 0;
  while (size < target && n < 60) {
    const sentences = [pick(FILLER), facts[Math.floor(r() * facts.length)](), pick(FILLER)];
    if (r() < 0.5) sentences.push(facts[Math.floor(r() * facts.length)]());
    const p = sentences.join(' ');
    paras.push(p);
    size += p.length + 2;
    n++;
  }
  paras.push(`(Report ${run}-${i}.)`); // unique body even when two seeds collide
  return {
    title: `${A.name} and ${B.name} discuss ${pick(TOPICS)}`,
    body: paras.join('\n\n'),
    publishedAt,
    url: `https://news.example.org/${run}/${year}/${i}`,
    source: pick(SOURCES),
    language: 'en',
  };
}
