/**
 * The server log's destination: lines gathered during one turn of the event loop are written together after
 * it, so a loaded server makes one write for many requests instead of two synchronous writes per request
 * (Fastify logs each request's start and end). What is still gathered when the process exits is written then.
 */
export function batchedLogStream(out: { write(chunk: string): unknown } = process.stdout): {
  write(line: string): void;
} {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const chunk = pending.join('');
    pending = [];
    out.write(chunk);
  };
  process.once('exit', flush);
  return {
    write(line: string) {
      if (pending.push(line) === 1) setImmediate(flush);
    },
  };
}
