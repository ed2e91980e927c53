/**
 * Rules added in extractor 1.8 (found on a fresh blind batch, written as rules of English). Every
 * sentence here is invented; each case names the pattern it stands for, with negative cases
 * (future, negated, domestic, no recipient).
 */
import { facts, sig, sigs } from './spec-signatures';

describe('appeals with plural subjects', () => {
  it('gives every coordinated state of the subject an appeal', () => {
    expect(sigs('Chile, Peru and Bolivia urged Argentina to reopen the border crossings.', 'AppealMade')).toEqual([
      'AppealMade BOL>ARG',
      'AppealMade CHL>ARG',
      'AppealMade PER>ARG',
    ]);
  });

  it('reads "They called on X" as the states last listed together, without repeating a member\'s own appeal', () => {
    const body =
      'On Thursday, Norway and five other countries urged Sudan to protect aid convoys. ' +
      'In a joint letter, the foreign ministers of Norway, Iceland, Denmark and Finland voiced concern over the fighting. ' +
      'They called on Sudan to let relief workers reach Darfur.';
    expect(sigs(body, 'AppealMade')).toEqual(['AppealMade DNK>SDN', 'AppealMade FIN>SDN', 'AppealMade ISL>SDN', 'AppealMade NOR>SDN']);
  });

  it('gives no appeal to a plural subject with no list before it, nor a future one', () => {
    expect(sigs('They called on Sudan to let relief workers reach Darfur.', 'AppealMade')).toEqual([]);
    expect(sigs('The foreign ministers of Norway, Iceland and Denmark met in Oslo. They will call on Sudan to open the roads.', 'AppealMade')).toEqual([]);
  });
});

describe('multilateral meetings named by a relative clause', () => {
  it('reads "a meeting that brought together the ministers of A, B and C" as one meeting', () => {
    expect(sigs('Oslo hosted on Monday a meeting that brought together the finance ministers of Ghana, Kenya and Zambia.', 'MeetingHeld')).toEqual(['MeetingHeld GHA-KEN-NOR-ZMB']);
  });

  it('does not take a liberation movement for its country', () => {
    expect(sigs('The ministers of Egypt and Jordan held talks with the Palestine Liberation Organization on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld EGY-JOR']);
  });
});

describe('meetings: what is no meeting', () => {
  it('leaves out a named multilateral session attended, a purpose, a back-reference and an agreement\'s content', () => {
    expect(sigs('In March 2019, he attended the ASEAN Regional Leaders\' Meeting in Bangkok.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Thai Prime Minister Srettha Thavisin arrived in Tokyo to attend the Japan-Mekong Leaders Summit on June 20.', 'MeetingHeld')).toEqual([]);
    expect(sigs('A week after the meeting, Kenyan Foreign Minister Amina Said visited Kampala.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Kenya and Uganda signed five agreements, including annual political consultations between their ministries.', 'MeetingHeld')).toEqual([]);
  });

  it('reads "had a talk" and "the bilateral talks" after a visit', () => {
    expect(sigs('Kenyan President William Ruto and Ghanaian President John Mahama had a talk on Tuesday.', 'MeetingHeld')).toEqual(['MeetingHeld GHA-KEN']);
    const body = 'Ghanaian President John Mahama arrived in Nairobi on Thursday for a state visit. The bilateral talks took place at State House in the afternoon.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld GHA-KEN']);
    expect(sigs('The bilateral talks took place at State House in the afternoon.', 'MeetingHeld')).toEqual([]);
  });
});

describe('visits without a visit verb next to both sides', () => {
  it('reads "he paid a visit" after a fronted phrase as the official last named', () => {
    const body = 'Brazilian President Luiz Inacio Lula da Silva arrived in Luanda on Thursday. In August 2023, he paid an official visit to Angola.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade BRA>AGO', 'VisitMade BRA>AGO']);
  });

  it('reads "flew into the <Demonym> capital" and "was / is in <capital> on a state visit"', () => {
    expect(sigs('Indian Prime Minister Narendra Modi flew into the Kenyan capital on Friday.', 'VisitMade')).toEqual(['VisitMade IND>KEN']);
    expect(sigs('Ecuadorian President Daniel Noboa was in Bogota on a state visit on Tuesday.', 'VisitMade')).toEqual(['VisitMade ECU>COL']);
    expect(sigs('Ecuadorian President Daniel Noboa, who is in Bogota on a two-day official visit, met Colombian business leaders.', 'VisitMade')).toEqual(['VisitMade ECU>COL']);
    // Present stays without a visit are not visits; "will be in" is a plan.
    expect(sigs('Ecuadorian President Daniel Noboa is in Bogota to attend a conference.', 'VisitMade')).toEqual([]);
    expect(sigs('Ecuadorian President Daniel Noboa will be in Bogota on a state visit next week.', 'VisitMade')).toEqual([]);
  });

  it('reads "arrived in the country" as the dateline\'s country', () => {
    expect(sigs('NAIROBI, June 13 (Reuters) - Ghanaian President John Mahama arrived in the country on Wednesday evening.', 'VisitMade')).toEqual(['VisitMade GHA>KEN']);
    expect(sigs('Ghanaian President John Mahama arrived in the country on Wednesday evening.', 'VisitMade')).toEqual([]);
  });

  it('reads a tour "which took him first to A and then to B"', () => {
    const body = 'On Tuesday, Turkish President Recep Tayyip Erdogan arrived in Cairo, the final leg of his tour of the region, which took him first to Riyadh and then to Amman.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade TUR>EGY', 'VisitMade TUR>JOR', 'VisitMade TUR>SAU']);
  });

  it('keeps sport finals out and lets "the final leg" of a tour in', () => {
    expect(sigs('Brazil arrived in Doha for the final against Argentina.', 'VisitMade')).toEqual([]);
  });
});

