/**
 * What an importer could not represent, grouped by message so that a file with a thousand unknown
 * interaction types says so in one line.
 */

const MAX_PLACES = 8;

/**
 * Warnings grouped by message, each listing where it happened: `unknown interaction type "xyz",
 * imported as unknown-influence (line 3, line 9 and 12 more)`. Insertion order is kept.
 */
export class Warnings {
  private readonly groups = new Map<string, string[]>();

  add(message: string, where?: string): void {
    const places = this.groups.get(message) ?? [];
    if (where !== undefined) places.push(where);
    this.groups.set(message, places);
  }

  list(): string[] {
    return [...this.groups].map(([message, places]) => {
      if (places.length === 0) return message;
      const shown = places.slice(0, MAX_PLACES).join(', ');
      const more = places.length > MAX_PLACES ? ` and ${places.length - MAX_PLACES} more` : '';
      return `${message} (${shown}${more})`;
    });
  }
}
