/**
 * SIF (Simple Interaction Format): one interaction per line, `source <relation> target [target…]`,
 * fields separated by tabs when the line has a tab, otherwise by spaces; a line with one name is a
 * node without interactions; lines starting with `#` are comments.
 *
 * **Relation tokens we write** (and read back):
 *
 * | relation                | token                      |
 * | ----------------------- | -------------------------- |
 * | positive-influence      | `activates`                |
 * | negative-influence      | `inhibits`                 |
 * | necessary-stimulation   | `required-for`             |
 * | unknown-influence       | `influences`               |
 * | binds                   | `binds`                    |
 * | allosteric-modulation   | `allosterically-modulates` |
 *
 * **Read as well** (case-insensitive, `_` or space as `-`, `interactsWith` as `interacts-with`): our
 * relation names; common verbs (`stimulates`, `promotes`, `represses`, `-|`, `regulates`…); signed SIF
 * as CellNOpt writes it, `1` → positive-influence and `-1` → negative-influence. Types that fit one
 * of our relations only loosely keep their name in the generated claim and the edge id
 * (`a-controls-expression-of-b`), so that three types between the same two names stay three edges:
 * Cytoscape's `pp`, `pd` and Pathway Commons' `in-complex-with`, `interacts-with` → binds;
 * `controls-state-change-of`, `controls-expression-of`, `controls-transport-of`,
 * `controls-phosphorylation-of`, `controls-production-of`, `chemical-affects`, `catalysis-precedes`,
 * `used-to-produce` → unknown-influence (SIF gives no sign); `consumption-controlled-by` →
 * unknown-influence with the ends swapped; the associations without direction `neighbor-of`,
 * `reacts-with` → unknown-influence from the first name to the second, with a warning (no causality
 * is claimed: the claim says so). Anything else → unknown-influence, the type kept in the claim, and a
 * warning naming the type and its lines. The same source, type and target twice is one interaction
 * (a warning says so); synonyms of one relation (`activates`, `1`) count as the same type.
 *
 * **Node kinds**: SIF has none. `CHEBI:nnnn` names become `small-molecule` (with the CURIE as xref);
 * both ends of `pp` become `protein`; Pathway Commons extended SIF's node section
 * (`PARTICIPANT PARTICIPANT_TYPE PARTICIPANT_NAME …`) gives kinds (`ProteinReference` → protein,
 * `SmallMoleculeReference` → small-molecule, `Complex` → complex…) and labels (a name that is an
 * accession, such as `AKT1_HUMAN`, becomes a synonym instead; a name column holding a list of
 * cross-references is not imported, with a warning); everything else is `concept`. Extended SIF's extra columns (data source, PubMed ids, pathway names) are not imported
 * and a warning says so.
 *
 * **What SIF loses on export**: node labels (the node ids are written, since labels need not be
 * unique and ids are), kinds, descriptions, synonyms, xrefs, compartments, positions, edge ids,
 * layers, status, claims, reasons and all citations. Two edges with the same source, relation and
 * target are written as two identical lines, which import as one interaction.
 */
import type { Pathway, PathwayEdge } from '../types';
import { finishImport } from './build';
import { type DraftEdge, type DraftNode, foreignType } from './draft';
import { looksLikeIdentifier } from './names';
import { exportedFile } from './registry';
import { selectForExport } from './selection';
import { checkText, guarded } from './text';
import type { EdgeSelection, ExportResult, ImportResult } from './types';
import { SIF_RELATION_TOKEN, kindFromName, relationFromName, relationKey, relationWarning } from './vocab';
import { Warnings } from './warnings';

type NodeInfo = { -readonly [K in keyof DraftNode]: DraftNode[K] };