describe('aid: disasters, lists of donors, the recipient\'s side', () => {
  it('gives a pledge with no "to X" the country a disaster struck', () => {
    const body = 'Donors rushed to help after a powerful earthquake struck western Nepal on Monday. Norway pledged $5 million on Tuesday to help the victims.';
    expect(sigs(body, 'AidPledged')).toEqual(['AidPledged NOR>NPL']);
    expect(sigs('Norway pledged $5 million on Tuesday to help the victims.', 'AidPledged')).toEqual([]);
  });

  it('reads donors listed after "including" and after "assistance from" in a disaster report', () => {
    const body =
      'The cyclone that hit Mozambique on Sunday killed dozens, and humanitarian aid is needed. ' +
      'Several countries, including Malawi and Tanzania, have sent relief supplies, along with assistance from Portugal and Brazil.';
    expect(sigs(body, 'AidPledged')).toEqual(['AidPledged BRA>MOZ', 'AidPledged MWI>MOZ', 'AidPledged PRT>MOZ', 'AidPledged TZA>MOZ']);
    // No disaster named: a list of senders with no recipient gives nothing.
    expect(sigs('Several countries, including Malawi and Tanzania, have sent relief supplies.', 'AidPledged')).toEqual([]);
  });

  it('reads "$N worth of <Demonym> relief supplies" delivered', () => {
    const body = 'Floods in Pakistan have displaced thousands, and relief is short. On Tuesday, a ship carrying $3 million worth of Turkish relief supplies docked in Karachi.';
    const f = facts(body).filter((x) => x.type === 'AidPledged');
    expect(f.map(sig)).toEqual(['AidPledged TUR>PAK']);
    expect(f[0].type === 'AidPledged' && f[0].value).toEqual({ amount: 3000000, currency: 'USD' });
  });

  it('reads aid told from the recipient\'s side, past only', () => {
    expect(sigs('Laos was granted $20 million by South Korea on Monday.', 'AidPledged')).toEqual(['AidPledged KOR>LAO']);
    expect(sigs('Laos received $20 million in aid from South Korea on Monday.', 'AidPledged')).toEqual(['AidPledged KOR>LAO']);
    expect(sigs('Laos will receive $20 million in aid from South Korea.', 'AidPledged')).toEqual([]);
    expect(sigs('Laos did not receive the $20 million in aid from South Korea.', 'AidPledged')).toEqual([]);
    expect(sigs('South Korea was granted a waiver by Laos.', 'AidPledged')).toEqual([]);
  });

  it('gives "extended the loan" the amount named just before', () => {
    const body = 'The $150 million loan will be repaid by December. Egypt had extended the loan to Sudan in 2021.';
    const f = facts(body).filter((x) => x.type === 'AidPledged');
    expect(f.map(sig)).toEqual(['AidPledged EGY>SDN']);
    expect(f[0].type === 'AidPledged' && f[0].value).toEqual({ amount: 150000000, currency: 'USD' });
  });
});

describe('dates', () => {
  it('keeps a later day of the publication month in its year', () => {
    const f = facts('Thai Prime Minister Srettha Thavisin visited Tokyo on June 10. The summit is set for June 20.', '2024-06-14');
    expect(f.find((x) => x.type === 'VisitMade')?.date).toBe('2024-06-10');
    const purpose = facts('Thai Prime Minister Srettha Thavisin arrived in Tokyo on Tuesday to attend the summit on June 20.', '2024-06-14');
    expect(purpose.find((x) => x.type === 'VisitMade')?.date).toBe('2024-06-11');
  });

  it('does not take a planned weekday for the story date', () => {
    const body = 'On Monday, Jordan will host a meeting of Arab foreign ministers. Egyptian Foreign Minister Sameh Shoukry visited Baghdad earlier in the month.';
    const visit = facts(body, '2024-06-14').find((x) => x.type === 'VisitMade');
    expect(visit?.date).not.toBe('2024-06-10');
  });
});

