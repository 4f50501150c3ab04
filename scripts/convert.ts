/**
 * `npm run convert`: convert a pathway file, or every file of a folder, between the formats the app
 * reads and writes, with the app's own importers and exporters (the format registry,
 * `src/model/formats/registry.ts`). The input format is detected as the app's loader detects it, by
 * content and then by name (`detectFormat`); the output is written by the chosen format's exporter,
 * the whole model (no layer selection).
 *
 *   npm run convert -- <input> [--to sbgnml|graphml|cyjs|sif|gpml|pathway] [-o <out>]
 *
 * - A file: written to `-o <file>` (or into `-o <folder>` as `<name>.<extension>` when that folder
 *   exists), or to standard output when `-o` is left out.
 * - A folder: every file in it (not its subfolders, not hidden files) whose format is recognised is
 *   converted into `-o <folder>` (required; created if missing) as `<name>.<extension>`, with a
 *   one-line summary per file. A file is recognised when its content identifies a format (JSON, a
 *   GraphML, SBGN-ML or GPML root) or, for plain text, when its extension is one SIF claims
 *   (`.sif`, `.txt`, `.tsv`): other files are skipped with a note, not read as SIF.
 *
 * The importer's warnings and the exporter's losses go to standard error, each line starting with
 * the file's name; so do errors. Exit status: 0 when everything was converted; 1 when a file could
 * not be read, recognised, imported, exported or written (a folder: any of its files, the others are
 * still converted; also a folder with nothing to convert); 2 for a usage error. An output file is
 * written whole or not at all (a temporary file renamed into place).
 *
 * GraphML, SBGN-ML and GPML are parsed with `DOMParser`: Node has none, so jsdom's is installed on
 * `globalThis` the first time an XML file is read (converting JSON or SIF never loads jsdom).
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectFormat, importFile } from '../src/model/formats/load.ts';
import {
  FORMATS,
  type FormatInfo,
  type ReadFormatId,
  type ReadFormatInfo,
  formatById,
  formatsOfFile,
} from '../src/model/formats/registry.ts';
import type { ExportResult } from '../src/model/formats/types.ts';

/** Where the command writes: the converted file (no output file given) and the summaries; everything else. */
export interface ConvertIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const COMMAND = 'npm run convert --';
const HELP_HINT = `Run \`${COMMAND} --help\` for usage.`;
const XML_FORMATS: readonly ReadFormatId[] = ['graphml', 'sbgnml', 'gpml'];

/** A mistake in the command line: exit status 2. */
class UsageError extends Error {}

interface Options {
  readonly input: string;
  readonly to: FormatInfo;
  readonly out: string | undefined;
}

/** `--help`: the usage and the formats, read from the registry. */
export function usage(): string {
  const rows = FORMATS.map((f) => {
    const reads = f.extensions.map((e) => `.${e}`).join(' ');
    return `  ${f.id.padEnd(9)}${f.label}\n             reads ${reads}; writes .${f.extensions[0]!}`;
  });
  return [
    `Usage: ${COMMAND} <input> [--to <format>] [-o <out>]`,
    '',
    'Convert a pathway file, or every file of a folder, with the app’s importers and exporters.',
    'The input format is detected from the content, then from the extension; plain text is SIF.',
    '',
    '  <input>           a file, or a folder (then -o is required)',
    `  --to <format>     the format to write: ${FORMATS.map((f) => f.id).join(', ')} (default: pathway)`,
    '  -o, --out <path>  the file to write (default: standard output), or a folder to write',
    '                    <name>.<extension> into; for a folder input, the folder to write into',
    '                    (created if missing), with a one-line summary per file',
    '  -h, --help        print this help',
    '',
    'Formats (--to value, name, extensions):',
    ...rows,
    '',
    'Warnings (what the importer could not represent, what the output format does not carry) and',
    'errors go to standard error, each line starting with the file name.',
    'Exit status: 0 converted; 1 a file could not be read, recognised, imported or written (in a',
    'folder, any file: the others are still converted); 2 a usage error.',
    '',
  ].join('\n');
}

