/**
 * Rules added in extractor 1.12, from the misses of fresh blind batch 12. Every sentence here is
 * invented; each case names the pattern it stands for, with negative cases (future, negated,
 * hypothetical, domestic) that must yield nothing.
 */
import { facts, sigs } from './spec-signatures';

const dateOf = (body: string, type: string) => facts(body).filter((f) => f.type === type).map((f) => f.date);

describe('a range of days is dated by its first day', () => {
  it('"from 8 to 10 June" and "4th to 5th May, 2021"', () => {
    expect(dateOf('Ghanaian President Kofi Mensah visited Togo from 8 to 10 June.', 'VisitMade')).toEqual(['2024-06-08']);
    expect(dateOf('Ghanaian President Kofi Mensah visited Togo from 4th to 5th May, 2021.', 'VisitMade')).toEqual(['2021-05-04']);
  });
  it('two days joined by "and" without "between" are not a range', () => {
    expect(dateOf('Ghanaian President Kofi Mensah visited Togo on 3 and 9 June.', 'VisitMade')).toEqual(['2024-06-09']);
  });
});

describe('a place adjective between the preposition and the country', () => {
  it('"arrived in neighbouring Togo", "flew to war-torn Yemen"', () => {
    expect(sigs('Ghanaian President Kofi Mensah arrived in neighbouring Togo on Tuesday.', 'VisitMade')).toEqual(['VisitMade GHA>TGO']);
    expect(sigs('Omani Foreign Minister Said Harthi flew to war-torn Yemen on Tuesday.', 'VisitMade')).toEqual(['VisitMade OMN>YEM']);
  });
  it('a planned trip to a neighbour is no visit', () => {
    expect(sigs('Ghanaian President Kofi Mensah will travel to neighbouring Togo next week.', 'VisitMade')).toEqual([]);
  });
});

describe('a visit by <name>, <office> of <state>, to <state>', () => {
  it('the office in apposition gives the visitor, honorifics included', () => {
    const body = 'The commission was convened as a follow-up to the visit by Her Excellency Ama Boateng, President of the Republic of Ghana to the Republic of Togo from 2nd to 3rd May, 2024.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade GHA>TGO']);
    expect(dateOf(body, 'VisitMade')).toEqual(['2024-05-02']);
  });
  it('a planned visit is not one', () => {
    expect(sigs('The commission prepared the planned visit by Ama Boateng, President of Ghana to Togo.', 'VisitMade')).toEqual([]);
  });
});

describe('a fronted meeting whose main clause has "both leaders"', () => {
  const visit = 'Ghanaian President Kofi Mensah arrived in Lomé on Tuesday for talks with Togolese President Yao Agbo.';
  it('"During a closed-door meeting, both leaders discussed trade" is the pair\'s meeting', () => {
    expect(sigs(`${visit} During a closed-door meeting at the palace, both leaders discussed trade.`, 'MeetingHeld')).toEqual(['MeetingHeld GHA-TGO']);
  });
  it('the same phrase in the future is no meeting', () => {
    expect(sigs('Ghanaian President Kofi Mensah arrived in Lomé on Tuesday. During a meeting at the palace, both leaders will discuss trade.', 'MeetingHeld')).toEqual([]);
  });
});

describe('a second meeting in a later coordinated clause', () => {
  const body = 'Ghanaian President Kofi Mensah and Togolese President Yao Agbo met in Accra on Monday, and the two leaders met again in Lomé on Wednesday.';
  it('with a date of its own, it is another meeting', () => {
    expect(facts(body).filter((f) => f.type === 'MeetingHeld').map((f) => f.date)).toEqual(['2024-06-10', '2024-06-12']);
  });
  it('a later meeting planned is none', () => {
    const planned = 'Ghanaian President Kofi Mensah and Togolese President Yao Agbo met in Accra on Monday, and the two leaders will meet again in July.';
    expect(facts(planned).filter((f) => f.type === 'MeetingHeld').map((f) => f.date)).toEqual(['2024-06-10']);
  });
  it('a date before ", and the two leaders" belongs to the earlier clause', () => {
    const b = 'Ghanaian President Kofi Mensah visited Abuja last year, and the two leaders met on the sidelines of the summit in March.';
    expect(facts(b).filter((f) => f.type === 'MeetingHeld').map((f) => f.date)).toEqual(['2024-03']);
  });
});

