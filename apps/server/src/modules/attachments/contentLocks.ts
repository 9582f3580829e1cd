/**
 * One operation at a time per content hash, in this process: storing bytes and writing their row,
 * or deleting a row and removing bytes no row uses any more. Without it, a file removed after
 * its last row was deleted could vanish under an upload of the same bytes that found it present
 * a moment before. (Several server instances on one S3 bucket would need the database to hold
 * this lock; one instance per data folder is the embedded deployment.)
 */
const tails = new Map<string, Promise<unknown>>();

export async function withContentLock<T>(sha256: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(sha256) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(sha256, tail);
  try {
    return await run;
  } finally {
    if (tails.get(sha256) === tail) tails.delete(sha256);
  }
}
