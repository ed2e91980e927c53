/**
 * What the maintained packages lack or get wrong for news text. Kept small on purpose: every row
 * is a spelling journalists use that world-countries / i18n-iso-countries do not carry.
 */
import type { MentionKind } from './country.types';

export interface CuratedAlias {
  text: string;
  iso3: string;
  kind: MentionKind;
}

export const CURATED_ALIASES: readonly CuratedAlias[] = [
  // Demonyms in common English use that world-countries spells otherwise or lacks.
  { text: 'Timorese', iso3: 'TLS', kind: 'demonym' },
  { text: 'Djiboutian', iso3: 'DJI', kind: 'demonym' },
  { text: 'Bosnian', iso3: 'BIH', kind: 'demonym' },
  { text: 'Slovenian', iso3: 'SVN', kind: 'demonym' },
  { text: 'Belarussian', iso3: 'BLR', kind: 'demonym' },
  { text: 'Surinamese', iso3: 'SUR', kind: 'demonym' },
  { text: 'Equatoguinean', iso3: 'GNQ', kind: 'demonym' },
  { text: 'Emirian', iso3: 'ARE', kind: 'demonym' },
  { text: 'Vanuatuan', iso3: 'VUT', kind: 'demonym' },
  { text: 'Luxembourgish', iso3: 'LUX', kind: 'demonym' },
  // Capitals with a second common romanisation or a renamed seat.
  { text: 'Ulaanbaatar', iso3: 'MNG', kind: 'capital' },
  // (Viet Nam's own English style, as its agencies write it; "Hà Nội" folds to it.)
  { text: 'Ha Noi', iso3: 'VNM', kind: 'capital' },
  // "the PRC Chairman Xi Jinping": the People's Republic's acronym.
  { text: 'PRC', iso3: 'CHN', kind: 'name' },
  { text: 'Ulan Bator', iso3: 'MNG', kind: 'capital' },
  { text: 'Kyiv', iso3: 'UKR', kind: 'capital' },
  { text: 'Kiev', iso3: 'UKR', kind: 'capital' },
  { text: 'Teheran', iso3: 'IRN', kind: 'capital' },
  { text: 'New Delhi', iso3: 'IND', kind: 'capital' },
  { text: 'Delhi', iso3: 'IND', kind: 'capital' },
  { text: 'Washington', iso3: 'USA', kind: 'capital' },
  { text: 'Nay Pyi Taw', iso3: 'MMR', kind: 'capital' },
  { text: 'Naypyitaw', iso3: 'MMR', kind: 'capital' },
  { text: 'Astana', iso3: 'KAZ', kind: 'capital' },
  { text: 'Tel Aviv', iso3: 'ISR', kind: 'capital' },
  { text: 'Canberra', iso3: 'AUS', kind: 'capital' },
  // Seats of power used as metonyms.
  { text: 'the Kremlin', iso3: 'RUS', kind: 'seat' },
  { text: 'Kremlin', iso3: 'RUS', kind: 'seat' },
  // The Saudi king's style, written for him in the kingdom's own releases (1.30.47).
  { text: 'Custodian of the Two Holy Mosques', iso3: 'SAU', kind: 'seat' },
  { text: 'the White House', iso3: 'USA', kind: 'seat' },
  { text: 'White House', iso3: 'USA', kind: 'seat' },
  { text: 'Downing Street', iso3: 'GBR', kind: 'seat' },
  { text: 'Whitehall', iso3: 'GBR', kind: 'seat' },
  { text: 'the Elysee', iso3: 'FRA', kind: 'seat' },
  { text: 'Elysee Palace', iso3: 'FRA', kind: 'seat' },
  { text: 'Élysée', iso3: 'FRA', kind: 'seat' },
  { text: 'Zhongnanhai', iso3: 'CHN', kind: 'seat' },
  { text: 'Blue House', iso3: 'KOR', kind: 'seat' },
  { text: 'the Pentagon', iso3: 'USA', kind: 'seat' },
  // (The US foreign ministry's own names, used by no other state's: "a State Department spokesman said", 1.26.2.)
  { text: 'the State Department', iso3: 'USA', kind: 'seat' },
  { text: 'State Department', iso3: 'USA', kind: 'seat' },
  { text: 'the Department of State', iso3: 'USA', kind: 'seat' },
  { text: 'Department of State', iso3: 'USA', kind: 'seat' },
  // Names and abbreviations.
  { text: 'DPRK', iso3: 'PRK', kind: 'name' },
  { text: 'D.P.R.K.', iso3: 'PRK', kind: 'name' },
  { text: 'ROK', iso3: 'KOR', kind: 'name' },
  { text: 'U.S.', iso3: 'USA', kind: 'name' },
  { text: 'U.S.A.', iso3: 'USA', kind: 'name' },
  { text: 'America', iso3: 'USA', kind: 'name' },
  { text: 'U.K.', iso3: 'GBR', kind: 'name' },
  { text: 'Britain', iso3: 'GBR', kind: 'name' },
  { text: 'Turkey', iso3: 'TUR', kind: 'name' },
  { text: 'Burma', iso3: 'MMR', kind: 'name' },
  { text: 'UAE', iso3: 'ARE', kind: 'name' },
  // (The usual short name in the Gulf press, 1.30.52.)
  { text: 'KSA', iso3: 'SAU', kind: 'name' },
  // (Papua New Guinea's usual short name in its own and the Pacific press: "to visit PNG", "PNG's
  // Defence Minister", 1.30.60. Other ISO codes stay out, as 1.14 decided.)
  { text: 'PNG', iso3: 'PNG', kind: 'name' },
  { text: 'NZ', iso3: 'NZL', kind: 'name' },
  { text: 'Holland', iso3: 'NLD', kind: 'name' },
  { text: 'Czech Republic', iso3: 'CZE', kind: 'name' },
  { text: 'Vatican', iso3: 'VAT', kind: 'name' },
  // The two parts of the State of Palestine, named alone far more often than the state (1.29.1).
  { text: 'Gaza Strip', iso3: 'PSE', kind: 'name' },
  { text: 'West Bank', iso3: 'PSE', kind: 'name' },
  { text: 'Cabo Verde', iso3: 'CPV', kind: 'name' },
  { text: 'Timor-Leste', iso3: 'TLS', kind: 'name' },
  { text: 'Swaziland', iso3: 'SWZ', kind: 'name' },
  { text: 'Macedonia', iso3: 'MKD', kind: 'name' },
  // ISO 3166 short name of CG is "Congo"; the DRC is named as such in news text.
  { text: 'Congo', iso3: 'COG', kind: 'name' },
  { text: 'Congo-Brazzaville', iso3: 'COG', kind: 'name' },
  { text: 'Congo-Kinshasa', iso3: 'COD', kind: 'name' },
  { text: 'Democratic Republic of Congo', iso3: 'COD', kind: 'name' },
  // Demonyms the packages lack.
  { text: 'Filipino', iso3: 'PHL', kind: 'demonym' },
  { text: 'Philippine', iso3: 'PHL', kind: 'demonym' },
  { text: 'Emirati', iso3: 'ARE', kind: 'demonym' },
  { text: 'Emirates', iso3: 'ARE', kind: 'name' },
  { text: 'Britons', iso3: 'GBR', kind: 'demonym' },
  { text: 'US', iso3: 'USA', kind: 'name' },
  { text: 'Ukrainian', iso3: 'UKR', kind: 'demonym' },
  { text: 'Kazakh', iso3: 'KAZ', kind: 'demonym' },
  { text: 'Lao', iso3: 'LAO', kind: 'demonym' },
  { text: 'Saudis', iso3: 'SAU', kind: 'demonym' },
  { text: 'Nepali', iso3: 'NPL', kind: 'demonym' },
  { text: 'Maldivian', iso3: 'MDV', kind: 'demonym' },
  { text: 'Botswanan', iso3: 'BWA', kind: 'demonym' },
  { text: 'Argentinian', iso3: 'ARG', kind: 'demonym' },
  { text: 'Kyrgyz', iso3: 'KGZ', kind: 'demonym' },
  { text: 'Tajik', iso3: 'TJK', kind: 'demonym' },
  { text: 'Icelandic', iso3: 'ISL', kind: 'demonym' },
  { text: 'Holy See', iso3: 'VAT', kind: 'name' },
  { text: 'St Lucia', iso3: 'LCA', kind: 'name' },
  { text: 'St. Lucia', iso3: 'LCA', kind: 'name' },
  { text: 'St Kitts and Nevis', iso3: 'KNA', kind: 'name' },
  { text: 'St. Kitts and Nevis', iso3: 'KNA', kind: 'name' },
  { text: 'St Vincent and the Grenadines', iso3: 'VCT', kind: 'name' },
  { text: 'St. Vincent and the Grenadines', iso3: 'VCT', kind: 'name' },
  { text: 'Uzbek', iso3: 'UZB', kind: 'demonym' },
  { text: 'Cape Verdean', iso3: 'CPV', kind: 'demonym' },
  { text: 'Emiratis', iso3: 'ARE', kind: 'demonym' },
];

