/**
 * A node or an edge of the diagram, by id: what is selected, keyboard-focused, framed by a link or
 * a tour step, or named in a message. The one name for `{ kind, id }` across the app.
 */
export interface Target {
  readonly kind: 'node' | 'edge';
  readonly id: string;
}

/** The text form used in URLs, tour `focus` entries and messages: `node:<id>` or `edge:<id>`. */
export function targetText(target: Target): string {
  return `${target.kind}:${target.id}`;
}
