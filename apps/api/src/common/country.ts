import { BadRequestException } from '@nestjs/common';
import { resolveCountry } from '@dyad/domain';

/** Resolves a path or query value (ISO3, ISO2 or English name) to ISO3; 400 naming the value otherwise. */
export function countryParam(value: string, name: string): string {
  const c = resolveCountry(value ?? '');
  if (!c) throw new BadRequestException(`${name}: unknown country "${String(value).slice(0, 100)}" (use ISO 3166-1 alpha-3, alpha-2 or an English name)`);
  return c.iso3;
}

/** Parses a dyad like `JPN-MNG`, `mng-jpn` or `JP-MN`; 400 otherwise. */
export function dyadParam(value: string, name = 'dyad'): string {
  const parts = String(value ?? '').split('-');
  if (parts.length !== 2) throw new BadRequestException(`${name}: expected two countries joined by "-", like JPN-MNG`);
  const a = countryParam(parts[0], name);
  const b = countryParam(parts[1], name);
  if (a === b) throw new BadRequestException(`${name}: a dyad needs two different countries`);
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}
