import { BadRequestException } from '@nestjs/common';
import { cameoFor, validateFactInput, type FactDraft } from '@dyad/domain';

/** The extractor stamp of facts a client sent with its article. */
export const CLIENT_EXTRACTOR = { name: 'client', version: '1' };

/** Client facts are validated against the public schema; 400 names the first wrong fields. */
export function clientFacts(input: unknown[]): FactDraft[] {
  const errors: string[] = [];
  const facts: FactDraft[] = [];
  input.forEach((raw, i) => {
    const r = validateFactInput(raw);
    if (!r.ok) {
      for (const e of r.errors) errors.push(`facts[${i}]${e.path ? `.${e.path}` : ''}: ${e.message}`);
      return;
    }
    const f = r.fact as FactDraft;
    facts.push({
      ...f,
      confidence: f.confidence ?? 1,
      modality: f.modality ?? 'asserted',
      extractor: CLIENT_EXTRACTOR,
      cameo: f.cameo ?? cameoFor(f),
    } as FactDraft);
  });
  if (errors.length) throw new BadRequestException({ message: 'invalid facts', errors: errors.slice(0, 50) });
  return facts;
}