describe('a vote list that goes on after "in addition to other countries, including"', () => {
  it('every named country of both parts abstained', () => {
    const body = 'The General Assembly adopted the resolution on Thursday. Two countries abstained, namely: Peru and Chile, in addition to other countries, including Nepal and Laos.';
    expect(sigs(body, 'VoteAbstained')).toEqual(['VoteAbstained CHL', 'VoteAbstained LAO', 'VoteAbstained NPL', 'VoteAbstained PER']);
  });
});

describe('"agreed that X and Y will …"', () => {
  it('the states of the reported clause undertake it together', () => {
    expect(sigs('The presidents agreed that Ghana and Togo will soon build a joint power plant.', 'CooperationAgreed')).toEqual(['CooperationAgreed GHA-TGO']);
  });
  it('negated, one state, or only said: nothing', () => {
    expect(sigs('The presidents did not agree that Ghana and Togo will build a power plant.', 'CooperationAgreed')).toEqual([]);
    expect(sigs('The presidents agreed that Ghana will build a power plant.', 'CooperationAgreed')).toEqual([]);
    expect(sigs('The president said that Ghana and Togo will build a power plant.', 'CooperationAgreed')).toEqual([]);
  });
});

describe('currencies: ISO 4217 codes and dollars named after their state', () => {
  const valueOf = (body: string) => facts(body).filter((f) => f.type === 'AidPledged').map((f) => (f.type === 'AidPledged' ? f.value : null));
  it('"NZ$5 million", "$NZD5 million", "NZD 5 million" are New Zealand dollars', () => {
    expect(valueOf('New Zealand pledged NZ$5 million in aid to Samoa.')).toEqual([{ amount: 5000000, currency: 'NZD' }]);
    expect(valueOf('New Zealand pledged $NZD5 million in aid to Samoa.')).toEqual([{ amount: 5000000, currency: 'NZD' }]);
    expect(valueOf('New Zealand pledged NZD 5 million in aid to Samoa.')).toEqual([{ amount: 5000000, currency: 'NZD' }]);
  });
  it('an upper-case code that is an English word is no currency prefix', () => {
    expect(valueOf('Japan pledged ALL 5 million in aid to Samoa.')).toEqual([{ amount: 5000000, currency: null }]);
  });
});

describe('"both countries" with no pair told', () => {
  it('is the two states the article has named, when it has named exactly two', () => {
    const body = 'SUVA – Fiji and New Zealand held a ceremony for their soldiers.\n\nBoth countries have also agreed to enhance defence cooperation.';
    expect(sigs(body, 'CooperationAgreed')).toEqual(['CooperationAgreed FJI-NZL']);
  });
  it('with three states named, nothing is guessed', () => {
    const body = 'Fiji, Tonga and New Zealand held a ceremony for their soldiers.\n\nBoth countries have also agreed to enhance defence cooperation.';
    expect(sigs(body, 'CooperationAgreed')).toEqual([]);
  });
});

describe('aid to a people', () => {
  it('"to the Afghan people" names the recipient state', () => {
    expect(sigs('Canada pledged $5 million in aid to the Afghan people.', 'AidPledged')).toEqual(['AidPledged CAN>AFG']);
  });
  it('aid refused is none', () => {
    expect(sigs('Canada will not give aid to the Afghan people.', 'AidPledged')).toEqual([]);
  });
});

describe('a sum of aid signed', () => {
  it('"signed a $10 million grant for Laos" is an agreement and a pledge', () => {
    expect(sigs('Japan signed a $10 million grant for Laos on Monday.')).toEqual(['AgreementSigned JPN-LAO', 'AidPledged JPN>LAO']);
    expect(sigs('The Australian Government has signed a $AUD8 million budget support to assist Tonga.')).toEqual(['AgreementSigned AUS-TON', 'AidPledged AUS>TON']);
  });
  it('a planned signing, or a contract, is not one', () => {
    expect(sigs('Japan will sign a $10 million grant for Laos on Monday.')).toEqual([]);
    expect(sigs('The firm signed a $10 million contract with Laos.')).toEqual([]);
  });
});

