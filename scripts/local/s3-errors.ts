import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error as S3 answers it: status, code and message. */
export interface S3ErrorAnswer {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

const escapeXml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

export const preconditionFailed = (): S3ErrorAnswer => ({
  status: 412,
  code: 'PreconditionFailed',
  message: 'At least one of the pre-conditions you specified did not hold',
});

export const noSuchKey = (): S3ErrorAnswer => ({
  status: 404,
  code: 'NoSuchKey',
  message: 'The specified key does not exist.',
});

/** Answers with S3's XML error body; the request body is drained so the connection can be reused. */
export function sendS3Error(req: IncomingMessage, res: ServerResponse, error: S3ErrorAnswer): void {
  req.resume();
  res.writeHead(error.status, { 'Content-Type': 'application/xml' });
  // A HEAD answer has no body; the SDK reads the status alone.
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code>` +
      `<Message>${escapeXml(error.message)}</Message></Error>`,
  );
}
