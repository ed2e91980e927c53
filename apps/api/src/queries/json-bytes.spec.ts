import { acceptsGzip } from './json-bytes';

describe('acceptsGzip (Accept-Encoding, RFC 9110 12.5.3)', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['x-gzip', true],
    ['*', true],
    ['GZIP', true],
    [['deflate', 'gzip'], true],
  ])('%j accepts gzip', (header, expected) => expect(acceptsGzip(header)).toBe(expected));

  it.each([
    [undefined, false],
    ['', false],
    ['identity', false],
    ['deflate, br', false],
    ['gzip;q=0', false],
    ['*;q=0', false],
    ['gzip;q=0.5, identity;q=1', false],
    ['gzip;q=abc', false],
  ])('%j does not', (header, expected) => expect(acceptsGzip(header)).toBe(expected));
});
