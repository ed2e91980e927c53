import { ConflictException, NotFoundException } from '@nestjs/common';
import { ArticleCommandRejected } from '@dyad/domain';

/** Runs a command and turns the domain's refusals into HTTP answers: 404 unknown, 409 retracted. */
export async function answering<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ArticleCommandRejected) {
      throw err.reason === 'not-found' ? new NotFoundException(err.message) : new ConflictException(err.message);
    }
    throw err;
  }
}
