import worldCountries from 'world-countries';
import { statesNamedIn } from './mentions';

/**
 * The state an article's outlet reports from, where its name or address says so: "Pattaya Mail
 * (Thailand)", "Press Trust of India", "The Kyiv Independent", "https://….com.pk/…". A
 * national outlet writes its own state's leaders without their state ("Prime Minister X held talks
 * with …", "the Foreign Minister said"): its readers need none. Only a title left stateless by
 * everything the article itself says defaults to this state (see officials.ts).
 */
export function outletHome(source: string | null | undefined, url: string | null | undefined): string | null {
  const read = fromSource(source);
  // (A carried report's address is the carrier's: it says nothing of where the writer reports from.)
  return read.state ?? (read.carried ? null : fromAddress(url));
}

// "Moneycontrol, carrying a PTI (Press Trust of India) report": the text is the agency's, not the
// publisher's; "Kuwait News Agency (KUNA), via MENAFN": the text is the agency's, the host only
// carries it. The writer's part of the label is the one read.
const CARRIED = /\b(?:carrying|carries|carried|republishing|reposting|reprinting)\b/i;
const VIA = /\b(?:via|syndicated by|republished by|reposted by)\b/i;
// What a label says after these is whom the outlet quotes, not where it writes from ("Tasnim News
// Agency (Iran), citing Xinhua and Reuters"; "Newser, summary citing AP and the Washington Post").
const CITING = /\b(?:citing|cites|quoting|credited|courtesy|with input from|inputs from)\b/i;

function fromSource(source: string | null | undefined): { state: string | null; carried: boolean } {
  if (typeof source !== 'string' || source.length === 0) return { state: null, carried: false };
  let writer = source.slice(0, 300);
  const carried = CARRIED.exec(writer);
  const via = carried ? null : VIA.exec(writer);
  if (carried) writer = writer.slice(carried.index + carried[0].length);
  else if (via) writer = writer.slice(0, via.index);
  const citing = CITING.exec(writer);
  if (citing) writer = writer.slice(0, citing.index);
  const states = statesNamedIn(writer);
  for (const [re, iso3] of NATIONAL_AGENCIES) if (re.test(writer)) states.add(iso3);
  // ("Le Monde (AFP)": a world wire's text in a national paper is the wire's.)
  if (!WORLD_WIRES.test(writer)) for (const [re, iso3] of NATIONAL_OUTLETS) if (re.test(writer)) states.add(iso3);
  return { state: states.size === 1 ? [...states][0] : null, carried: !!(carried || via) };
}

/**
 * National news agencies named by their usual short names ("Business Standard, carrying a PTI
 * report", "Malay Mail (Bernama)"): a state's own agency writes its leaders as its readers know
 * them, like the state's own outlets (1.26.5). A curated table: no maintained package lists news
 * agencies. World wires (AFP, AP, Reuters, dpa, EFE) write for every reader and are left out, and
 * so are short names that mean other things too ("CNA" is a Taiwanese agency and a Singaporean
 * broadcaster).
 */
