/**
 * Rules added in extractor 1.9: cities from the gazetteer as places, and what a fresh blind batch
 * showed. Every sentence here is invented; each case names the pattern it stands for, with
 * negative cases (a city as a name, a word or a person; planned events; ambiguous names).
 */
import { cityGazetteer } from '../../domain/src/countries';
import { countriesOf } from './assemble';
import { facts, PUB, sig, sigs } from './spec-signatures';

describe('city gazetteer', () => {
  it('keeps large cities of one country and leaves out ambiguous names, country forms and collisions', () => {
    const { places, stats } = cityGazetteer();
    expect(places.get('dar es salaam')).toBe('TZA');
    expect(places.get('osaka')).toBe('JPN');
    expect(places.get('jeddah')).toBe('SAU');
    expect(places.get('karachi')).toBe('PAK');
    // in two countries
    expect(places.has('hyderabad')).toBe(false);
    expect(places.has('valencia')).toBe(false);
    // a capital keeps its lexicon meaning; words and given names are no places
    expect(places.has('tokyo')).toBe(false);
    expect(places.has('split')).toBe(false);
    expect(places.has('nice')).toBe(false);
    expect(places.has('austin')).toBe(false);
    expect(stats.kept).toBeGreaterThan(2000);
    expect(stats.ambiguous).toBeGreaterThan(50);
  });
  it('is built once', () => expect(cityGazetteer()).toBe(cityGazetteer()));
});

describe('cities as places', () => {
  it('a visit to a city is a visit to its country', () => {
    expect(sigs('Kenyan President William Ruto arrived in Osaka on Wednesday for talks.', 'VisitMade')).toEqual(['VisitMade KEN>JPN']);
    expect(sigs('Brazilian Foreign Minister Mauro Vieira travelled to Jeddah last week.', 'VisitMade')).toEqual(['VisitMade BRA>SAU']);
    expect(sigs('The Indonesian foreign minister left for Karachi on Monday after talks in Dhaka.', 'VisitMade')).toContain('VisitMade IDN>PAK');
  });
  it('a meeting in a city is placed in its country', () => {
    const [m] = facts('Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Guayaquil on Tuesday.').filter((f) => f.type === 'MeetingHeld');
    expect(m && m.type === 'MeetingHeld' ? m.location : null).toEqual({ city: 'Guayaquil', country: 'ECU' });
  });
  it('a dateline city places the story', () => {
    expect(sigs('DAR ES SALAAM, June 12 (Xinhua) -- Finnish President Alexander Stubb arrived here on Wednesday for a state visit.', 'VisitMade')).toEqual(['VisitMade FIN>TZA']);
  });
  it('a city is never a party', () => {
    expect(sigs('Osaka and Busan signed a sister-city agreement on Monday.')).toEqual([]);
    expect(sigs('Karachi urged Lahore to share the water.')).toEqual([]);
  });
  it('a city inside a longer name, or a colliding word or name, is no place', () => {
    expect(sigs('Mexican President Claudia Sheinbaum visited the Osaka Castle on Monday.', 'VisitMade')).toEqual([]);
    expect(sigs('The Italian minister arrived in Split on Monday.', 'VisitMade')).toEqual([]);
    expect(sigs('The Italian minister sent a letter to Austin on Monday.', 'VisitMade')).toEqual([]);
  });
  it('a planned visit to a city is still no visit', () => {
    expect(sigs('Nigerian President Bola Tinubu will travel to Osaka next week.', 'VisitMade')).toEqual([]);
  });
});

describe('appeals to a government named by its office', () => {
  it('takes the state the sentence places', () => {
    expect(sigs('Chile expressed concern over the detentions in Bolivia and called on the authorities to free the students.', 'AppealMade')).toEqual(['AppealMade CHL>BOL']);
  });
  it('takes "the government of X" as X', () => {
    expect(sigs('Ghana called on the government of Togo to reopen the border.', 'AppealMade')).toEqual(['AppealMade GHA>TGO']);
  });
  it('a king or a royal government takes the one other state of the sentences just before', () => {
    const body = 'Opposition leaders were detained in Bhutan on Monday. Australia called on the King to release them.';
    expect(sigs(body, 'AppealMade')).toEqual(['AppealMade AUS>BTN']);
  });
  it('a bare "the government" with no state placed in the sentence is the speaker\'s own', () => {
    expect(sigs('Uganda closed its border on Monday. Kenyan opposition leader Raila Odinga called on the government to lower fuel taxes.', 'AppealMade')).toEqual([]);
  });
  it('two competing states leave the king unresolved', () => {
    expect(sigs('Nepal and Bhutan held elections. Australia called on the King to release the detainees.', 'AppealMade')).toEqual([]);
  });
  it('a group of states listed after "including" appeals together', () => {
    expect(sigs('A group of countries, including Norway, Iceland and Denmark, condemned the arrests in Belarus and called on the authorities to release the journalists.', 'AppealMade')).toEqual([
      'AppealMade DNK>BLR',
      'AppealMade ISL>BLR',
      'AppealMade NOR>BLR',
    ]);
  });
});

