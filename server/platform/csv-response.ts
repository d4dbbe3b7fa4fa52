import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';

/** One CSV line's values; csv-stringify does the quoting. */
export type CsvRecord = (string | number | null)[];

/**
 * Streams `records` as a CSV attachment. The records are read as the client consumes the response.
 * A source that fails (a query error half-way) destroys the whole pipeline with its error: Fastify answers
 * 500 if nothing was sent yet, or cuts this response short; the failure is logged and the process stays up.
 * (A bare `.pipe` would leave the source's error unheard, and an unheard stream error ends the process.)
 */
export function sendCsv(reply: FastifyReply, fileName: string, records: AsyncIterable<CsvRecord>) {
  const body = pipeline(Readable.from(records), stringify(), (error) => {
    // A client that went away is no fault of ours; Fastify notes it.
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      reply.log.error({ err: error }, `The CSV export ${fileName}.csv failed; its response was ended.`);
    }
  });
  reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}.csv"`);
  // A stream is sent as it is; the response schemas describe only the JSON errors.
  return reply.send(body as never);
}
