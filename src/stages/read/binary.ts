// Telling binary files (images, archives, PDFs dropped into an article folder) from text.

const SAMPLE_BYTES = 8192;

/** Signatures of binaries people are likely to drop next to articles, to name them in the message. */
const SIGNATURES: ReadonlyArray<{ kind: string; bytes: number[]; at?: number }> = [
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'WebP image', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'zip archive (or a .docx/.xlsx/.epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
];

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

/**
 * Why the bytes are not text, or null when they may be text. Call after BOM handling: UTF-16 and
 * UTF-32 text is full of NUL bytes. Binary means a known signature, a NUL byte, or more than 10% of
 * control characters (other than tab, newlines, form feed and escape) in the first 8 KiB.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) if (startsWith(bytes, s.bytes, s.at)) return s.kind;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'binary data (contains NUL bytes; UTF-16 text needs a byte order mark)';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1 ? 'binary data (mostly control characters)' : null;
}
