/**
 * Rules added in extractor 1.11, from the misses of fresh blind batch 11. Every sentence here is
 * invented; each case names the pattern it stands for, with negative cases.
 */
import { facts, PUB, sig, sigs } from './spec-signatures';

describe('a summit as the object of a purpose infinitive', () => {
  it('"invited X to join the G-20 summit" is no meeting, nor is a numbered or hyphenated one', () => {
    expect(sigs('Kenya has invited Ghana to join the G-20 summit as a guest country.', 'MeetingHeld')).toEqual([]);
    expect(sigs('Peru invited Chile to attend the 2025 summit in Lima.', 'MeetingHeld')).toEqual([]);
  });
  it('observers asked to observe a summit do not meet', () => {
    expect(sigs('The members were accompanied by the leaders of Norway, Japan and Brazil, who were asked to observe the summit.', 'MeetingHeld')).toEqual([]);
  });
  it('a summit held is still one', () => {
    expect(sigs('Kenya and Ghana held a summit in Nairobi on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld GHA-KEN']);
  });
});

describe('a coordinated subject that travelled', () => {
  it('every state of "the presidents of A and B arrived in C" visits', () => {
    expect(sigs('The presidents of Ghana and Togo arrived in Benin on Thursday for the summit.', 'VisitMade')).toEqual(['VisitMade GHA>BEN', 'VisitMade TGO>BEN']);
    expect(sigs('The heads of state of Chile, Bolivia and Peru arrived in Ecuador on Thursday.', 'VisitMade')).toEqual(['VisitMade BOL>ECU', 'VisitMade CHL>ECU', 'VisitMade PER>ECU']);
  });
  it('a place before the subject is not coordinated with it', () => {
    expect(sigs('Ruto met Museveni in Kampala, and Uganda later visited Tanzania.', 'VisitMade')).not.toContain('VisitMade KEN>TZA');
  });
});

describe('a destination is no visitor', () => {
  it('"left for A, concluding his visit in B" with the traveller of no known state tells no visit of A', () => {
    const got = sigs('Prime Minister Tomas Ruel left for Ghana today, concluding his state visit in Togo.', 'VisitMade');
    expect(got).not.toContain('VisitMade GHA>TGO');
  });
  it('a leader of no stated state is not given the state he visited', () => {
    const body = 'Prime Minister Tomas Ruel left for Ghana today, concluding his state visit in Togo.\n\nRuel wrapped up his stay during which he visited Benin Porto-Novo and Togo and held talks with the presidents of the two countries.';
    expect(sigs(body, 'VisitMade').filter((x) => x.startsWith('VisitMade BEN') || x.startsWith('VisitMade TGO') || x.startsWith('VisitMade GHA'))).toEqual([]);
  });
});

describe('aid', () => {
  it('"to the <Demonym> government" names the recipient', () => {
    expect(sigs('Norway offered on Saturday 100,000 U.S. dollars in aid to the Chilean government.', 'AidPledged')).toEqual(['AidPledged NOR>CHL']);
  });
  it("a country's firms or citizens giving are not the state", () => {
    expect(sigs('Japanese companies have provided more than 12 million dollars in aid to Nepal.', 'AidPledged')).toEqual([]);
    expect(sigs('Japan has provided more than 12 million dollars in aid to Nepal.', 'AidPledged')).toEqual(['AidPledged JPN>NPL']);
  });
  it('a headline and the body telling one pledge of one amount give one fact', () => {
    const got = facts('Norway donates $100,000 to Chile over flood\n\nNorway offered Saturday 100,000 U.S. dollars in aid to the Chilean government.', PUB).filter((f) => f.type === 'AidPledged');
    expect(got).toHaveLength(1);
    expect(got[0].type === 'AidPledged' && got[0].date).toBe('2024-06-08');
  });
});

describe('bilateral mechanisms and meetings told as past', () => {
  it('"A and B held a joint committee meeting" is a meeting, "a joint commission meeting of A and B took place" too', () => {
    expect(sigs('On April 17, Ghana and Togo held a joint committee meeting.', 'MeetingHeld')).toEqual(['MeetingHeld GHA-TGO']);
    expect(sigs('The seventh joint commission meeting of Ghana and Togo took place in Accra in March 2015.', 'MeetingHeld')).toEqual(['MeetingHeld GHA-TGO']);
  });
  it("a body's committee or commission session still is not", () => {
    expect(sigs('The Security Council committee meeting discussed Ghana and Togo.', 'MeetingHeld')).toEqual([]);
  });
  it('"after the meeting between A and B" in a past clause tells the meeting', () => {
    expect(sigs('The agreements were signed in Accra on Monday after the meeting between Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Robert Dussey.', 'MeetingHeld')).toEqual(['MeetingHeld GHA-TGO']);
  });
  it('a future clause or a meeting merely referred back to does not', () => {
    expect(sigs('The deal will be signed after the meeting between Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Robert Dussey.', 'MeetingHeld')).toEqual([]);
    expect(sigs('A few days after the meeting, Ghana and Togo signed a trade deal.', 'MeetingHeld')).toEqual([]);
  });
});

