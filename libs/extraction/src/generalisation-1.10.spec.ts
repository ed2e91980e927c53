/**
 * Rules added in extractor 1.10, from the misses of fresh blind batch 10. Every sentence here is
 * invented; each case names the pattern it stands for, with negative cases.
 */
import { facts, sigs } from './spec-signatures';

describe('a relative clause between the subject and its verb', () => {
  it('the verb belongs to the state before ", which / whose …,"', () => {
    expect(sigs('Brazil, whose government was criticised by Argentina for its stance, abstained in the General Assembly vote.', 'VoteAbstained')).toEqual(['VoteAbstained BRA']);
    expect(sigs('Norway, which is one of Ghana\'s largest partners, said it would send aid worth $3 million to Ghana.', 'AidPledged')).toEqual(['AidPledged NOR>GHA']);
  });
  it('a state inside the relative clause is not the subject', () => {
    expect(sigs('Norway, which is one of Ghana\'s largest partners, said it would send aid worth $3 million to Ghana.', 'AidPledged')).not.toContain('AidPledged GHA>GHA');
    expect(sigs('The Council, which Brazil chairs this month, abstained from comment.', 'VoteAbstained')).toEqual([]);
  });
});

describe('aid sent', () => {
  const flood = 'Donors pledged aid for the victims of the floods in Bangladesh.';
  it('"said it would send aid worth $N" is a reported pledge', () => {
    expect(sigs('Canada said it would send aid worth $2 million to Bangladesh.', 'AidPledged')).toEqual(['AidPledged CAN>BGD']);
  });
  it('a negated or planned sending is none', () => {
    expect(sigs('Canada said it would not send aid worth $2 million to Bangladesh.', 'AidPledged')).toEqual([]);
    expect(sigs('Canada may send aid worth $2 million to Bangladesh.', 'AidPledged')).toEqual([]);
  });
  it('each coordinated state of the subject that sent relief goods gives', () => {
    expect(sigs(`${flood} Norway, Japan, the United Arab Emirates (UAE) and Kuwait have sent cargo planes carrying urgently needed goods such as tents.`, 'AidPledged')).toEqual(
      ['AidPledged ARE>BGD', 'AidPledged JPN>BGD', 'AidPledged KWT>BGD', 'AidPledged NOR>BGD'],
    );
    expect(sigs(`${flood} Kuwait is sending thousands of tents and blankets.`, 'AidPledged')).toEqual(['AidPledged KWT>BGD']);
    // the source of the report is no recipient
    expect(sigs(`${flood} Kuwait is sending thousands of tents, according to the Kuwaiti media.`, 'AidPledged')).toEqual(['AidPledged KWT>BGD']);
  });
  it('no goods, no disaster recipient, or troops: no pledge', () => {
    expect(sigs(`${flood} Norway and Japan have sent observers to the region.`, 'AidPledged')).toEqual([]);
    expect(sigs('Norway and Japan have sent cargo planes carrying goods such as tents.', 'AidPledged')).toEqual([]);
    expect(sigs(`${flood} Kuwait is sending a delegation to the talks.`, 'AidPledged')).toEqual([]);
  });
});

describe('names and references that are no party', () => {
  it('"<Country> Red Cross / Red Crescent" is a relief society, not the state', () => {
    const flood = 'Donors pledged aid for the victims of the floods in Bangladesh.';
    expect(sigs(`${flood} The Norway Red Cross pledged $100,000 in relief aid.`, 'AidPledged')).toEqual([]);
    expect(sigs(`${flood} Norway pledged $100,000 in relief aid.`, 'AidPledged')).toEqual(['AidPledged NOR>BGD']);
  });
  it('"Teheran" is Iran\'s capital', () => {
    expect(sigs('Germany urged Teheran to release the detained journalists.', 'AppealMade')).toEqual(['AppealMade DEU>IRN']);
  });
  it('a meeting used as a time reference is not told', () => {
    expect(sigs('Protesters gathered in Lima on the eve of the March 3 summit between Chile and Peru.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Chile and Peru signed the deal ahead of the regional leaders meeting.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Chile and Peru held a meeting on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld CHL-PER']);
  });
  it('"agreed to <do something> with X" is cooperation only when what was agreed is', () => {
    expect(sigs('Lula has agreed to take questions from reporters with Petro at the palace.', 'CooperationAgreed')).toEqual([]);
    expect(sigs('Brazil agreed to expand trade cooperation with Colombia.', 'CooperationAgreed')).toEqual(['CooperationAgreed BRA-COL']);
  });
  it('the object of a preposition is not who appeals', () => {
    expect(sigs('The French Foreign Ministry summoned the ambassador. The ministry said it had expressed its solidarity with Britain and urged Iran to free the sailors.', 'AppealMade')).not.toContain('AppealMade GBR>IRN');
    expect(sigs('Together with Britain, France urged Iran to free the sailors.', 'AppealMade')).toEqual(['AppealMade FRA>IRN']);
  });
});

