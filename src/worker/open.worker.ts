/**
 * The file worker: reads, checks and lays out large files off the main thread (`tasks.ts`), so the
 * page stays responsive and can show progress and cancel.
 */
import type { WorkerReply, WorkerRequest } from './protocol';
import { handleRequest } from './tasks';
import { installXmlParser } from './xmlParser';

installXmlParser();

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
};
scope.onmessage = (event) => void handleRequest(event.data, (reply) => scope.postMessage(reply));
