/**
 * Reading PSI-MI JSON ("MI-JSON": IntAct's download, JAMI's writer): interactors become nodes,
 * interactions edges (one with three or more participants expanded as a spoke around its bait, or
 * as a matrix), and each interaction's publication a reference and evidence on the edges made from
 * it. What is read, converted and reported is listed in `vocab.ts`.
 */
import { parseJson } from '../../json';
import type { EvidenceKind, Relation } from '../../types';
import { finishImport, generatedClaim } from '../build';
import type { DraftEdge, DraftNode, ForeignType } from '../draft';
import { checkText, failure, guarded } from '../text';
import type { ImportResult } from '../types';
import { isRecord, toNumber, toText } from '../values';
import { type RelationFit, type RelationMatch, relationWarning } from '../vocab';
import { Warnings } from '../warnings';
import { ReferenceTable, publicationIds } from './references';
import {
  BAIT_ROLE,
  EMBEDDED_PREFIX,
  EVIDENCE_NOTE_TAIL,
  EXPERIMENT_FIELDS,
  INFERRED_EVIDENCE_KIND,
  INFERRED_METHODS,
  INTERACTION_FIELDS,
  INTERACTOR_FIELDS,
  measuredKind,
  PARTICIPANT_FIELDS,
  PREFIX_KIND,
  SOURCE_ROLES,
  SPECIAL_TAXA,
  TARGET_ROLES,
  XREF_PREFIX,
  interactionMeaning,
  interactorKind,
  squash,
} from './vocab';

/** The format's name in the pathway's texts (`Imported from the PSI-MI JSON file …`). */
const FORMAT = 'PSI-MI JSON';
/** The format as errors name it. */
const NAMED = 'PSI-MI JSON (MI-JSON)';

/** `n things` with a plural s. */
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** `a, b and c`. */
const andList = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');

/** At most `n` names, then `…`. */
const someNames = (names: readonly string[], n = 4) =>
  names.length > n ? `${names.slice(0, n).join(', ')}, …` : names.join(', ');

/** The `name` of a controlled-vocabulary term (`{ id: "MI:0915", name: "physical association" }`). */
const termName = (value: unknown) => (isRecord(value) ? toText(value.name) : undefined);

/** An interactor as the interactions see it. */
interface Interactor {
  readonly key: string;
  readonly label: string;
}

/** A participant of one interaction that names an interactor of the file. */
interface Participant extends Interactor {
  readonly bait: boolean;
  /** From its biological role: the end an enzymatic or causal interaction starts at, or acts on. */
  readonly end?: 'source' | 'target' | undefined;
}

/** What one interaction says about one edge made from it, for the claim. */
interface Observation {
  /** `IntAct EBI-4371590`. */
  readonly name: string;
  /** The type and detection method: `physical association shown by electron microscopy`. */
  readonly observed: string;
  /** How a three-or-more-participant interaction was read, one sentence. */
  readonly expansion?: string | undefined;
}

/** An edge being gathered from one or more interactions. */
interface PendingEdge {
  readonly sourceKey: string;
  readonly targetKey: string;
  readonly relation: Relation;
  readonly fit: RelationFit | undefined;
  /** The first interaction type that gave this edge, for its id. */
  readonly typeName: string;
  readonly observations: Observation[];
  /** Per reference key: the evidence kind and one note per interaction citing it. */
  readonly evidence: Map<string, { kind: EvidenceKind; notes: string[] }>;
  readonly where: string;
}

/** How the interactions of a file name one interaction: `IntAct EBI-4371590`, else its own id. */
function interactionName(item: Record<string, unknown>, where: string): string {
  const ids = (Array.isArray(item.identifiers) ? item.identifiers : []).filter(isRecord);
  const find = (db: string) => ids.find((x) => squash(toText(x.db) ?? '') === db && toText(x.id) !== undefined);
  const intact = find('intact');
  if (intact) return `IntAct ${toText(intact.id)}`;
  const imex = find('imex');
  if (imex) return `IMEx ${toText(imex.id)}`;
  const first = ids.find((x) => toText(x.db) !== undefined && toText(x.id) !== undefined);
  if (first) return `${toText(first.db)} ${toText(first.id)}`;
  const own = toText(item.id);
  return own === undefined ? where : `interaction "${own}"`;
}

/**
 * An interactor's organism in words: `Homo sapiens (NCBI taxon 9606)`; `undefined` when there is
 * none, or a negative taxon id says there is none (in vitro, chemical synthesis, unknown).
 */
