import { isBinaryFileSync } from 'isbinaryfile';
import { ArticleRejectedError } from '../errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// WHATWG maps the "latin1" label to windows-1252, a superset of ISO-8859-1's printable range,
// so one decoder covers both encodings that legacy news pages and exports use.
const WINDOWS_1252 = new TextDecoder('windows-1252');

const MAGIC: readonly { readonly bytes: readonly number[]; readonly kind: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive (or Office document)' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
];

function describeBinary(bytes: Uint8Array): string {
  const known = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  return known?.kind ?? 'binary data';
}

function hasUtf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Decodes a file's bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, and
 * otherwise Windows-1252 / Latin-1, so accented names are kept rather than mangled.
 *
 * @throws ArticleRejectedError `binary` when the bytes are not text (PDF, images, archives).
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = hasUtf16Bom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isBinaryFileSync(buffer, buffer.length)) {
    throw new ArticleRejectedError(
      'binary',
      `the file holds ${describeBinary(bytes)}, not text; only text, Markdown, HTML and JSON articles can be read`,
    );
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    return WINDOWS_1252.decode(bytes);
  }
}
