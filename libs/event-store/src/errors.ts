/** The stream is not at the version the caller expected: someone else appended first. */
export class WrongExpectedVersionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
  }
}

/** `no-stream`: the stream must not exist; `any`: no check; a number: the stream's current version. */
export type ExpectedVersion = 'no-stream' | 'any' | number;