function organismText(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const taxid = toNumber(value.taxid);
  const name = toText(value.scientific) ?? toText(value.common);
  if (taxid !== undefined && taxid < 0) return undefined;
  if (taxid === undefined) return name;
  if (name === undefined) return `NCBI taxon ${taxid}`;
  // `Bos taurus (Bovine)` → `Bos taurus (Bovine; NCBI taxon 9913)`.
  return name.endsWith(')') ? `${name.slice(0, -1)}; NCBI taxon ${taxid})` : `${name} (NCBI taxon ${taxid})`;
}

/** The host of an experiment in words: `in vitro`, `in Homo sapiens (hek293t)`. */
function hostText(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const taxid = toNumber(value.taxid);
  if (taxid !== undefined && taxid < 0) return SPECIAL_TAXA[String(taxid)];
  const name = toText(value.scientific) ?? toText(value.common);
  const within = [termName(value.cellType), termName(value.tissue), termName(value.compartment)].filter(Boolean);
  return name ? `in ${name}${within.length ? ` (${within.join(', ')})` : ''}` : undefined;
}

/** A participant feature in words: `p.Asp315Ala (mutation)`, `his tag`. */
function featureText(feature: Record<string, unknown>): string | undefined {
  const name = toText(feature.name);
  const type = termName(feature.type);
  if (name === undefined) return type;
  return type === undefined || squash(type) === squash(name) ? name : `${name} (${type})`;
}

/** A feature that is a mutation: PSI-MI's `pointMutations` category, or a type naming a mutation. */
const isMutation = (feature: Record<string, unknown>) =>
  toText(feature.category) === 'pointMutations' || squash(termName(feature.type) ?? '').includes('mutation');

class MiJsonReader {
  readonly warnings = new Warnings();
  readonly nodes: DraftNode[] = [];
  readonly refs = new ReferenceTable();
  /** Interactions that gave at least one edge, by name. */
  readonly imported: string[] = [];
  /** The databases that curated the experiments (`sourceDatabase`), for the description. */
  readonly curators = new Set<string>();
  private readonly interactors = new Map<string, Interactor>();
  private readonly interactionIds = new Set<string>();
  private readonly pending = new Map<string, PendingEdge>();
  /** Field names not read, per kind of object, reported once each at the end. */
  private readonly unread = new Map<string, Set<string>>();

  constructor(interactions: readonly Record<string, unknown>[]) {
    for (const item of interactions) {
      const id = toText(item.id);
      if (id !== undefined) this.interactionIds.add(id);
    }
  }

  /** Remember the fields of `record` that are not read. */
  private noteFields(what: string, record: Record<string, unknown>, read: ReadonlySet<string>): void {
    const extra = Object.keys(record).filter((k) => !read.has(k));
    if (!extra.length) return;
    const set = this.unread.get(what) ?? new Set<string>();
    for (const k of extra) set.add(k);
    this.unread.set(what, set);
  }

  /** The warnings naming the fields not read, one per kind of object. */
  reportUnread(): void {
    for (const [what, fields] of this.unread)
      this.warnings.add(`${what} fields not imported: ${[...fields].join(', ')}`);
  }

  // ------------------------------------------------------------------------------------ interactors

  /** An interactor's identifier as a CURIE. */
  private xrefOf(identifier: unknown, where: string): string | undefined {
    if (!isRecord(identifier)) return undefined;
    const db = toText(identifier.db);
    const id = toText(identifier.id);
    if (db === undefined || id === undefined) return undefined;
    const named = XREF_PREFIX[db.toLowerCase()];
    const prefix = named ?? (/^[a-z][a-z0-9_.]*$/.test(db) ? db : undefined);
    if (prefix === undefined) {
      this.warnings.add(`identifier database "${db}" is not known here; the identifier was not imported`, where);
      return undefined;
    }
    if (/\s/.test(id)) {
      this.warnings.add(`identifier "${id}" holds a space; not imported`, where);
      return undefined;
    }
    if (EMBEDDED_PREFIX.has(prefix)) return `${prefix}:${id.replace(new RegExp(`^${prefix}:`, 'i'), '')}`;
    return `${prefix}:${id}`;
  }

