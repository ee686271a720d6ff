// `newsanno review`: the review page on 127.0.0.1, backed by the database.
import { NewsannoError } from '../../core/errors.js';
import { bool, str, type CommandSpec } from '../spec.js';
import { shared } from './ingest.js';

export const reviewCommand: CommandSpec = {
  name: 'review',
  summary:
    'Serve the review page for a database on 127.0.0.1: accept, reject, edit or reset events with their evidence in context, and decide alias proposals. Decisions are appended, never overwritten. Ctrl-C stops it.',
  maxArgs: 0,
  flags: [
    { ...shared.DB, description: 'the SQLite database to review (made by `newsanno ingest`)' },
    { name: 'port', type: 'string', placeholder: 'N', default: '4477', description: 'the port to listen on; 0 picks a free one' },
    { name: 'host', type: 'string', placeholder: 'ADDRESS', default: '127.0.0.1', description: 'the address to listen on; anything but loopback needs --allow-remote' },
    { name: 'allow-remote', type: 'boolean', description: 'allow a non-loopback --host (the page has no login: anyone who reaches it can change decisions)' },
    { name: 'reviewer', type: 'string', placeholder: 'NAME', description: 'recorded when the page names no reviewer (default: $USER)' },
  ],
  examples: ['newsanno review --db news.db', 'newsanno review --db news.db --port 0'],
  async run(args, io) {
    const portText = str(args, 'port')!;
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535)
      throw new NewsannoError(`--port must be a number from 0 to 65535, not "${portText}"`, { code: 'usage', hint: 'use --port 0 for any free port' });
    const { serveReview } = await import('../../review/index.js');
    await serveReview({
      db: str(args, 'db')!,
      port: Number(portText),
      host: str(args, 'host'),
      allowRemote: bool(args, 'allow-remote'),
      reviewer: str(args, 'reviewer') ?? process.env.USER ?? null,
      out: io.out,
      err: io.err,
    });
    return 0;
  },
};
