/** AppealMade: a country urges, calls on, asks or presses another. */
import type { AnalysedSentence } from '../analysis';
import { clauseEnd, clauseStart, dateNear, hasAny, isHedged, isIrrealis } from '../clause';
import type { Context } from '../context';
import type { Candidate } from './candidate';

const TRIGGERS = new Set(['urged', 'urges', 'urging', 'called', 'calls', 'appealed', 'appeals', 'asked', 'asks', 'pressed', 'presses', 'demanded', 'demands', 'requested', 'requests', 'implored']);
// "called ON", "appealed TO", "asked FOR China to": the particle before the addressee.
const PARTICLES = new Set(['on', 'upon', 'to', 'for', 'his', 'her', 'their', 'the', 'from']);

export function detectAppeals(s: AnalysedSentence, ctx: Context): Candidate[] {
  if (!hasAny(s, TRIGGERS)) return [];
  const t = s.tokens;
  const out: Candidate[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k].lower;
    if (!TRIGGERS.has(w)) continue;
    // "called on X to", "called for X to" — not "called for talks".
    if ((w === 'called' || w === 'calls') && !['on', 'upon', 'for'].includes(t[k + 1]?.lower ?? '')) continue;
    if (isIrrealis(s, k)) continue;
    let i = k + 1;
    while (i < t.length && i < k + 4 && PARTICLES.has(t[i].lower)) i++;
    let to = s.mentions.find((m) => m.from === i && (m.role === 'actor' || m.kind === 'capital' || m.kind === 'name'));
    // "sent a note to Russia urging it to release …": the pronoun is the country just named.
    if (!to && (t[k + 1]?.lower === 'it' || t[k + 1]?.lower === 'them') && w === 'urging') {
      to = s.mentions.filter((m) => m.to <= k && m.kind !== 'person' && m.kind !== 'demonym' && m.to >= k - 3).pop();
      i = k + 1;
    }
    if (!to) continue;
    // An appeal is "to do" something: an infinitive must follow within the clause.
    const end = clauseEnd(s, k);
    const objEnd = to.to > k ? to.to : i + 1;
    if (!t.slice(objEnd, Math.min(end, objEnd + 8)).some((x) => x.lower === 'to')) continue;
    const start = clauseStart(s, k);
    const subj = s.mentions.filter((m) => m.from >= start && m.to <= k && m.role === 'actor' && m !== to);
    // "The ministry also demanded from Canada to …": the government named before.
    const institutional = t.slice(start, k).some((x, j) => (x.lower === 'ministry' || x.lower === 'government') && t[start + j - 1]?.lower === 'the');
    const fromIso = subj.length > 0 ? subj[0].iso3 : institutional ? ctx.lastGovernment : null;
    if (!fromIso) continue;
    const from = { iso3: fromIso };
    // "urged China and Russia to …": every coordinated addressee.
    const addressees = [to];
    for (let j = objEnd; s.tokens[j] && (s.tokens[j].lower === 'and' || s.tokens[j].lower === ','); ) {
      const m = s.mentions.find((x) => x.from === j + 1 && x.kind !== 'person');
      if (!m) break;
      addressees.push(m);
      j = m.to;
    }
    const lastEnd = addressees.length > 1 ? addressees[addressees.length - 1].to : objEnd;
    const toAt = t.slice(lastEnd, end).findIndex((x) => x.lower === 'to');
    const aboutToks = t.slice(lastEnd + toAt + 1, end).map((x) => x.text);
    const about = aboutToks.join(' ').replace(/ ([,.;)’']|'s)/g, '$1') || null;
    for (const a of addressees) {
      if (a.iso3 === from.iso3) continue;
      out.push({
      type: 'AppealMade',
      from: from.iso3,
      to: a.iso3,
      about,
      date: dateNear(s, k) ?? ctx.storyDate,
      dateExplicit: dateNear(s, k) !== null,
      confidence: 0.75,
      modality: isHedged(s) ? 'hedged' : 'asserted',
      sentence: s.index,
      });
    }
    if (out.length > 0) break;
  }
  return out;
}
