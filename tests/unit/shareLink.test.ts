import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeModel,
  encodeModel,
  MAX_EXPANDED_BYTES,
  groupDigits,
  MAX_LINK_CHARS,
  modelInHash,
  withModelInHash,
} from '../../src/model/shareLink';
import { parsePathwayText } from '../../src/model/validate';
import type { Pathway } from '../../src/model/types';

const builtIn = JSON.parse(readFileSync('data/antidepressants.json', 'utf8')) as Pathway;
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('#model= share links', () => {
  it('round-trips the built-in model, within the link limit', async () => {
    const value = await encodeModel(builtIn);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    // The limit is stated against this measure (shareLink.ts, docs/sharing.md).
    expect(value.length).toBeGreaterThan(40_000);
    expect(value.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    const decoded = await decodeModel(value);
    expect(decoded.ok).toBe(true);
    const parsed = parsePathwayText(decoded.ok ? decoded.text : '');
    expect(parsed.ok).toBe(true);
    const { $schema: _s, ...rest } = builtIn;
    expect(parsed.ok && parsed.pathway).toEqual(parsePathwayText(JSON.stringify(rest)).ok && rest);
  });

  it('keeps text outside Latin-1 (labels with Greek letters, arrows)', async () => {
    const pathway = { ...builtIn, title: 'α2δ → TrkB · 5‑HT₂A 🧠' };
    const decoded = await decodeModel(await encodeModel(pathway));
    expect(decoded.ok && (JSON.parse(decoded.text) as Pathway).title).toBe('α2δ → TrkB · 5‑HT₂A 🧠');
  });

  it.each([
    ['empty', '', /holds no pathway/],
    ['too long', 'a'.repeat(MAX_LINK_CHARS + 1), /65,537 characters long; links hold up to 65,536/],
    ['a dollar sign', 'abc$def', /not base64url/],
    ['plain base64', 'abcd+', /not base64url/],
    ['an impossible length', 'a', /not base64url/],
    ['uncompressed JSON', b64url(new TextEncoder().encode('{"not":"deflated"}')), /not a compressed pathway/],
    ['a cut link', b64url(deflateRawSync(Buffer.from(JSON.stringify(builtIn))).subarray(0, 2000)), /cut short/],
    ['bytes that are not UTF-8', b64url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x41]))), /not UTF-8/],
  ])('refuses %s', async (_name, value, reason) => {
    const result = await decodeModel(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('refuses a link that expands past the limit, without expanding it all', async () => {
    // 40 MB of spaces deflate to about 40 kB (DEFLATE's ratio is at most about 1:1000); the cut comes at 5 MB.
    const bomb = b64url(deflateRawSync(Buffer.alloc(MAX_EXPANDED_BYTES * 8, 0x20), { level: 9 }));
    expect(bomb.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    const result = await decodeModel(bomb);
    expect(!result.ok && result.reason).toMatch(/expands to more than 5 MB/);
    // Positive control: just under the limit expands.
    const fits = b64url(deflateRawSync(Buffer.alloc(MAX_EXPANDED_BYTES - 1, 0x20), { level: 9 }));
    expect((await decodeModel(fits)).ok).toBe(true);
  });

  it('reads and writes model= in a fragment, keeping other parameters', () => {
    expect(modelInHash('#model=abc')).toBe('abc');
    expect(modelInHash('#x=1&model=abc')).toBe('abc');
    expect(modelInHash('#x=1')).toBeNull();
    expect(modelInHash('')).toBeNull();
    expect(withModelInHash('', 'abc')).toBe('#model=abc');
    expect(withModelInHash('#x=1&model=old', 'new')).toBe('#x=1&model=new');
    expect(withModelInHash('#model=abc', null)).toBe('');
    expect(withModelInHash('#x=1&model=abc', null)).toBe('#x=1');
  });
});

describe('groupDigits', () => {
  it('writes counts as toLocaleString("en") does, without Intl', () => {
    for (const n of [0, 7, 999, 1000, 65536, 65537, 1234567, 1000000000]) {
      expect(groupDigits(n)).toBe(n.toLocaleString('en'));
    }
  });
});
