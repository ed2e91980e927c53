import { validateFactInput } from '@dyad/domain/facts/fact.schema';
console.log(JSON.stringify(validateFactInput({ type: 'MeetingHeld', participants: ['JPN', 'XYZ'], date: '2022-13' })));
console.log(JSON.stringify(validateFactInput({ type: 'VoteCast', country: 'MNG', body: 'UNGA', position: 'maybe' })));
console.log(JSON.stringify(validateFactInput({ type: 'AgreementSigned', parties: ['EGY'], organisations: ['EU'], value: { amount: 1, currency: 'EUR' }, date: '2015-11-02' })));