describe('cooperation, meetings and topics', () => {
  it('a visit agreed at someone\'s request is no cooperation', () => {
    expect(sigs('It is the Colombian president\'s first visit to Ecuador, which was agreed upon the request of the Ecuadorian government.', 'CooperationAgreed')).toEqual([]);
  });
  it('"what was agreed upon" still refers to the pair', () => {
    expect(sigs('Japan and Mongolia agreed on a new framework of cooperation.', 'CooperationAgreed')).toEqual(['CooperationAgreed JPN-MNG']);
  });
  it('states left out with "except" take no part', () => {
    expect(sigs('The meeting was held in Baku on Friday with the participation of the foreign ministers of Azerbaijan, Turkey and Iran, except Armenia.', 'MeetingHeld')).toEqual(['MeetingHeld AZE-IRN-TUR']);
  });
  it('a country in the subject of "was discussed" is a topic', () => {
    const body = 'Indian Foreign Minister S Jaishankar met his Chinese counterpart Wang Yi in Beijing on Monday. Security in Myanmar was also discussed in the meeting.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld CHN-IND']);
  });
});

describe('dates told once', () => {
  it('a second report of a meeting takes the date of the first', () => {
    const body = 'On Tuesday, Hungarian Foreign Minister Peter Szijjarto met Serbian President Aleksandar Vucic. A one-on-one meeting took place between Szijjarto and the Serbian president at the palace.';
    const ms = facts(body).filter((f) => f.type === 'MeetingHeld');
    expect(ms.map((f) => f.date)).toEqual(['2024-06-11']);
  });
  it('a leg of a tour takes the day of the meeting held there', () => {
    const body =
      'Hungarian Foreign Minister Peter Szijjarto met Japanese Foreign Minister Yoko Kamikawa in Tokyo today. He arrived in Tokyo after visits to Serbia and Montenegro. On Tuesday, Szijjarto met Serbian President Aleksandar Vucic in Belgrade.';
    const v = facts(body).find((f) => f.type === 'VisitMade' && f.host === 'SRB');
    expect(v?.date).toBe('2024-06-11');
    // no meeting told in Montenegro: the story's date
    expect(facts(body).find((f) => f.type === 'VisitMade' && f.host === 'MNE')?.date).toBe('2024-06-14');
  });
});

describe('meetings among several guests and settings', () => {
  it('a host meeting several officials in a conference met them one by one, on the day written after the list', () => {
    const body = 'In Geneva, Chilean Foreign Minister Alberto van Klaveren also met with his Argentine counterpart, Uruguayan President Luis Lacalle Pou, and other delegates in the conference on Wednesday.';
    const ms = facts(body).filter((f) => f.type === 'MeetingHeld');
    expect(ms.map(sig).sort()).toEqual(['MeetingHeld ARG-CHL', 'MeetingHeld CHL-URY']);
    expect(ms.map((f) => f.date)).toEqual(['2024-06-12', '2024-06-12']);
  });
  it('a summit the guests attend together stays one meeting', () => {
    expect(sigs('Chilean President Gabriel Boric met Argentine President Javier Milei and Uruguayan President Luis Lacalle Pou at a trilateral summit on Wednesday.', 'MeetingHeld')).toEqual(['MeetingHeld ARG-CHL-URY']);
  });
  it('a state in a fronted "prior to his visit to X" phrase is no party', () => {
    expect(sigs('Prior to his visit to Chile, Argentine Foreign Minister Diana Mondino held talks with Bolivian Foreign Minister Celinda Sosa.', 'MeetingHeld')).toEqual(['MeetingHeld ARG-BOL']);
  });
  it('a state coordinated with a place after "in" is a place', () => {
    expect(sigs('Egyptian Foreign Minister Badr Abdelatty held talks with his Jordanian counterpart on the wars in Gaza and Lebanon.', 'MeetingHeld')).toEqual(['MeetingHeld EGY-JOR']);
  });
  it('talks on a tour of several states with unnamed guests tell no party', () => {
    expect(sigs('Iranian Foreign Minister Abbas Araghchi travelled to Oman and Qatar and held talks with senior officials.', 'MeetingHeld')).toEqual([]);
    // one destination: the talks are held there
    expect(sigs('Iranian Foreign Minister Abbas Araghchi travelled to Oman and held talks with Omani Foreign Minister Badr Albusaidi.', 'MeetingHeld')).toEqual(['MeetingHeld IRN-OMN']);
  });
});

