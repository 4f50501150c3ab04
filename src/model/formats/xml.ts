/**
 * Small XML helpers for the GraphML and SBGN-ML modules: parsing with the platform `DOMParser`
 * (browsers, and jsdom under Vitest; in the file worker, which has none, xmldom's), element lookup
 * by local name whatever the namespace, and escaping for XML written as strings.
 */
import { checkText, failure } from './text';
import type { ImportResult } from './types';

/**
 * Parse XML text. A syntax error becomes a failure that names the line and column where the parser
 * gives them (jsdom: `1:10: unexpected close tag.`; Chromium: `error on line 1 at column 10: …`).
 */
function parseXml(text: string, format: string): { doc: Document } | { result: ImportResult } {
  if (typeof DOMParser === 'undefined')
    return {
      result: failure('(file)', `reading ${format} needs an XML parser (DOMParser), which is not available here`),
    };
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(text, 'application/xml');
  } catch (err) {
    // A parser that throws instead of returning <parsererror> (xmldom, in the file worker).
    return { result: thrownParseError(err, format) };
  }
  const error = doc.getElementsByTagNameNS('*', 'parsererror')[0] ?? doc.getElementsByTagName('parsererror')[0];
  if (!error) return { doc };
  const detail = (error.textContent ?? '').replace(/\s+/g, ' ').trim();
  const jsdom = /^(\d+):(\d+):\s*(.*)$/.exec(detail);
  const chromium = /line (\d+) at column (\d+):\s*(.*?)(?:Below is a rendering.*)?$/i.exec(detail);
  const m = jsdom ?? chromium;
  return { result: notWellFormed(format, m ? [m[1], m[2]] : undefined, m ? m[3] : detail) };
}

/** The failure for a parser's exception, with the line and column it gives (`locator`, as xmldom has it). */
function thrownParseError(err: unknown, format: string): ImportResult {
  const locator = (err as { locator?: { lineNumber?: unknown; columnNumber?: unknown } } | null)?.locator;
  const { lineNumber: line, columnNumber: column } = locator ?? {};
  const at = typeof line === 'number' && typeof column === 'number' ? ([line, column] as const) : undefined;
  return notWellFormed(format, at, (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim());
}

/** Not well-formed XML: where (line and column, when known) and what the parser said. */
function notWellFormed(
  format: string,
  at: readonly [unknown, unknown] | undefined,
  what: string | undefined,
): ImportResult {
  const path = at ? `line ${String(at[0])}, column ${String(at[1])}` : '(file)';
  return failure(path, `not well-formed XML, so not a ${format} file: ${(what || 'malformed XML').replace(/\.$/, '')}`);
}

/**
 * The root element of an XML file of one format: the text checked, parsed, and its root's local
 * name checked (`graphml`, `sbgn`); otherwise the failure that says which step went wrong.
 */
export function readXmlRoot(
  input: unknown,
  format: string,
  rootName: string,
  /** How the message reads the root's name: "a <graphml>", "an <sbgn>". */
  article: 'a' | 'an',
): { root: Element } | { result: ImportResult } {
  const checked = checkText(input, format);
  if ('result' in checked) return checked;
  const parsed = parseXml(checked.text, format);
  if ('result' in parsed) return parsed;
  const root = parsed.doc.documentElement;
  if (root.localName !== rootName)
    return { result: failure('(root)', `expected ${article} <${rootName}> root element, found <${root.localName}>`) };
  return { root };
}

/** Child elements with this local name (any namespace), in document order. */
export function childElements(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((c) => c.localName === localName);
}

/** The first child element with this local name. */
export function firstChild(parent: Element, localName: string): Element | undefined {
  return Array.from(parent.children).find((c) => c.localName === localName);
}

/** Descendant elements with this local name (any namespace). */
export function descendants(parent: Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS('*', localName));
}

/** An attribute's value, or `undefined` when absent. */
export function attr(el: Element, name: string): string | undefined {
  const v = el.getAttribute(name);
  return v === null ? undefined : v;
}

// Characters XML 1.0 does not allow even as references.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape text for an XML attribute value or element content (quotes included); drops characters XML forbids. */
export function escapeXml(value: string | number): string {
  return String(value)
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Escape text for element content: `&`, `<`, `>` and carriage returns; drops characters XML forbids. */
export function escapeXmlText(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** A coordinate written compactly: at most three decimals (SBGN boxes and arc ends). */
export function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