const NATIONAL_AGENCIES: readonly [RegExp, string][] = [
  [/\bPTI\b|\bPress Trust of India\b/, 'IND'],
  [/\bIANS\b/, 'IND'],
  [/\bANI\b/, 'IND'],
  [/\bAPP\b/, 'PAK'],
  [/\bNNI\b/, 'PAK'],
  [/\bBSS\b|\bBangladesh Sangbad Sangstha\b/, 'BGD'],
  [/\bWAM\b/, 'ARE'],
  [/\bKUNA\b/, 'KWT'],
  [/\bQNA\b/, 'QAT'],
  [/\bSPA\b|\bSaudi Press Agency\b/, 'SAU'],
  [/\bMENA\b|\bMiddle East News Agency\b/, 'EGY'],
  [/\bIRNA\b/, 'IRN'],
  [/\bTASS\b|\bRIA Novosti\b|\bSputnik\b/, 'RUS'],
  [/\bXinhua\b/, 'CHN'],
  [/\bYonhap\b/, 'KOR'],
  [/\bKCNA\b/, 'PRK'],
  [/\bKyodo\b/, 'JPN'],
  [/\bBernama\b/, 'MYS'],
  [/\bAntara\b/, 'IDN'],
  [/\bVNA\b|\bVietnam News Agency\b/, 'VNM'],
  [/\bMONTSAME\b|\bMontsame\b/, 'MNG'],
  [/\bAnadolu\b/, 'TUR'],
  [/\bAzerTac\b|\bAZERTAC\b/, 'AZE'],
  [/\bKazinform\b/, 'KAZ'],
  [/\bBelTA\b/, 'BLR'],
  [/\bUkrinform\b/, 'UKR'],
  [/\bNAN\b|\bNews Agency of Nigeria\b/, 'NGA'],
  [/\bTunis Afrique Presse\b/, 'TUN'],
  [/\bPetra\b/, 'JOR'],
  [/\bSANA\b/, 'SYR'],
  [/\bWAFA\b/, 'PSE'],
  [/\bANSA\b/, 'ITA'],
  [/\bAgerpres\b/, 'ROU'],
  // (More state agencies by their usual names, 1.30.72.)
  [/\bTanjug\b/, 'SRB'],
  [/\bPrensa Latina\b/, 'CUB'],
  [/\bAndina\b/, 'PER'],
  [/\bT[ée]lam\b/, 'ARG'],
  [/\bNotimex\b/, 'MEX'],
  [/\bLusa\b/, 'PRT'],
  [/\bPolish Press Agency\b/, 'POL'],
  [/\bMTI\b/, 'HUN'],
  [/\bBTA\b/, 'BGR'],
  [/\bHINA\b/, 'HRV'],
  [/\bArmenpress\b/, 'ARM'],
  [/\bKabar\b/, 'KGZ'],
  [/\bKhovar\b/, 'TJK'],
  [/\bOman News Agency\b/, 'OMN'],
  [/\bBahrain News Agency\b/, 'BHR'],
  [/\bAlg[ée]rie Presse Service\b/, 'DZA'],
  [/\bMaghreb Arabe Presse\b/, 'MAR'],
  [/\bAngop\b/, 'AGO'],
  [/\bKenya News Agency\b/, 'KEN'],
  [/\bRastriya Samachar Samiti\b/, 'NPL'],
  [/\bKhmer Times\b|\bAgence Kampuchea Presse\b/, 'KHM'],
  [/\bKPL\b|\bLao News Agency\b/, 'LAO'],
];

/**
 * National newspapers and broadcasters by their full names ("Dawn", "The Hindu", "The Guardian"),
 * for labels that give no state: like a national agency, such an outlet writes its own leaders with
 * no state ("Prime Minister Shehbaz Sharif", "Keir Starmer"), 1.30.46. A curated table of names that
 * mean nothing else in a source label; outlets written for every reader (BBC World, CNN
 * International, Al Jazeera, Euronews, DW) are left out, and so are names two states' papers share
 * ("The Standard", "Daily Mirror", "The Nation", "The Star", "The Telegraph", "KBC").
 */
