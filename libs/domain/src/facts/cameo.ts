/**
 * CAMEO mapping of Dyad facts, for GDELT-style tools. Codes from the CAMEO 1.1b3 manual; Goldstein
 * weights from the CAMEO Goldstein table GDELT publishes (CAMEO.goldsteinscale.txt). QuadClass:
 * 1 verbal cooperation (01–05), 2 material cooperation (06–09), 3 verbal conflict, 4 material conflict.
 *
 * Votes have no CAMEO event code (DESIGN.md: "votes stay their own records"): `cameoFor` returns
 * null for VoteAbstained and VoteCast, and the fact carries `cameo: null`.
 */
import type { CameoMapping, FactFields } from './fact.types';

const map = (code: string, goldstein: number, quadClass: CameoMapping['quadClass']): CameoMapping => ({ code, goldstein, quadClass });

const has = (text: string | null | undefined, re: RegExp) => !!text && re.test(text);

export function cameoFor(fact: FactFields): CameoMapping | null {
  switch (fact.type) {
    case 'MeetingHeld':
      // 044 "meet at a third location" when the place is neither party's; else 040 "consult".
      if (fact.location?.country && !fact.participants.includes(fact.location.country)) return map('044', 2.5, 1);
      return map('040', 1.0, 1);
    case 'VisitMade':
      // 042 "make a visit", coded from the visitor's side (043 "host a visit" is the host's view).
      return map('042', 1.9, 1);
    case 'AgreementSigned':
      return map('057', 8.0, 1);
    case 'AidPledged': {
      // 033x "express intent to provide material aid": a pledge is a stated intent.
      const about = fact.purpose ?? '';
      if (has(about, /humanitarian|relief|refugee/i)) return map('0333', 5.2, 1);
      if (has(about, /military|weapons|arms|defen[cs]e/i)) return map('0332', 5.2, 1);
      return map('0331', 5.2, 1);
    }
    case 'AppealMade': {
      const about = fact.about ?? '';
      if (has(about, /\baid\b|assistance|help/i)) return map('023', 3.4, 1);
      if (has(about, /\b(?:meet|talks|negotiat)/i)) return map('026', 4.0, 1);
      if (has(about, /release/i)) return map('0243', -0.3, 1);
      if (has(about, /\b(?:join|support|cooperat|solidarity|align)/i)) return map('022', 3.2, 1);
      return map('020', 3.0, 1);
    }
    case 'CooperationAgreed': {
      // 03x "express intent to cooperate": an agreement to cooperate is verbal cooperation.
      const about = fact.about ?? '';
      if (has(about, /econom|trade|invest|energy|financ/i)) return map('0311', 5.2, 1);
      if (has(about, /military|defen[cs]e|security|missile|nuclear/i)) return map('0312', 5.2, 1);
      if (has(about, /ceasefire|cease-fire|settle|peace/i)) return map('037', 5.0, 1);
      return map('030', 4.0, 1);
    }
    case 'VoteAbstained':
    case 'VoteCast':
      return null;
    default: {
      const _never: never = fact;
      return _never;
    }
  }
}