describe('"this meeting" after a virtual one', () => {
  it('refers to the remote meeting, which is no MeetingHeld', () => {
    const body = 'Canada hosted a virtual meeting of foreign ministers on Friday. During this meeting, Canada and Chile announced new projects.';
    expect(sigs(body, 'MeetingHeld')).toEqual([]);
  });
  it('"At the meeting" after it is the same remote meeting', () => {
    const body = 'Canada hosted a virtual meeting of foreign ministers on Friday. At the meeting, the two countries reviewed their projects.';
    expect(sigs(body, 'MeetingHeld')).toEqual([]);
  });
  it('a meeting in person is still one', () => {
    expect(sigs('Canada hosted a meeting with Chile in Ottawa on Friday.', 'MeetingHeld')).toEqual(['MeetingHeld CAN-CHL']);
  });
});

describe('two officials under one plural title', () => {
  it('"Presidents of A and B N1 and N2" pairs in order', () => {
    const body = 'Presidents of Ghana and Togo Kofi Mensah and Yao Agbo chaired the first session of the council in Lomé on Friday. Kofi Mensah, who is in Togo on a state visit, praised the project.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade GHA>TGO']);
  });
  it('"Presidents N1 of A and N2 of B" pairs each with his state', () => {
    expect(sigs('Presidents Kofi Mensah of Ghana and Yao Agbo of Togo held talks in Accra on Friday.', 'MeetingHeld')).toEqual(['MeetingHeld GHA-TGO']);
  });
});

describe('country names with diacritics', () => {
  it('"Việt Nam" is Vietnam', () => {
    expect(sigs('Indonesian President Budi Santoso arrived in Việt Nam on Thursday.', 'VisitMade')).toEqual(['VisitMade IDN>VNM']);
  });
});

describe('an onward leg', () => {
  it('"…, before travelling to Qatar" is a visit of the subject, and Qatar is no party of the summit', () => {
    const body = 'US President John Carter landed in Oman on Tuesday, attended a summit with Omani leaders on Wednesday, before travelling to Qatar.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade USA>OMN', 'VisitMade USA>QAT']);
    expect(sigs(body, 'MeetingHeld').filter((x) => x.includes('QAT'))).toEqual([]);
  });
  it('planned legs are not visits', () => {
    expect(sigs('US President John Carter will land in Oman on Tuesday before travelling to Qatar.', 'VisitMade')).toEqual([]);
  });
});

describe('a tour of a country and the day of the tour', () => {
  it('"on the second day of his tour of the UAE" dates the visit from its first day', () => {
    const body = "Qatar's Emir Hamad Thani on Thursday arrived at the Expo grounds, on the second day of his official tour of the UAE.";
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade QAT>ARE']);
    expect(dateOf(body, 'VisitMade')).toEqual(['2024-06-12']);
  });
});

describe('the end of a trip', () => {
  it('"returned on 12 June, wrapping up a state visit to Ghana" dates the visit by the month', () => {
    const body = 'Togolese President Yao Agbo arrived back in Lomé on 12 June, wrapping up a state visit to Ghana.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade TGO>GHA']);
    expect(dateOf(body, 'VisitMade')).toEqual(['2024-06']);
  });
});

describe('a host described rather than named', () => {
  it('"on a state visit to the West African nation" is to the one other state named', () => {
    const body = 'The ministers signed the accords in the presence of Sandra Kofi, President of the Republic of Ghana, and Ali Sow, President of the Republic of Senegal, who is on a state visit to the West African nation.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade SEN>GHA']);
  });
  it('with no other state named, or two, nothing is guessed', () => {
    expect(sigs("Senegal's president is on a state visit to the West African nation.", 'VisitMade')).toEqual([]);
    expect(sigs("Ghana and Togo signed a deal. Senegal's president is on a state visit to the West African nation.", 'VisitMade')).toEqual([]);
  });
});

