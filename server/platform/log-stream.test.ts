import { describe, expect, it } from 'vitest';
import { batchedLogStream } from './log-stream.ts';

describe('the server log stream', () => {
  it('writes the lines of one event-loop turn together, once, after it', async () => {
    const writes: string[] = [];
    const stream = batchedLogStream({ write: (chunk: string) => writes.push(chunk) });
    stream.write('{"msg":"incoming request"}\n');
    stream.write('{"msg":"request completed"}\n');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['{"msg":"incoming request"}\n{"msg":"request completed"}\n']);
    stream.write('{"msg":"next"}\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(2);
  });
});
