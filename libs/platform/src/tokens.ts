/** Injection tokens of the shared infrastructure. */
export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const KAFKA = Symbol('KAFKA');
export const LOGGER = Symbol('LOGGER');
export { CONFIG } from '@dyad/config';
