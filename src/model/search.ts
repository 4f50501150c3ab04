/**
 * Find nodes by label, synonym or id. Case, accents and punctuation are ignored.
 */
import type { Model } from './model';
import type { PathwayNode } from './types';

export interface SearchHit {
  readonly node: PathwayNode;
  /** The text that matched (the label or a synonym). */
  readonly matched: string;
  readonly score: number;
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function scoreText(candidate: string, query: string, base: number): number {
  const c = normalise(candidate);
  if (!c) return 0;
  if (c === query) return base + 30;
  if (c.startsWith(query)) return base + 20;
  if (c.split(' ').some((word) => word.startsWith(query))) return base + 10;
  if (c.replace(/ /g, '').includes(query.replace(/ /g, ''))) return base;
  return 0;
}

export function searchNodes(model: Model, query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const node of model.pathway.nodes) {
    let best: SearchHit | null = null;
    const consider = (text: string, base: number) => {
      const score = scoreText(text, q, base);
      if (score > 0 && (!best || score > best.score)) best = { node, matched: text, score };
    };
    consider(node.label, 60);
    for (const synonym of node.synonyms ?? []) consider(synonym, 50);
    consider(node.id, 40);
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => b.score - a.score || a.node.label.localeCompare(b.node.label)).slice(0, limit);
}