/** The options, `'help'`, or a {@link UsageError} naming what is wrong. */
function parseArguments(argv: readonly string[]): Options | 'help' {
  const inputs: string[] = [];
  let to: string | undefined;
  let out: string | undefined;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return 'help';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (name !== '--to' && name !== '-o' && name !== '--out')
      throw new UsageError(`unknown option "${arg}": expected --to, -o (--out) or --help`);
    const value = inline ?? argv[++i];
    // `-o --to sif`: the next option is not a value.
    if (value === undefined || value === '' || (inline === undefined && /^-./.test(value)))
      throw new UsageError(`${name} needs a value`);
    if (name === '--to') {
      if (to !== undefined) throw new UsageError('--to is given more than once');
      to = value;
    } else {
      if (out !== undefined) throw new UsageError('-o (--out) is given more than once');
      out = value;
    }
  }
  if (inputs.length === 0) throw new UsageError('no input: give a file or a folder to convert');
  if (inputs.length > 1)
    throw new UsageError(`one input at a time, got ${inputs.length}: ${inputs.map((p) => `"${p}"`).join(' ')}`);
  const format = FORMATS.find((f) => f.id === (to ?? 'pathway').toLowerCase());
  if (!format)
    throw new UsageError(`unknown --to value "${to}": expected one of ${FORMATS.map((f) => f.id).join(', ')}`);
  if (inputs[0] === '-') throw new UsageError('reading standard input is not supported: give a file or a folder');
  return { input: inputs[0]!, to: format, out };
}

/** The part of jsdom used here (jsdom ships no types, and the project does not install `@types/jsdom`). */
interface Jsdom {
  readonly JSDOM: new (html: string) => { readonly window: { readonly DOMParser: typeof DOMParser } };
}

/** jsdom's DOMParser on `globalThis`, for the XML importers; loaded once, only when an XML file is read. */
async function ensureDomParser(): Promise<void> {
  if (typeof globalThis.DOMParser !== 'undefined') return;
  const specifier = 'jsdom'; // a variable: the untyped module is typed by the cast below
  const { JSDOM } = (await import(specifier)) as Jsdom;
  globalThis.DOMParser = new JSDOM('').window.DOMParser;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Why a file could not be written, without naming the temporary file. */
function notWritten(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? `the folder "${dirname(path)}" does not exist`
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a folder'
          : messageOf(err);
  return `${path}: error: cannot write it: ${why}\n`;
}

/** Write a whole file or nothing: a temporary file next to it, renamed into place. */
function writeWhole(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.convert-tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (err) {
    try {
      unlinkSync(temporary);
    } catch {
      // never created
    }
    throw err;
  }
}

interface Converted {
  readonly from: ReadFormatInfo;
  readonly result: ExportResult;
  readonly nodes: number;
  readonly edges: number;
  readonly warnings: number;
  readonly losses: number;
}

/**
 * Import `text` (named `name` in messages; `fileName` is what the importer and the detection see)
 * and export it to `to`, reporting warnings and losses on stderr. `undefined` after reporting errors.
 */
async function convertText(
  text: string,
  name: string,
  fileName: string,
  to: FormatInfo,
  io: ConvertIo,
  detected = detectFormat(fileName, text),
): Promise<Converted | undefined> {
  const from = detected === undefined ? undefined : formatById(detected);
  if (from && XML_FORMATS.includes(from.id)) await ensureDomParser();
  // Unrecognised text: importFile fails with the app's message listing the formats it reads.
  const imported = await importFile(text, fileName, from?.id);
  if (!imported.ok || !from) {
    const as = from ? ` (${from.label})` : '';
    for (const e of imported.ok ? [] : imported.errors)
      io.stderr(`${name}: error${as}: ${e.path === '(file)' ? '' : `${e.path}: `}${e.message}\n`);
    return undefined;
  }
  for (const w of imported.warnings) io.stderr(`${name}: warning: ${w}\n`);
  let result: ExportResult;
  try {
    result = (await to.export.load())(imported.pathway);
  } catch (err) {
    io.stderr(`${name}: error: the ${to.label} export failed: ${messageOf(err)}\n`);
    return undefined;
  }
  for (const loss of result.losses) io.stderr(`${name}: loss: ${loss}\n`);
  return {
    from,
    result,
    nodes: imported.pathway.nodes.length,
    edges: imported.pathway.edges.length,
    warnings: imported.warnings.length,
    losses: result.losses.length,
  };
}

/** `a.sif → out/a.json (SIF → Pathway Layers JSON: 9 nodes, 12 edges; 2 warnings, 0 losses)`. */
function summary(name: string, out: string, c: Converted, to: FormatInfo): string {
  const counts = `${plural(c.nodes, 'node')}, ${plural(c.edges, 'edge')}`;
  const notes = `${plural(c.warnings, 'warning')}, ${c.losses} ${c.losses === 1 ? 'loss' : 'losses'}`;
  return `${name} → ${out} (${c.from.label} → ${to.label}: ${counts}; ${notes})\n`;
}

/** `<name>.<extension>` in `folder`: the input's name without its extension. */
const outputPath = (folder: string, fileName: string, to: FormatInfo) =>
  join(folder, `${basename(fileName, extname(fileName)) || fileName}.${to.extensions[0]!}`);

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

function readText(path: string, name: string, io: ConvertIo): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or folder' : code === 'EISDIR' ? 'it is a folder' : messageOf(err);
    io.stderr(`${name}: error: cannot read it: ${why}\n`);
    return undefined;
  }
}

