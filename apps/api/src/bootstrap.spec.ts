import { bytesOf } from './bootstrap';

describe('bytesOf (BODY_LIMIT)', () => {
  it('reads b, kb and mb in any case', () => {
    expect(bytesOf('100b')).toBe(100);
    expect(bytesOf('512kb')).toBe(512 * 1024);
    expect(bytesOf('2MB')).toBe(2 * 1024 * 1024);
  });
  it('refuses what is not a size', () => {
    expect(() => bytesOf('2 gb')).toThrow('not a size');
  });
});