  private kindOf(type: string | undefined, xref: string | undefined, where: string) {
    if (type === undefined) {
      const implied = xref === undefined ? undefined : PREFIX_KIND[xref.slice(0, xref.indexOf(':'))];
      this.warnings.add(
        implied
          ? 'interactor without a type: kind read from its identifier'
          : 'interactor without a type or an identifier that tells; imported as concept',
        where,
      );
      return implied ?? 'concept';
    }
    const meaning = interactorKind(type);
    if (meaning === undefined) {
      this.warnings.add(`interactor type "${type}" is not known; imported as concept`, where);
      return 'concept';
    }
    if (meaning.nearest)
      this.warnings.add(
        `interactor type "${type}" imported as ${meaning.kind}, the closest kind here (a gene, DNA or RNA stands for the molecule whose activity is meant)`,
        where,
      );
    return meaning.kind;
  }

  /** The node's description: its type and organism (our nodes have no organism), and a set's members. */
  private descriptionOf(item: Record<string, unknown>, type: string | undefined): string {
    const what = type ? `${type.charAt(0).toUpperCase()}${type.slice(1)}` : 'Interactor';
    const organism = organismText(item.organism);
    const members = (Array.isArray(item.setComponents) ? item.setComponents : [])
      .filter(isRecord)
      .map((m) => toText(m.label) ?? (isRecord(m.identifier) ? toText(m.identifier.id) : undefined))
      .filter((m): m is string => m !== undefined);
    return [
      `${what}${organism ? ` of ${organism}` : ''}, as given in the PSI-MI JSON file.`,
      members.length ? `A set of: ${members.join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** Nodes for the interactors; the key is the label unless two interactors share it, then the file's id. */
  readInteractors(items: readonly { item: Record<string, unknown>; where: string }[]): void {
    const entries: { item: Record<string, unknown>; id: string; label: string; where: string }[] = [];
    for (const { item, where } of items) {
      this.noteFields('interactor', item, INTERACTOR_FIELDS);
      const id = toText(item.id);
      if (id === undefined) {
        this.warnings.add('interactor without an id skipped (no participant can name it)', where);
        continue;
      }
      if (entries.some((e) => e.id === id)) {
        this.warnings.add(`interactor "${id}" appears more than once; only the first was imported`, where);
        continue;
      }
      const identifier = isRecord(item.identifier) ? toText(item.identifier.id) : undefined;
      entries.push({ item, id, label: toText(item.label) ?? identifier ?? id, where });
    }
    const uses = new Map<string, number>();
    for (const e of entries) uses.set(e.label, (uses.get(e.label) ?? 0) + 1);
    for (const { item, id, label, where } of entries) {
      const key = uses.get(label) === 1 ? label : id;
      this.interactors.set(id, { key, label });
      const type = termName(item.type);
      const xref = this.xrefOf(item.identifier, where);
      this.nodes.push({
        key,
        label,
        kind: this.kindOf(type, xref, where),
        description: this.descriptionOf(item, type),
        synonyms: [],
        xrefs: xref === undefined ? undefined : [xref],
        where,
      });
    }
  }

  // ----------------------------------------------------------------------------------- interactions

  /** The participants that name an interactor of the file; the others are warned about. */
  private participantsOf(item: Record<string, unknown>, name: string): { parts: Participant[]; mutations: string[] } {
    const parts: Participant[] = [];
    const mutations: string[] = [];
    for (const p of Array.isArray(item.participants) ? item.participants : []) {
      if (!isRecord(p)) {
        this.warnings.add('participant that is not an object left out of its interaction', name);
        continue;
      }
      this.noteFields('participant', p, PARTICIPANT_FIELDS);
      const ref = toText(p.interactorRef);
      const interactor = ref === undefined ? undefined : this.interactors.get(ref);
      if (ref === undefined) {
        this.warnings.add('participant without an interactorRef left out of its interaction', name);
        continue;
      }
      if (!interactor) {
        this.warnings.add(
          this.interactionIds.has(ref)
            ? `participant "${ref}" is an interaction (a complex as a participant), which is not imported as a node; left out of the interaction`
            : `participant points at interactor "${ref}", which is not in the file; left out of the interaction`,
          name,
        );
        continue;
      }
      const features = (Array.isArray(p.features) ? p.features : []).filter(isRecord);
      const named = [...new Set(features.map(featureText).filter((f): f is string => f !== undefined))];
      if (features.length)
        this.warnings.add(
          'participant features (tags, mutations, binding regions…) not imported',
          `${interactor.label} in ${name}: ${named.join('; ') || count(features.length, 'feature')}`,
        );
      for (const f of features.filter(isMutation)) {
        const text = featureText(f);
        if (text !== undefined) mutations.push(`${interactor.label} carrying ${text}`);
      }
      const role = squash(termName(p.bioRole) ?? '');
      parts.push({
        ...interactor,
        bait: squash(termName(p.expRole) ?? '') === BAIT_ROLE,
        end: SOURCE_ROLES.has(role) ? 'source' : TARGET_ROLES.has(role) ? 'target' : undefined,
      });
    }
    return { parts, mutations };
  }

  /**
   * The pairs of participants an interaction gives edges between: itself for one participant, the
   * two for two; for three or more, each bait with each other participant (a spoke) when some but
   * not all are baits, else every pair (a matrix), with a warning and a sentence for the claim.
   */
  private pairsOf(
    parts: readonly Participant[],
    name: string,
    binding: boolean,
  ): { pairs: [Participant, Participant][]; expansion?: string | undefined } {
    const [a, b] = parts;
    if (parts.length === 1) return { pairs: [[a!, a!]] };
    if (parts.length === 2) return { pairs: [[a!, b!]] };
    const n = parts.length;
    const labels = parts.map((p) => p.label);
    const baits = parts.filter((p) => p.bait);
    const what = binding ? 'a binding' : 'an edge';
    const pairs: [Participant, Participant][] = [];
    // One interactor listed twice (a homodimer with a partner) gives each pair once.
    const seen = new Set<string>();
    const add = (x: Participant, y: Participant) => {
      const key = [x.key, y.key].sort().join('\u0000');
      if (!seen.has(key)) pairs.push([x, y]);
      seen.add(key);
    };
    if (baits.length && baits.length < n) {
      for (const bait of baits) for (const other of parts) if (!other.bait) add(bait, other);
      const baitLabels = andList([...new Set(baits.map((p) => p.label))]);
      this.warnings.add(
        'interaction with three or more participants read as a spoke: an edge from its bait to each other participant (the file does not say which pairs touch directly)',
        `${name}: ${n} participants, bait ${baitLabels}, ${count(pairs.length, 'edge')}`,
      );
      return {
        pairs,
        expansion: `${name} has ${n} participants (${someNames(labels)}), read as ${what} of the bait ${baitLabels} with each of the others: the file does not say which pairs touch directly.`,
      };
    }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) add(parts[i]!, parts[j]!);
    this.warnings.add(
      'interaction with three or more participants and no bait to centre on read as a matrix: an edge between each pair of participants (the file does not say which pairs touch directly)',
      `${name}: ${n} participants, ${count(pairs.length, 'edge')}`,
    );
    return {
      pairs,
      expansion: `${name} has ${n} participants (${someNames(labels)}), read as ${what} between each pair: the file does not say which pairs touch directly.`,
    };
  }

  /** The evidence note of one interaction: what it shows, how, where, on which figure. */
  private noteOf(
    item: Record<string, unknown>,
    experiment: Record<string, unknown>,
    observed: string,
    name: string,
    mutations: readonly string[],
  ): string {
    const figures = (Array.isArray(experiment.figures) ? experiment.figures : [])
      .map(toText)
      .filter((f): f is string => f !== undefined);
    const figure = figures.length ? ` (${figures.map((f) => (/^fig/i.test(f) ? f : `figure ${f}`)).join(', ')})` : '';
    const confidences = (Array.isArray(item.confidences) ? item.confidences : []).filter(isRecord).flatMap((c) => {
      const value = toText(c.value);
      return value === undefined ? [] : [`${termName(c.type) ?? 'confidence'} ${value}`];
    });
    const details = [
      observed,
      hostText(experiment.host),
      mutations.length ? `with ${andList(mutations)}` : '',
      confidences.length ? `confidence ${confidences.join(', ')}` : '',
    ].filter(Boolean);
    return `${name}${figure}: ${details.join(', ')}.`;
  }

  /** Read one interaction into pending edges. */
  readInteraction(item: Record<string, unknown>, where: string): void {
    this.noteFields('interaction', item, INTERACTION_FIELDS);
    const name = interactionName(item, where);
    if (item.negative === true) {
      this.warnings.add('negative interaction (evidence that its participants do not interact) skipped', name);
      return;
    }
    const experiment = isRecord(item.experiment) ? item.experiment : {};
    this.noteFields('experiment', experiment, EXPERIMENT_FIELDS);
    const curator = termName(experiment.sourceDatabase);
    if (curator !== undefined) this.curators.add(curator);
    const given = Array.isArray(item.participants) ? item.participants.length : 0;
    const { parts, mutations } = this.participantsOf(item, name);
    if (parts.length === 0 || (given >= 2 && parts.length < 2)) {
      this.warnings.add(
        given
          ? 'interaction skipped: fewer than two of its participants are interactors in the file'
          : 'interaction without participants skipped',
        name,
      );
      return;
    }
    const type = termName(item.interactionType);
    const meaning = type === undefined ? undefined : interactionMeaning(type);
    if (type === undefined) this.warnings.add('interaction without a type, imported as unknown-influence', name);
    const match: RelationMatch = meaning?.match ?? {
      relation: 'unknown-influence',
      known: false,
      reversed: false,
      fit: 'unknown',
    };
    const typeText = type ?? 'an interaction of unstated type';
    const method = termName(experiment.detmethod);
    const { pairs, expansion } = this.pairsOf(parts, name, match.relation === 'binds');
    // The publication: a reference, cited by every edge made from this interaction.
    const ids = publicationIds(item, experiment, this.warnings, name);
    const ref = this.refs.keyOf(ids);
    if (ref === undefined)
      this.warnings.add(
        'interaction without a publication identifier (PubMed id, DOI or IMEx id): its edges are uncited',
        name,
      );
    const inferred = INFERRED_METHODS.has(squash(method ?? ''));
    const observed = `${typeText}${match.known ? '' : ' (an interaction type not known here)'}${
      method === undefined ? '' : inferred ? `, ${method}` : ` shown by ${method}`
    }`;
    const note = this.noteOf(item, experiment, observed, name, mutations);
    const kind = inferred ? INFERRED_EVIDENCE_KIND : measuredKind(experiment.host, type);
    const observation: Observation = { name, observed, expansion };
    let undirected = false;
    for (const [a, b] of pairs) {
      // Roles give the direction: from the enzyme (regulator, donor…) to what it acts on.
      const byRoles = a.end !== b.end && (a.end !== undefined || b.end !== undefined);
      const swap = byRoles && (a.end === 'target' || b.end === 'source');
      const [s, t] = swap ? [b, a] : [a, b];
      const fit = meaning?.needsRoles && !byRoles && s.key !== t.key ? 'undirected' : match.fit;
      if (fit === 'undirected') undirected = true;
      const ordered = fit === undefined || fit === 'unsigned';
      const ends = ordered || s.key <= t.key ? [s.key, t.key] : [t.key, s.key];
      const mergeKey = `${ends[0]}\u0000${ends[1]}\u0000${match.relation}\u0000${fit ?? ''}`;
      const edge: PendingEdge = this.pending.get(mergeKey) ?? {
        sourceKey: s.key,
        targetKey: t.key,
        relation: match.relation,
        fit,
        typeName: typeText,
        observations: [],
        evidence: new Map(),
        where: name,
      };
      this.pending.set(mergeKey, edge);
      if (!edge.observations.some((o) => o.name === name)) {
        edge.observations.push(observation);
        if (ref !== undefined) {
          const cited = edge.evidence.get(ref) ?? { kind, notes: [] };
          if (kind !== INFERRED_EVIDENCE_KIND) cited.kind = kind;
          cited.notes.push(note);
          edge.evidence.set(ref, cited);
        }
      }
    }
    const warning = relationWarning(typeText, undirected ? { ...match, fit: 'undirected' } : match);
    if (warning !== undefined) this.warnings.add(warning, name);
    this.imported.push(name);
  }

  /** The claim of a gathered edge: the relation, then each interaction that gave it. */
  private claimOf(p: PendingEdge, label: (key: string) => string): string {
    const s = label(p.sourceKey);
    const t = label(p.targetKey);
    const self = p.sourceKey === p.targetKey;
    const shown = andList(p.observations.map((o) => `${o.observed} (${o.name})`));
    const other = self ? `itself or another ${s}` : t;
    let first: string;
    if (p.relation === 'binds') first = `${s} binds ${other}: ${shown}.`;
    else if (p.fit === 'undirected')
      first = self
        ? `${s} is associated with itself or another ${s}: ${shown}; the file gives neither direction nor sign.`
        : `${s} and ${t} are associated: ${shown}; the file gives neither direction nor sign, so the arrow from ${s} to ${t} only follows the file's order.`;
    else if (p.fit !== undefined) first = `${s} influences ${other}: ${shown}; the sign of the effect is not given.`;
    else first = `${generatedClaim(s, p.relation, other, undefined, FORMAT).slice(0, -1)}: ${shown}.`;
    const expansions = p.observations.map((o) => o.expansion).filter((e): e is string => e !== undefined);
    return [first, ...expansions].join(' ');
  }

  /** The gathered edges, with their claims and evidence. */
  edges(): DraftEdge[] {
    const labels = new Map(this.nodes.map((n) => [n.key, n.label ?? n.key]));
    const label = (key: string) => labels.get(key) ?? key;
    return [...this.pending.values()].map((p) => {
      // A binding says all in its relation (`a-binds-b`); any other type names the edge (`a-colocalization-b`).
      const foreign: ForeignType | undefined =
        p.fit === undefined || p.fit === 'binding' ? undefined : { name: p.typeName, fit: p.fit };
      return {
        sourceKey: p.sourceKey,
        targetKey: p.targetKey,
        relation: p.relation,
        foreign,
        claim: this.claimOf(p, label),
        evidence: [...p.evidence].map(([ref, { kind, notes }]) => ({
          ref,
          kind,
          stance: 'supports' as const,
          note: `${notes.join(' ')} ${EVIDENCE_NOTE_TAIL}`,
        })),
        where: p.where,
      };
    });
  }
}

/** Read PSI-MI JSON text. `name` is the file name. Never throws. */
export function importMiJson(text: string, name?: string): ImportResult {
  return guarded(NAMED, () => {
    const checked = checkText(text, NAMED);
    if ('result' in checked) return checked.result;
    const parsed = parseJson(checked.text);
    if (!parsed.ok) return { ok: false, errors: [parsed.error] };
    const value = parsed.value;
    if (!isRecord(value) || !Array.isArray(value.data))
      return failure(
        '(top level)',
        `expected ${NAMED}: an object whose "data" list holds "interactor" and "interaction" items`,
      );
    const interactors: { item: Record<string, unknown>; where: string }[] = [];
    const interactions: { item: Record<string, unknown>; where: string }[] = [];
    const skipped = new Warnings();
    value.data.forEach((item: unknown, i) => {
      const where = `data[${i}]`;
      if (isRecord(item) && item.object === 'interactor') interactors.push({ item, where });
      else if (isRecord(item) && item.object === 'interaction') interactions.push({ item, where });
      else skipped.add('data item that is neither an "interactor" nor an "interaction" skipped', where);
    });
    if (!interactions.length)
      return failure(
        '(file)',
        `no interactions found: the ${NAMED} file's "data" list holds ${count(interactors.length, 'interactor')} and no "interaction" item; a pathway needs at least one`,
      );
    const reader = new MiJsonReader(interactions.map((i) => i.item));
    for (const w of skipped.list()) reader.warnings.add(w);
    const top = Object.keys(value).filter((k) => k !== 'data');
    if (top.length) reader.warnings.add(`top-level fields not imported: ${top.join(', ')}`);
    reader.readInteractors(interactors);
    for (const { item, where } of interactions) reader.readInteraction(item, where);
    reader.reportUnread();
    const edges = reader.edges();
    if (!edges.length)
      return {
        ok: false,
        errors: [
          {
            path: '(file)',
            message: `no usable interactions found: the ${NAMED} file's ${count(interactions.length, 'interaction')} ${interactions.length === 1 ? 'was' : 'were all'} skipped (see the warnings); a pathway needs at least one`,
          },
          ...reader.warnings.list().map((w) => ({ path: '(warning)', message: w })),
        ],
      };
    const references = reader.refs.references;
    const publications = Object.values(references).map((r) => r.title);
    const intact = reader.imported.some((n) => n.startsWith('IntAct '));
    const cited = edges.filter((e) => e.evidence?.length).length;
    const curators = [...reader.curators];
    const description = `${count(reader.imported.length, 'interaction')} (${someNames(reader.imported)}) read from ${FORMAT}${
      curators.length ? ` (curated by ${andList(curators)})` : ''
    }${
      publications.length
        ? `, citing ${publications.length <= 3 ? andList(publications) : count(publications.length, 'publication')}`
        : ''
    }.`;
    return finishImport({
      format: FORMAT,
      fileName: name,
      ownDescription: description,
      references,
      layers: [
        {
          id: 'imported',
          title: intact ? 'IntAct interactions' : 'Imported interactions',
          summary: `Interactions read from ${name ? `“${name}”` : `a ${FORMAT} file`}; ${cited} of ${edges.length} cite the publication the file gives.`,
          lineStyle: 'solid',
        },
      ],
      nodes: reader.nodes,
      edges,
      warnings: reader.warnings,
    });
  });
}
