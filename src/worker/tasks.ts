/**
 * What the file worker does with each request, as a plain function of the request and a `post`
 * callback: the worker entry (`open.worker.ts`) wires it to `postMessage`, and unit tests call it
 * directly. Reading goes through the same `importFile` as the main thread; the layout through
 * `model/layout`.
 */
import { importFile } from '../model/formats/load';
import type { Point } from '../model/layout/aspect';
import { forceLayoutPathway, needsForceLayout } from '../model/layout/pathway';
import type { Pathway } from '../model/types';
import type { PlacedNodes, WorkerReply, WorkerRequest } from './protocol';

const asPlaced = (positions: ReadonlyMap<string, Point>): PlacedNodes =>
  [...positions].map(([id, p]) => [id, p.x, p.y] as const);

function layOut(id: number, pathway: Pathway, post: (reply: WorkerReply) => void): PlacedNodes {
  post({ id, type: 'progress', stage: 'laying out', fraction: 0 });
  const positions = forceLayoutPathway(pathway, {
    onProgress: (fraction) => post({ id, type: 'progress', stage: 'laying out', fraction }),
  });
  return asPlaced(positions);
}

export async function handleRequest(request: WorkerRequest, post: (reply: WorkerReply) => void): Promise<void> {
  const { id } = request;
  try {
    if (request.type === 'layout') {
      post({ id, type: 'laidOut', placed: layOut(id, request.pathway, post) });
      return;
    }
    post({ id, type: 'progress', stage: 'reading' });
    const result = await importFile(request.text, request.fileName, undefined, () =>
      post({ id, type: 'progress', stage: 'checking' }),
    );
    const placed = result.ok && needsForceLayout(result.pathway) ? layOut(id, result.pathway, post) : undefined;
    post({ id, type: 'opened', result, placed });
  } catch (err) {
    post({ id, type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
}