describe('aid', () => {
  it('a pledge answering an appeal goes to the appellant\'s state', () => {
    expect(sigs('Norway responded on Monday to Nepalese Prime Minister Pushpa Kamal Dahal\'s appeal for help with a pledge of $5 million.', 'AidPledged')).toEqual(['AidPledged NOR>NPL']);
    expect(sigs('Norway pledged $5 million in response to the Nepalese prime minister\'s appeal for aid.', 'AidPledged')).toEqual(['AidPledged NOR>NPL']);
  });
  it('a pledge to the people of a disaster goes to the stricken country of the dateline', () => {
    const body = 'KATHMANDU, Nepal – Sweden on Friday pledged $20 million in aid to the thousands of people left homeless by the earthquake.\n\nThe disaster struck western Nepal on Tuesday.';
    expect(sigs(body, 'AidPledged')).toEqual(['AidPledged SWE>NPL']);
  });
  it('without a disaster the dateline is no recipient', () => {
    const body = 'KATHMANDU, Nepal – Sweden on Friday pledged $20 million to the thousands of students of the new university.\n\nNepal welcomed the decision.';
    expect(sigs(body, 'AidPledged')).toEqual([]);
  });
  it('a relative pronoun after a state is the donor', () => {
    expect(sigs('The largest offer came from Japan, which raised its pledge to $300 million for Nepal.', 'AidPledged')).toEqual(['AidPledged JPN>NPL']);
  });
  it('the parts of an offer are no pledge of their own', () => {
    const f = facts('Japan pledged $300 million to Nepal. The Japanese offer to Nepal includes $200 million in cash and $100 million in loans.').filter((x) => x.type === 'AidPledged');
    expect(f.map((x) => (x.type === 'AidPledged' ? x.value?.amount : null))).toEqual([300_000_000]);
  });
});

describe('visits', () => {
  it('"arrived in the country" with no dateline takes the one place the title names', () => {
    const title = 'Ghana: Ivorian President Arrives in Ghana for State Visit';
    expect(sigs('Ivorian President Alassane Ouattara has arrived in the country for a two-day state visit.', 'VisitMade', PUB, title)).toEqual(['VisitMade CIV>GHA']);
  });
  it('a title naming two places settles nothing', () => {
    const title = 'Ivorian President Travels to Ghana and Togo';
    expect(sigs('Ivorian President Alassane Ouattara has arrived in the country for a two-day state visit.', 'VisitMade', PUB, title)).toEqual([]);
  });
  it('an official who "was last in" a capital at a date visited it', () => {
    const f = facts('Estonian Prime Minister Kristen Michal was last in Kyiv in March 2023.');
    expect(f.map(sig)).toEqual(['VisitMade EST>UKR']);
    expect(f[0].date).toBe('2023-03');
  });
  it('"was in talks" is no presence', () => {
    expect(sigs('Estonian Prime Minister Kristen Michal was also in talks with Finland.', 'VisitMade')).toEqual([]);
  });
});

describe('"the same day"', () => {
  it('takes the last day written just before', () => {
    const body =
      'Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda on Friday. On Tuesday, Hungarian Foreign Minister Peter Szijjarto arrived in Belgrade. Croatian Prime Minister Andrej Plenkovic met Slovenian Prime Minister Robert Golob the same day.';
    const m = facts(body).find((f) => f.type === 'MeetingHeld' && countriesOf(f).includes('HRV'));
    expect(m?.date).toBe('2024-06-11');
  });
  it('with no day written in the two sentences before it gives nothing of its own', () => {
    const body =
      'Hungarian Foreign Minister Peter Szijjarto arrived in Belgrade on Tuesday. The visit was long planned. Serbia hopes for investment. Officials were optimistic. Croatian Prime Minister Andrej Plenkovic met Slovenian Prime Minister Robert Golob the same day.';
    const m = facts(body).find((f) => f.type === 'MeetingHeld');
    expect(m?.date).toBe('2024-06-11'); // the story date (the first day named), not a carried one
  });
});