describe('officials', () => {
  it('gives the leader of a country\'s delegation that country', () => {
    const body = 'The Ghanaian delegation was led by Deputy Foreign Minister Kwaku Mensah. On Tuesday, Mensah met a Brazilian delegation in Brasilia.';
    expect(sigs(body, 'MeetingHeld')).toEqual(['MeetingHeld BRA-GHA']);
  });

  it('does not give a headline pair to an official placed in a third country', () => {
    const body = 'Iranian President Ebrahim Raisi and Cuban President Miguel Diaz-Canel signed four agreements in Havana on Thursday. Raisi\'s agenda in Nicaragua included meetings with President Daniel Ortega.';
    const f = facts(body, '2024-06-14');
    const ortega = f.flatMap((x) => (x.type === 'MeetingHeld' ? x.people ?? [] : [])).find((p) => p.name === 'Daniel Ortega');
    expect(ortega?.country).not.toBe('CUB');
  });
});

describe('after the second batch', () => {
  it('reads "with A, B and C casting abstentions" in a Council vote', () => {
    const body = 'Russia on Friday vetoed a Security Council resolution on the war. The text won 11 votes, with Brazil, Gabon and Mexico casting abstentions.';
    expect(sigs(body, 'VoteAbstained')).toEqual(['VoteAbstained BRA', 'VoteAbstained GAB', 'VoteAbstained MEX']);
  });

  it('keeps countries a meeting covered, and talks sources know of, out of meetings', () => {
    expect(sigs('Later the Canadian delegation held discussions with Ghanaian officials, covering issues related to trade ties, Mali and regional security.', 'MeetingHeld')).toEqual(['MeetingHeld CAN-GHA']);
    expect(sigs('The text was softened, according to two diplomats familiar with the negotiations between Chile and Peru.', 'MeetingHeld')).toEqual([]);
  });

  it('does not read the letters of "US$" as a recipient', () => {
    const f = facts('The Government of Japan will provide up to nearly US$40 million in grant aid to Laos.').filter((x) => x.type === 'AidPledged');
    expect(f.map(sig)).toEqual(['AidPledged JPN>LAO']);
  });

  it('reads "vowed to provide $N to X" as the pledge, with the amount as object', () => {
    expect(sigs('The Korean Government vowed to provide US$2 million to Laos for mine clearance.', 'AidPledged')).toEqual([]);
    expect(sigs('The South Korean Government vowed to provide US$2 million to Laos for mine clearance.', 'AidPledged')).toEqual(['AidPledged KOR>LAO']);
    expect(sigs('South Korea vowed to provide security to Laos worth $2 million in arms sales.', 'AidPledged')).toEqual([]);
    expect(sigs('South Korea did not vow to provide $2 million to Laos.', 'AidPledged')).toEqual([]);
  });

  it('finds the host of a guest described as visiting, and of "a state visit of the <Demonym> leader"', () => {
    expect(sigs('Vietnamese Prime Minister Pham Minh Chinh and his visiting Thai counterpart Srettha Thavisin attended a signing ceremony on Monday.', 'VisitMade')).toEqual(['VisitMade THA>VNM']);
    const body = 'Kenyan President William Ruto hosted Ghana\'s President John Mahama at State House, Nairobi, on Monday. The visiting president of Ghana is the current chair of ECOWAS.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade GHA>KEN']);
    expect(sigs('President Alpha Conde and his Senegalese host, President Macky Sall, signed four agreements at the end of a three-day state visit of the Guinean leader.', 'VisitMade')).toEqual(['VisitMade GIN>SEN']);
  });

  it('reads "a visit to the President of <Country>" as a visit to that country', () => {
    expect(sigs('Ghanaian President John Mahama on Tuesday paid a brief visit to the President of the Republic of Togo.', 'VisitMade')).toEqual(['VisitMade GHA>TGO']);
  });

  it('keeps a hyphenated name in apposition with its office', () => {
    const body = 'President William Ruto on Thursday hosted the President of Ghana, John Kufuor-Mensah, at State House in Nairobi.';
    const m = facts(body).find((x) => x.type === 'MeetingHeld');
    expect(m && m.type === 'MeetingHeld' && m.people?.find((p) => p.name === 'William Ruto')?.country).not.toBe('GHA');
  });
});

describe('pledges to several recipients, and their dates', () => {
  it('reads "A to X and up to B to Y" as two pledges of one donor', () => {
    const body = 'Japan will provide 2 billion yen in grant aid to Laos and up to 500 million yen to Cambodia, the ministry said Friday.';
    const f = facts(body).filter((x) => x.type === 'AidPledged');
    expect(f.map(sig).sort()).toEqual(['AidPledged JPN>KHM', 'AidPledged JPN>LAO']);
    expect(f.map((x) => (x.type === 'AidPledged' ? x.value?.amount : null)).sort()).toEqual([2000000000, 500000000].sort());
  });

  it('does not date a future pledge by a weekday resolved into the past', () => {
    const body = 'Japan will provide 2 billion yen in grant aid to Laos when its foreign minister visits on Sunday, the ministry said Friday.';
    const f = facts(body).find((x) => x.type === 'AidPledged');
    expect(f?.date).toBe('2024-06-14');
  });
});
