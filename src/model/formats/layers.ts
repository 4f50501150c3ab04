/**
 * The layers of an imported pathway: those the file declares, with defaults for anything missing or
 * invalid, those its edges name without declaring, and the one `imported` layer for a file that
 * says nothing about layers.
 */
import { LAYER_LINE_STYLES, LAYER_ROLES } from '../schema';
import type { LineStyle, Pathway } from '../types';
import type { Draft, DraftLayer } from './draft';
import { IdAllocator } from './ids';

/** The id of the one layer that holds the edges of a file which says nothing about layers. */
const IMPORTED_LAYER_ID = 'imported';
/** Okabe–Ito blue. */
const IMPORTED_LAYER_COLOR = '#0072B2';
/** Okabe–Ito colours for further layers a file declares without a colour of its own. */
const LAYER_PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#D55E00', '#F0E442', '#000000'] as const;

const COLOR = /^#[0-9a-fA-F]{6}$/;

type MutableLayer = Pathway['layers'][number] extends infer L ? { -readonly [K in keyof L]: L[K] } : never;

/** The layers the file declares, with defaults for anything missing or invalid. */
export class LayerTable {
  readonly layers: MutableLayer[] = [];
  private readonly idOf = new Map<string, string>();
  private readonly ids = new IdAllocator();

  constructor(private readonly draft: Draft) {
    for (const l of draft.layers ?? []) this.declare(l);
  }

  private declare(l: DraftLayer): string {
    const existing = this.idOf.get(l.id);
    if (existing !== undefined) {
      this.draft.warnings.add(`layer "${l.id}" is declared more than once; the first declaration was used`);
      return existing;
    }
    const n = this.layers.length;
    const id = this.ids.take(l.id, 'layer');
    this.idOf.set(l.id, id);
    const isImported = id === IMPORTED_LAYER_ID;
    let color = l.color ?? (isImported ? IMPORTED_LAYER_COLOR : LAYER_PALETTE[n % LAYER_PALETTE.length]!);
    if (!COLOR.test(color)) {
      this.draft.warnings.add(`layer "${l.id}" has colour "${color}", not #rrggbb; a default colour was used`);
      color = LAYER_PALETTE[n % LAYER_PALETTE.length]!;
    }
    let lineStyle = (l.lineStyle ?? LAYER_LINE_STYLES[n % LAYER_LINE_STYLES.length]!) as LineStyle;
    if (!(LAYER_LINE_STYLES as readonly string[]).includes(lineStyle)) {
      this.draft.warnings.add(`layer "${l.id}" has line style "${lineStyle}", which is not known; "solid" was used`);
      lineStyle = 'solid';
    }
    const layer: MutableLayer = {
      id,
      title: l.title?.trim() || (isImported ? 'Imported interactions' : `Layer ${l.id}`),
      summary:
        l.summary?.trim() ||
        (isImported
          ? `Interactions read from ${this.draft.fileName ? `“${this.draft.fileName}”` : `a ${this.draft.format} file`}; not cited.`
          : `Layer “${l.id}” of the imported ${this.draft.format} file.`),
      color,
      lineStyle,
      defaultVisible: l.defaultVisible ?? true,
      references: [...new Set(l.references ?? [])].filter((key) => Object.hasOwn(this.draft.references ?? {}, key)),
    };
    if (l.role !== undefined) {
      if ((LAYER_ROLES as readonly string[]).includes(l.role)) layer.role = l.role as MutableLayer['role'];
      else this.draft.warnings.add(`layer "${l.id}" has role "${l.role}", which is not known; it was left out`);
    }
    this.layers.push(layer);
    return id;
  }

  /** Our id of a layer the file names; an undeclared layer is created with generated title and colour. */
  resolve(fileId: string, where: string): string {
    const known = this.idOf.get(fileId);
    if (known !== undefined) return known;
    if (this.draft.layers?.length)
      this.draft.warnings.add(
        `layer "${fileId}" is not declared in the file; it was created with a generated title and colour`,
        where,
      );
    return this.declare({ id: fileId });
  }

  /** The `imported` layer, created on first use. */
  imported(): string {
    return this.idOf.get(IMPORTED_LAYER_ID) ?? this.declare({ id: IMPORTED_LAYER_ID, lineStyle: 'solid' });
  }
}