/**
 * Forms that are ordinary words or frequent personal names before they are places; they never
 * count as a mention ("Male", "Victoria", "Georgetown University"...).
 */
export const NEVER_MENTIONS: ReadonlySet<string> = new Set([
  'male', 'victoria', 'kingston', 'georgetown', 'hamilton', 'lima', 'santiago', 'san josé', 'san jose',
  'praia', 'apia', 'nassau', 'roseau', 'valletta', 'la paz', 'sucre', 'city of victoria', 'avarua',
  'jamestown', 'stanley', 'saint john', "saint john's", 'castries', 'basseterre', 'kingstown',
  'palikir', 'melekeok', 'ngerulmud', 'funafuti', 'tarawa', 'south tarawa', 'majuro', 'yaren',
  'bloemfontein', 'lobamba', 'mbabane', 'alofi', 'cape town', 'chosŏn', 'nederland',
]);

/** Forms shared by several countries that only context can settle. */
export const AMBIGUOUS_FORMS: Readonly<Record<string, { iso3: string[]; kind: MentionKind }>> = {
  korea: { iso3: ['KOR', 'PRK'], kind: 'name' },
  korean: { iso3: ['KOR', 'PRK'], kind: 'demonym' },
  koreans: { iso3: ['KOR', 'PRK'], kind: 'demonym' },
  congolese: { iso3: ['COD', 'COG'], kind: 'demonym' },
  dominican: { iso3: ['DOM', 'DMA'], kind: 'demonym' },
};
