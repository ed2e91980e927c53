/**
 * Closed word classes the rules rely on. Kept in one place so that a rule reads as language
 * ("a demonym before a government noun is a state actor") rather than as a list of strings.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Nouns after a demonym or possessive that make the country an actor, not an adjective. */
export const GOVERNMENT_NOUNS = set(`
  government governments govt president presidents prime premier premiers minister ministers
  ministry ministries foreign fm pm counterpart counterparts delegation delegations side sides
  leader leaders official officials authorities authority state embassy embassies ambassador
  ambassadors envoy envoys diplomat diplomats king queen emir emirs crown prince sultan chancellor
  spokesman spokeswoman spokesperson head heads representative representatives mission cabinet
  administration parliament military army navy forces troops defence defense deputy vice
  secretary secretaries negotiators counterparts presidency regime junta officials, aid loan
  loans grant grants assistance donors donor council team parliamentary parliamentarians lawmakers legislators
  host hosts guest guests
`);

/** Adverbs of going on that may stand between a verb of travel and "to": "travelled on to Tanzania". */
export const ONWARD_ADVERBS = set('on onward onwards');

/** Nouns of a journey abroad: "his visit to X", "during her trip", "on a tour of …". */
export const TRIP_NOUNS = set('visit trip tour journey');

/** Words of an official's title, before the name ("Deputy Foreign Minister Mikhail Galuzin"). */
export const TITLE_WORDS = set(`
  president vice prime minister ministers foreign affairs deputy secretary state premier chancellor
  king queen emir emperor empress crown prince sultan ambassador envoy spokesman spokeswoman spokesperson counterpart
  leader chief head representative permanent special director general defence defense finance
  trade economy interior justice commerce intelligence military presidential aide advisor adviser
  national security fm pm mr mrs ms dr commissioner high senior first lady chairman chairwoman
  governor senator sheikh opposition supreme second external taoiseach tánaiste tanaiste eam councillor councilor
  speaker cabinet
`);

/**
 * A minister's portfolio ("Transport Minister", "Minister of Energy and
 * Mines"): part of a title only when capitalised in a run that holds "Minister" or
 * "Secretary" (text/people.ts), never a title word on its own (1.17.3).
 */
export const PORTFOLIO_WORDS = set(`
  transport transportation energy health education agriculture infrastructure culture tourism labour
  labor environment industry industrial mines mining petroleum oil gas communications information
  planning investment fisheries water works youth sport sports women science technology research
  innovation digital transformation home internal european integration regional development
  cooperation international relations immigration housing urban rural budget treasury public social
  welfare economic aviation maritime railways roads land lands natural resources climate emergency
  employment heritage arts family armed forces
`);

/** Capitalised words that may precede a place name without making it part of another name. */
export const FUNCTION_WORDS = set(`
  the a an in on at of to from for with by and or but as after before during while since between
  among against over under into onto both when where which who that this these those its his her
  their our its also then than not no if unless because meanwhile however yet about around across
  according said says told
`);

/** Prepositions that make a following place a location rather than an actor. */
export const LOCATION_PREPOSITIONS = set('in at near inside outside across throughout within around into from');

/**
 * Lower-case words that may stand between a preposition and a country without changing its role:
 * "arrived in neighbouring Djibouti", "flew to war-torn Sudan" (the last part of a hyphenated
 * compound) (1.12).
 */
export const PLACE_ADJECTIVES = set(`
  neighbouring neighboring nearby fellow landlocked tiny remote torn hit stricken ravaged battered
`);

/** Phrases meaning "the two parties just mentioned". */
export const ANAPHORA = set(`
  ministers leaders sides countries nations governments delegations presidents premiers they both
  we i two pair officials diplomats counterparts parties envoys interlocutors
`);

/** Words that say the preceding event has not (yet) happened or did not happen. */
export const IRREALIS = set(`
  will would could may might shall should must can cannot can't won't wouldn't couldn't not never
  no nor neither plan plans planned planning expected expects expect scheduled due set intends
  intend intended hope hopes hoped seek seeks sought want wants wanted propose proposes proposed
  possible potential possibly likely upcoming next future invite invites invited invitation
  insist insists insisted insisting ready unless if whether once ahead deny denies denied
  refuse refuses refused reject rejects rejected cancel cancels cancelled canceled postpone
  postponed rule ruled ruling unclear considering consider mulling offer offers offered call
  calls called calling urge urges urged proposal proposals request requests requested demand demands
`);

/** Adverbs that soften an assertion without negating it. */
export const HEDGES = set(`
  reportedly allegedly indirectly apparently reported purportedly seemingly unconfirmed rumoured
  rumored believed
`);