async function convertOne(options: Options, io: ConvertIo): Promise<number> {
  const { input, to } = options;
  const text = readText(input, input, io);
  if (text === undefined) return 1;
  const converted = await convertText(text, input, basename(input), to, io);
  if (!converted) return 1;
  if (options.out === undefined) {
    io.stdout(converted.result.text);
    return 0;
  }
  const out = isDirectory(options.out) ? outputPath(options.out, basename(input), to) : options.out;
  try {
    writeWhole(out, converted.result.text);
  } catch (err) {
    io.stderr(notWritten(out, err));
    return 1;
  }
  io.stdout(summary(input, out, converted, to));
  return 0;
}

/** Is this file of the folder one to convert: a format by content, or plain text with a SIF extension. */
function recognised(fileName: string, text: string): ReadFormatId | undefined {
  const id = detectFormat(fileName, text);
  if (id !== 'sif') return id;
  return formatsOfFile(fileName).some((f) => f.id === 'sif') ? id : undefined;
}

async function convertFolder(options: Options, io: ConvertIo): Promise<number> {
  const { input, to, out } = options;
  if (out === undefined) throw new UsageError(`"${input}" is a folder: give the folder to write into with -o <folder>`);
  if (existsSync(out) && !isDirectory(out))
    throw new UsageError(`"${input}" is a folder, so -o must be a folder too, but "${out}" is a file`);
  let names: string[];
  try {
    names = readdirSync(input, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && !isDirectory(join(input, entry.name))))
      .map((entry) => entry.name)
      .sort();
  } catch (err) {
    io.stderr(`${input}: error: cannot list the folder: ${messageOf(err)}\n`);
    return 1;
  }
  try {
    mkdirSync(out, { recursive: true });
  } catch (err) {
    io.stderr(`${out}: error: cannot create the folder: ${messageOf(err)}\n`);
    return 1;
  }
  const inputs = new Set(names.map((n) => resolve(input, n)));
  /** Output path (resolved) → the input it was written from, so that no two inputs write one file. */
  const written = new Map<string, string>();
  let converted = 0;
  let failed = 0;
  let skipped = 0;
  for (const fileName of names) {
    const name = join(input, fileName);
    const text = readText(name, name, io);
    if (text === undefined) {
      failed++;
      continue;
    }
    const id = recognised(fileName, text);
    if (id === undefined) {
      io.stderr(`${name}: skipped: not in a recognised format\n`);
      skipped++;
      continue;
    }
    const target = outputPath(out, fileName, to);
    const key = resolve(target);
    const clash = inputs.has(key)
      ? 'is one of the files to convert'
      : written.has(key)
        ? `was already written from ${written.get(key)}`
        : '';
    if (clash) {
      io.stderr(`${name}: error: not converted: its output ${target} ${clash}\n`);
      failed++;
      continue;
    }
    const result = await convertText(text, name, fileName, to, io, id);
    if (!result) {
      failed++;
      continue;
    }
    try {
      writeWhole(target, result.result.text);
    } catch (err) {
      io.stderr(notWritten(target, err));
      failed++;
      continue;
    }
    written.set(key, name);
    converted++;
    io.stdout(summary(name, target, result, to));
  }
  const tail = [failed ? `${failed} failed` : '', skipped ? `${skipped} skipped` : ''].filter(Boolean).join(', ');
  const line = `converted ${converted} of ${plural(names.length, 'file')} into ${out}${tail ? ` (${tail})` : ''}\n`;
  if (converted === 0 && failed === 0) {
    io.stderr(`${input}: error: no file in a recognised format to convert\n`);
    return 1;
  }
  if (failed) {
    io.stderr(line);
    return 1;
  }
  io.stdout(line);
  return 0;
}

/** The command: `argv` without `node` and the script. Resolves to the exit status; never rejects. */
export async function main(argv: readonly string[], io: ConvertIo): Promise<number> {
  try {
    const options = parseArguments(argv);
    if (options === 'help') {
      io.stdout(usage());
      return 0;
    }
    return isDirectory(options.input) ? await convertFolder(options, io) : await convertOne(options, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`convert: ${err.message}\n${HELP_HINT}\n`);
      return 2;
    }
    io.stderr(`convert: error: ${messageOf(err)}\n`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