const WORLD_WIRES = /\b(?:AFP|Agence France-Presse|Reuters|AP|Associated Press|dpa|EFE|Bloomberg)\b/;
const NATIONAL_OUTLETS: readonly [RegExp, string][] = [
  [/^\s*Dawn\b|\bExpress Tribune\b|\bThe News International\b|\bGeo News\b/, 'PAK'],
  [/\bThe Hindu\b|\bTimes of India\b|\bHindustan Times\b|\bIndian Express\b|\bNDTV\b|\bThe Economic Times\b|\bDoordarshan\b/, 'IND'],
  [/\bThe Guardian\b|\bThe Times\b(?! of)|\bSky News\b|\bThe Independent\b(?! \()/, 'GBR'],
  [/\bNew York Times\b|\bWashington Post\b|\bWall Street Journal\b|\bNPR\b|\bFox News\b|\bCBS News\b|\bNBC News\b|\bABC News\b(?! \(Australia)|\bUSA Today\b|\bWhite House\b|\bState Department\b/, 'USA'],
  [/\bLe Monde\b|\bLe Figaro\b|\bFrance 24\b|\bElysee\b|\bÉlysée\b/, 'FRA'],
  [/\bDer Spiegel\b|\bFrankfurter Allgemeine\b|\bS[üu]ddeutsche Zeitung\b/, 'DEU'],
  [/\bJapan Times\b|\bNHK\b|\bAsahi Shimbun\b|\bMainichi\b|\bYomiuri\b|\bNikkei\b/, 'JPN'],
  [/\bKorea Herald\b|\bKorea Times\b|\bKorea JoongAng Daily\b|\bChosun Ilbo\b/, 'KOR'],
  [/\bChina Daily\b|\bGlobal Times\b|\bCGTN\b|\bPeople's Daily\b/, 'CHN'],
  [/\bABC Australia\b|\bABC News \(Australia|\bSydney Morning Herald\b|\bThe Australian\b/, 'AUS'],
  [/\bRNZ\b|\bRadio New Zealand\b|\bNew Zealand Herald\b|\bNZ Herald\b/, 'NZL'],
  [/\bStraits Times\b/, 'SGP'],
  [/\bGulf News\b|\bKhaleej Times\b|\bThe National \(Abu Dhabi|\bThe National, Abu Dhabi/, 'ARE'],
  [/\bArab News\b|\bSaudi Gazette\b/, 'SAU'],
  [/\bAhram Online\b|\bAl-Ahram\b/, 'EGY'],
  [/\bDaily Sabah\b|\bH[üu]rriyet\b|\bTRT World\b/, 'TUR'],
  [/\bTehran Times\b|\bPress TV\b/, 'IRN'],
  [/\bKyiv Independent\b|\bKyiv Post\b/, 'UKR'],
  [/\bJakarta Post\b/, 'IDN'],
  [/\bBangkok Post\b/, 'THA'],
  [/\bPhilippine News Agency\b|\bPhilippine Star\b|\bInquirer\.net\b|\bPhilippine Daily Inquirer\b/, 'PHL'],
  [/\bDhaka Tribune\b|\bThe Daily Star \(Bangladesh/, 'BGD'],
  [/\bKathmandu Post\b/, 'NPL'],
  [/\bPremium Times\b|\bPunch \(Nigeria|\bThisDay\b|\bVanguard \(Nigeria/, 'NGA'],
  [/\bDaily Nation\b|\bKenya Broadcasting\b/, 'KEN'],
  [/\bGhana News Agency\b|\bDaily Graphic\b/, 'GHA'],
  [/\bEthiopian News Agency\b/, 'ETH'],
  [/\bSABC\b|\bNews24\b|\bMail & Guardian\b/, 'ZAF'],
  [/\bBuenos Aires Times\b|\bClar[íi]n\b/, 'ARG'],
  [/\bFolha de S\.? ?Paulo\b|\bO Globo\b|\bAg[êe]ncia Brasil\b/, 'BRA'],
  [/\bMexico News Daily\b|\bEl Universal\b/, 'MEX'],
  [/\bCanadian Press\b|\bCBC News\b|\bGlobe and Mail\b/, 'CAN'],
  [/\bIrish Times\b|\bRT[ÉE]\b/, 'IRL'],
  // (More national papers and broadcasters whose names mean nothing else in a source label, 1.30.72.)
  [/\bGulf Times\b|\bThe Peninsula\b/, 'QAT'],
  [/\bTimes of Oman\b/, 'OMN'],
  [/\bKuwait Times\b/, 'KWT'],
  [/\bJordan Times\b/, 'JOR'],
  [/\bTimes of Israel\b|\bHaaretz\b|\bJerusalem Post\b/, 'ISR'],
  [/\bMorocco World News\b|\bHespress\b/, 'MAR'],
  [/\bAddis Standard\b/, 'ETH'],
  [/\bNew Vision\b/, 'UGA'],
  [/\bThe Herald \(Zimbabwe/, 'ZWE'],
  [/\bThe Namibian\b/, 'NAM'],
  [/\bDaily Maverick\b/, 'ZAF'],
  [/\bGuardian Nigeria\b/, 'NGA'],
  [/\bFiji Times\b|\bFiji Sun\b/, 'FJI'],
  [/\bPost-Courier\b/, 'PNG'],
  [/\bSolomon Star\b/, 'SLB'],
  [/\bSamoa Observer\b/, 'WSM'],
  [/\bPhnom Penh Post\b/, 'KHM'],
  [/\bVientiane Times\b/, 'LAO'],
  [/\bVnExpress\b|\bTuoi Tre\b|\bVietnam News\b/, 'VNM'],
  [/\bNew Straits Times\b|\bMalay Mail\b/, 'MYS'],
  [/\bDaily FT\b|\bColombo Gazette\b/, 'LKA'],
  [/\bKuensel\b/, 'BTN'],
  [/\bHimalayan Times\b/, 'NPL'],
  [/\bTolo ?News\b/, 'AFG'],
  [/\bAstana Times\b/, 'KAZ'],
  [/\bKathimerini\b/, 'GRC'],
  [/\bNotes from Poland\b/, 'POL'],
  [/\bKommersant\b|\bInterfax\b/, 'RUS'],
  [/\bUkrainska Pravda\b/, 'UKR'],
  [/\bEl Pa[íi]s\b/, 'ESP'],
  [/\bCorriere della Sera\b|\bLa Repubblica\b/, 'ITA'],
  [/\bLa Tercera\b|\bEl Mercurio\b/, 'CHL'],
  [/\bEl Tiempo\b/, 'COL'],
  [/\bEl Universo\b/, 'ECU'],
  [/\bABC Color\b/, 'PRY'],
  [/\bGranma\b/, 'CUB'],
  [/\bJamaica Gleaner\b/, 'JAM'],
];

// Country-code domains, from world-countries ("in" → IND, "pk" → PAK).
const BY_TLD = new Map<string, string>();
for (const c of worldCountries) {
  for (const tld of c.tld ?? []) {
    const code = tld.replace(/^\./, '').toLowerCase();
    // (A code shared by two entries, such as "fr" by France and Saint Martin, stays with the first,
    // which world-countries lists as the sovereign; the UN members' own codes are all unique.)
    if (/^[a-z]{2}$/.test(code) && !BY_TLD.has(code)) BY_TLD.set(code, c.cca3);
  }
}
BY_TLD.set('uk', 'GBR');
// Codes sold worldwide as generic names ("x.io", "t.co", "y.tv", "z.me"): a site under one of these
// says nothing of its state, unless a second-level label ("gov.co", "com.ly") marks a national registry.
const GENERIC_TLDS = new Set(['io', 'co', 'tv', 'me', 'ly', 'fm', 'ai', 'gg', 'to', 'ws', 'cc', 'nu', 'tk', 'sh', 'ac', 'im', 'vc', 'ag', 'gl', 'so', 'st', 'cx', 'ms', 'tc', 'vg', 'la', 'gd', 'ml', 'ga', 'cf', 'gq']);
const NATIONAL_SECOND = new Set(['com', 'co', 'gov', 'govt', 'org', 'net', 'ac', 'edu', 'news', 'info', 'go', 'or', 'ne', 'gob', 'gouv']);

function fromAddress(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return null;
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!host) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  const tld = labels[labels.length - 1];
  const state = BY_TLD.get(tld);
  if (!state) return null;
  if (GENERIC_TLDS.has(tld) && !(labels.length >= 3 && NATIONAL_SECOND.has(labels[labels.length - 2]))) return null;
  return state;
}
