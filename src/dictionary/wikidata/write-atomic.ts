// Writes a file so that it only ever appears complete: a temporary file in the same folder (same
// file system, so the rename is atomic), flushed to disk, then renamed over the target.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { NewsannoError } from '../../core/errors.js';

export function writeFileAtomic(file: string, text: string): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(tmp, 'w');
    try {
      const bytes = Buffer.from(text, 'utf8');
      // writeSync may write less than asked: loop until every byte is out.
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new NewsannoError(`cannot write ${file}: ${(e as Error).message}`, { code: 'output', hint: 'check that the folder exists and is writable, and that the disk has space', cause: e });
  }
}