describe('visits', () => {
  it('a clock time does not cut the clause ("arrived at 11:30 a.m. Tuesday for his state visit to X")', () => {
    expect(sigs('Colombian President Gustavo Petro arrived at around 11:30 a.m. on Tuesday for his first state visit to Ecuador.', 'VisitMade')).toEqual(['VisitMade COL>ECU']);
  });
  it('a guest welcomed to a place is visiting it', () => {
    expect(sigs('Ecuadorian President Daniel Noboa welcomed Colombian President Gustavo Petro to Quito on Monday.', 'VisitMade')).toEqual(['VisitMade COL>ECU']);
    expect(sigs('Ecuadorian President Daniel Noboa welcomed Colombian President Gustavo Petro to Quito on Monday.', 'VisitMade')).not.toContain('VisitMade ECU>ECU');
  });
  it('welcoming a decision, or a welcome still to come, is no visit', () => {
    expect(sigs('Ecuador welcomed Colombia\'s decision to reopen the border.', 'VisitMade')).toEqual([]);
    expect(sigs('Noboa will welcome Colombian President Gustavo Petro to Quito next week.', 'VisitMade')).toEqual([]);
  });
  it('"the visit to <place> of <official>"', () => {
    expect(sigs('The week ended on Friday with the visit to Quito of Colombian Foreign Minister Luis Gilberto Murillo.', 'VisitMade')).toEqual(['VisitMade COL>ECU']);
  });
  it('an official introduced with accents is followed without them', () => {
    expect(sigs('Ecuadorian President Daniel Noboa and his Colombian counterpart Gústavo Petro met in Quito. The week ended with the visit to Quito of President Gustavo Petro.', 'VisitMade')).toEqual(['VisitMade COL>ECU']);
  });
});

describe('dates and officials told twice', () => {
  it('a day "before a vote" is not the vote\'s date', () => {
    const body = 'Brazil\'s envoy addressed the Security Council, before a vote, on May 2, 2024.\n\nChile vetoed a draft resolution of the Security Council on June 10.\n\nMexico also abstained from the vote.';
    const f = facts(body).filter((x) => x.type === 'VoteAbstained');
    expect(f.map((x) => x.date)).toEqual(['2024-06-10']);
  });
  it('an official introduced again with a title and without accents keeps the country', () => {
    const body = 'The head of the Ecuadorian government Daniel Noboa and his Colombian counterpart Gústavo Petro, in Quito on Friday.\n\nEcuador and Colombia have held meetings over the past week.\n\nThe week ended with the visit to Quito of President Gustavo Petro.';
    expect(sigs(body, 'VisitMade')).toEqual(['VisitMade COL>ECU']);
  });
});

describe('a visit named as the time of another event', () => {
  it('"A and B signed … during <official>\'s state visit" is a visit to the other state', () => {
    expect(sigs('Colombia and Ecuador signed six agreements on Monday during Colombian President Gustavo Petro\'s state visit, the first by a Colombian leader in a decade.', 'VisitMade')).toEqual(['VisitMade COL>ECU']);
  });
  it('not without "during", nor with two other states', () => {
    expect(sigs('Colombia and Ecuador discussed Colombian President Gustavo Petro\'s state visit.', 'VisitMade')).toEqual([]);
    expect(sigs('Colombia, Peru and Ecuador signed agreements during Colombian President Gustavo Petro\'s state visit.', 'VisitMade')).toEqual([]);
  });
});

describe('money for the victims of a disaster', () => {
  const flood = 'Donors pledged aid for the victims of the floods in Bangladesh.';
  it('"has provided $N for flood survivors" is aid to the stricken state', () => {
    expect(sigs(`${flood} Norway has already provided $10 million for flood survivors.`, 'AidPledged')).toEqual(['AidPledged NOR>BGD']);
  });
  it('money for something else is not', () => {
    expect(sigs(`${flood} Norway has already provided $10 million for new patrol boats.`, 'AidPledged')).toEqual([]);
  });
});

describe('an agreement described as signed', () => {
  it('"The signed agreement provides for A to help B"', () => {
    expect(sigs('The signed agreement provides for Ecuador to help Colombia with electricity.', 'AgreementSigned')).toEqual(['AgreementSigned COL-ECU']);
  });
  it('not an agreement still to be signed, nor one with no states', () => {
    expect(sigs('The agreement to be signed provides for Ecuador to help Colombia with electricity.', 'AgreementSigned')).toEqual([]);
    expect(sigs('The signed agreement provides for cheaper electricity.', 'AgreementSigned')).toEqual([]);
  });
});

describe('dates of pledges and arrivals', () => {
  it('a pledge dated only by the statement that makes it takes the statement\'s day', () => {
    const f = facts('Norway has pledged $10 million in aid to flood-hit Bangladesh, its foreign minister said on Tuesday.').filter((x) => x.type === 'AidPledged');
    expect(f.map((x) => x.date)).toEqual(['2024-06-11']);
  });
  it('the day of a report does not date a visit', () => {
    const f = facts('Norway\'s foreign minister visited Bangladesh last month, the ministry said on Tuesday.').filter((x) => x.type === 'VisitMade');
    expect(f.map((x) => x.date)).not.toContain('2024-06-11');
  });
  it('"On their arrival on Sunday" starts the visit told before', () => {
    const body = 'Colombia and Ecuador signed six agreements on Monday during Colombian President Gustavo Petro\'s state visit.\n\nOn their arrival on Sunday evening, Petro and his wife were received at the airport.';
    const f = facts(body, '2024-06-11').filter((x) => x.type === 'VisitMade');
    expect(f.map((x) => x.date)).toEqual(['2024-06-09']);
  });
  it('an arrival still to come does not', () => {
    const body = 'Colombia and Ecuador signed six agreements on Monday during Colombian President Gustavo Petro\'s state visit.\n\nOn his arrival on Sunday he will be received at the airport.';
    const f = facts(body, '2024-06-11').filter((x) => x.type === 'VisitMade');
    expect(f.map((x) => x.date)).toEqual(['2024-06-10']);
  });
});

describe('an exchange of views', () => {
  it('"had an in-depth exchange of views" is a meeting', () => {
    expect(sigs('Ecuadorian and Colombian ministers had an in-depth exchange of views on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld COL-ECU']);
  });
  it('not by phone, nor an exchange of something else', () => {
    expect(sigs('Ecuadorian and Colombian ministers had an exchange of views by phone on Monday.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Ecuador and Colombia held an exchange of prisoners on Monday.', 'MeetingHeld')).toEqual([]);
  });
});
