/**
 * A pathway in a link, with no server: `#model=<value>` in the URL fragment (which browsers never
 * send to a server). The value is the pathway file's JSON (the `pathway` format, minified), compressed
 * with raw DEFLATE and written in base64url (RFC 4648 §5, no padding). The pathway's own
 * `schemaVersion` versions the payload.
 *
 * Decoding treats the value as hostile: its length, alphabet, compressed stream and expanded size
 * are checked before any JSON is parsed, and each refusal names what is wrong. The caller then
 * validates the JSON like any opened file (`parsePathwayText`).
 */
import type { Pathway } from './types';

/** The fragment parameter that holds a pathway. */
const MODEL_PARAM = 'model';

/**
 * The longest `#model=` value a link carries (characters). Measured: the built-in model (58
 * interactions, 150 kB of JSON) is 53,348 characters; Chromium opens links far longer (its URL limit
 * is 2 MB, Firefox's 1 MB), but chat tools cut long messages, so links stop here and larger
 * pathways are shared as files (`docs/sharing.md`).
 */
export const MAX_LINK_CHARS = 64 * 1024;

/**
 * A count with its thousands grouped by commas ("65,536"), as `toLocaleString('en')` writes it but
 * without Intl, whose first use costs tens of milliseconds (the page renders these while it starts).
 */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The most a `#model=` value may expand to: a guard against a small link that inflates to gigabytes. */
export const MAX_EXPANDED_BYTES = 5 * 1024 * 1024;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Run bytes through a (de)compression stream, stopping with an error past `limit` output bytes. */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity) {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the writer's own promises must not go unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new RangeError('too large');
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The pathway as a `#model=` value: its minified JSON, without `$schema` (a link needs none). */
export async function encodeModel(pathway: Pathway): Promise<string> {
  const { $schema: _schema, ...rest } = pathway;
  const json = new TextEncoder().encode(JSON.stringify(rest));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

export type DecodeResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** The JSON text a `#model=` value holds, or why it holds none. Never throws. */
export async function decodeModel(value: string): Promise<DecodeResult> {
  if (value.length === 0) return { ok: false, reason: 'the link holds no pathway (#model= is empty)' };
  if (value.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      reason: `the pathway in the link is ${groupDigits(value.length)} characters long; links hold up to ${groupDigits(MAX_LINK_CHARS)}`,
    };
  }
  if (!BASE64URL.test(value) || value.length % 4 === 1) {
    return { ok: false, reason: 'the link is damaged: #model= holds characters that are not base64url' };
  }
  let bytes: Uint8Array;
  try {
    bytes = await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'), MAX_EXPANDED_BYTES);
  } catch (err) {
    return {
      ok: false,
      reason:
        err instanceof RangeError
          ? `the pathway in the link expands to more than ${MAX_EXPANDED_BYTES / 1024 / 1024} MB`
          : 'the link is damaged: #model= is not a compressed pathway (was it cut short?)',
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'the link is damaged: the pathway in it is not UTF-8 text' };
  }
}

/** The `#model=` value of a URL fragment (`location.hash`), or null when it has none. */
export function modelInHash(hash: string): string | null {
  if (!hash.startsWith('#')) return null;
  return new URLSearchParams(hash.slice(1)).get(MODEL_PARAM);
}

/** The fragment with `model=` set (a value) or removed (null); other fragment parameters are kept. */
export function withModelInHash(hash: string, value: string | null): string {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  if (value === null) params.delete(MODEL_PARAM);
  else params.set(MODEL_PARAM, value);
  const text = params.toString();
  return text ? `#${text}` : '';
}