describe('a sum given as the second object', () => {
  it('"has given (the) <State> $N" is aid, aid noun or not', () => {
    expect(sigs('Japan has given the Solomon Islands $16 million to develop projects.', 'AidPledged')).toEqual(['AidPledged JPN>SLB']);
    expect(sigs('Japan has given the Philippines $16 million in aid.', 'AidPledged')).toEqual(['AidPledged JPN>PHL']);
  });
  it('a count that is not money, or something else given, is not', () => {
    expect(sigs('The Philippines has given Australia 16 million reasons to worry.', 'AidPledged')).toEqual([]);
    expect(sigs('China has given Fiji a warning.', 'AidPledged')).toEqual([]);
  });
});

describe('an official in apposition before a verb', () => {
  it('"The <Demonym> <Title>, <Name> is …" gives the official his state', () => {
    expect(sigs('The Ghanaian President, Kofi Mensah is on a tour of the region. Kofi Mensah started his working visit in Togo on Tuesday.', 'VisitMade')).toEqual(['VisitMade GHA>TGO']);
  });
});

describe('"he" after an official of no known state', () => {
  it('is not the official of known state named before', () => {
    const body = 'Togolese President Faure Gnassingbe received Prime Minister Tomas Ruel in Lome on Monday.\n\nRuel later took the chance to meet business leaders.\n\nHe paid a two-day visit in Ghana.';
    expect(sigs(body, 'VisitMade')).not.toContain('VisitMade TGO>GHA');
  });
  it('is still the official of known state when no other official was named since', () => {
    const body = 'Togolese President Faure Gnassingbe arrived in Accra on Monday.\n\nHe paid a two-day visit in Ghana.';
    expect(sigs(body, 'VisitMade')).toContain('VisitMade TGO>GHA');
  });
});

describe('signed texts exchanged, agreement reached', () => {
  it('"A and his B counterpart exchange(d) the MoU" is a signing', () => {
    expect(sigs('Ghanaian Foreign Minister Kofi Mensah and his Togolese counterpart Robert Dussey exchanged the MoU on cooperation after their talks in Accra.', 'AgreementSigned')).toEqual(['AgreementSigned GHA-TGO']);
  });
  it('"exchanged views on the agreement" is not', () => {
    expect(sigs('Ghana and Togo exchanged views on the agreement.', 'AgreementSigned')).toEqual([]);
  });
  it('"reached (an) agreement on measures to improve bilateral cooperation" is cooperation agreed', () => {
    expect(sigs('Ghana and Togo reached agreement on measures to improve bilateral cooperation.', 'CooperationAgreed')).toEqual(['CooperationAgreed GHA-TGO']);
    expect(sigs('The ministers of Ghana and Togo reached an agreement to expand trade ties.', 'CooperationAgreed')).toEqual(['CooperationAgreed GHA-TGO']);
  });
  it('an agreement reached on something other than ties is not', () => {
    expect(sigs('Ghana and Togo reached agreement on the date of the visit.', 'CooperationAgreed')).toEqual([]);
  });
});

describe('a meeting noun that is no event', () => {
  it('"off the summit agenda" modifies another noun', () => {
    expect(sigs('Ghana and Togo fought to keep free trade off the summit agenda.', 'MeetingHeld')).toEqual([]);
  });
  it('"his stay in A, B, and C was filled with … discussions" lists a tour, not a meeting of the hosts', () => {
    expect(sigs('His stay in Ghana, Togo, and Benin for the past six days was filled with honor and serious discussions.', 'MeetingHeld')).toEqual([]);
  });
  it('a summit held is still a meeting', () => {
    expect(sigs('Ghana and Togo held a summit on trade in Accra on Monday.', 'MeetingHeld')).toEqual(['MeetingHeld GHA-TGO']);
  });
});

describe('"May" as a surname', () => {
  it('"Anna May" after a title is an official, later "Anna May started her visit" too', () => {
    expect(sigs('The Dutch Prime Minister, Anna May is on a tour. Anna May started her working visit in Ghana on Tuesday.', 'VisitMade')).toEqual(['VisitMade NLD>GHA']);
  });
  it('"May" before a day stays a month', () => {
    const got = facts('Ghanaian President Kofi Mensah May 5 met Togolese President Faure Gnassingbe in Accra.', '2024-06-14').filter((f) => f.type === 'MeetingHeld');
    expect(got.map(sig)).toEqual(['MeetingHeld GHA-TGO']);
    expect(got[0].type === 'MeetingHeld' && got[0].date).toBe('2024-05-05');
  });
});

describe('the story day', () => {
  it('is not the cut-off day of a count ("as of 2 p.m. Friday")', () => {
    const body = 'The death toll from the floods rose to 2,881 as of 2 p.m. Thursday.\n\nNorway donated $100,000 in aid to Chile.';
    const got = facts(body, '2024-06-15').filter((f) => f.type === 'AidPledged');
    expect(got).toHaveLength(1);
    // (No day of its own: the month of publication, 1.19.)
    expect(got[0].type === 'AidPledged' && got[0].date).toBe('2024-06');
  });
});