/** Splits a line: tabs when it has any, otherwise runs of spaces. */
function fields(line: string): string[] {
  const parts = line.includes('\t') ? line.split('\t') : line.split(/\s+/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** `UniProt Knowledgebase:P31749;UniProt Knowledgebase:Q9BWB6`, `ChEBI:CHEBI:10270;…`: cross-references. */
const XREF_LIST = /^[A-Za-z][\w .-]*:[^;\s]+(;[A-Za-z][\w .-]*:[^;\s]+)*$/;
const isXrefList = (name: string) => XREF_LIST.test(name) && (name.includes(';') || /^[^:]* [^:]*:/.test(name));

/**
 * Pathway Commons' node section of extended SIF: id, type, name, xrefs. The name becomes the label
 * unless it is an accession (`AKT1_HUMAN`: then the id stays the label and the name a synonym) or a
 * list of cross-references (some releases write those in the name column: not imported, a warning).
 */
function readParticipant(tokens: string[], node: NodeInfo, where: string, warnings: Warnings): void {
  const [, type, name] = tokens;
  if (type) {
    const kind = kindFromName(type.replace(/Reference$/, ''));
    if (kind) node.kind = kind;
    else warnings.add(`participant type "${type}" is not known; imported as concept`, where);
  }
  if (!name || name === node.key) return;
  if (isXrefList(name)) warnings.add('participant name holds cross-references, not a name; the id is the label', where);
  else if (looksLikeIdentifier(name) && !looksLikeIdentifier(node.key)) node.synonyms = [name];
  else node.label = name;
}

/**
 * Read SIF text. `name` is the file name, used for the pathway's id and title. Never throws: junk,
 * an empty file or a file without any interaction gives `ok: false`.
 */
export function importSif(text: string, name?: string): ImportResult {
  return guarded('SIF', () => {
    const checked = checkText(text, 'SIF');
    if ('result' in checked) return checked.result;
    const warnings = new Warnings();
    const nodes = new Map<string, NodeInfo>();
    const edges: DraftEdge[] = [];
    const seen = new Map<string, string>();
    const node = (key: string, where: string): NodeInfo => {
      let n = nodes.get(key);
      if (!n) {
        n = { key, where };
        const chebi = /^chebi:(\d+)$/i.exec(key);
        if (chebi) {
          n.kind = 'small-molecule';
          n.xrefs = [`CHEBI:${chebi[1]}`];
        }
        nodes.set(key, n);
      }
      return n;
    };
    let extended = false;
    let participantSection = false;
    checked.text.split(/\r\n|\r|\n/).forEach((raw, i) => {
      const where = `line ${i + 1}`;
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const tokens = fields(raw);
      const head = tokens[0]!;
      if (head === 'PARTICIPANT_A' || head === 'PARTICIPANT') {
        extended = true;
        participantSection = head === 'PARTICIPANT';
        const ignored = tokens.slice(3);
        if (ignored.length) warnings.add(`extended SIF columns not imported: ${ignored.join(', ')}`, where);
        return;
      }
      if (participantSection) {
        readParticipant(tokens, node(head, where), where, warnings);
        return;
      }
      if (tokens.length === 1) {
        node(head, where);
        return;
      }
      const type = tokens[1]!;
      const targets = extended ? tokens.slice(2, 3) : tokens.slice(2);
      if (targets.length === 0) {
        warnings.add(
          `interaction "${type}" has no target; "${head}" was imported as a node without interactions`,
          where,
        );
        node(head, where);
        return;
      }
      const match = relationFromName(type);
      const typeWarning = relationWarning(type, match);
      if (typeWarning) warnings.add(typeWarning, where);
      for (const target of targets) {
        const [s, t] = match.reversed ? [target, head] : [head, target];
        const source = node(s, where);
        const dest = node(t, where);
        if (type.toLowerCase() === 'pp') {
          source.kind ??= 'protein';
          dest.kind ??= 'protein';
        }
        // Synonyms of one relation (activates, 1) are one interaction; loosely fitting types
        // (controls-expression-of, neighbor-of…) each keep their own edge.
        const key = `${s}\u0000${relationKey(type, match)}\u0000${t}`;
        const first = seen.get(key);
        if (first !== undefined) {
          warnings.add(`repeated interaction ${s} ${type} ${t} (first on ${first}) imported once`, where);
          continue;
        }
        seen.set(key, where);
        edges.push({ sourceKey: s, targetKey: t, relation: match.relation, foreign: foreignType(type, match), where });
      }
    });
    return finishImport({ format: 'SIF', fileName: name, nodes: [...nodes.values()], edges, warnings });
  });
}

/** One SIF line per edge: `source<TAB>token<TAB>target`. */
function edgeLine(edge: PathwayEdge): string {
  return `${edge.source}\t${SIF_RELATION_TOKEN[edge.relation]}\t${edge.target}`;
}

/**
 * Write SIF, tab-separated, node ids as names. With `edgeIds`, only those edges; without, every edge
 * and a one-name line for each node without edges. `losses` lists what SIF cannot carry.
 */
export function exportSif(pathway: Pathway, edgeIds?: EdgeSelection): ExportResult {
  const sel = selectForExport(pathway, edgeIds);
  const lines = sel.edges.map(edgeLine);
  const touched = new Set(sel.edges.flatMap((e) => [e.source, e.target]));
  const lone = sel.nodes.filter((n) => !touched.has(n.id) && n.kind !== 'compartment');
  if (edgeIds === undefined) lines.push(...lone.map((n) => n.id));
  const losses: string[] = [];
  const distinct = new Set(lines);
  if (distinct.size < lines.length)
    losses.push(
      `${lines.length - distinct.size} interaction(s) repeat another's source, relation and target and will import as one.`,
    );
  const compartments = sel.nodes.filter((n) => n.kind === 'compartment').length;
  const inside = sel.nodes.filter((n) => n.parent !== undefined).length;
  if (compartments)
    losses.push(
      `${compartments} compartment node(s) are not written (SIF has only interactions), and the ${inside} node(s) inside them lose their compartment.`,
    );
  return exportedFile('sif', pathway.id, lines.join('\n') + '\n', sel.notes, losses);
}
