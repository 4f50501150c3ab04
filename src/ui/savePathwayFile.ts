import { downloadText } from '../lib/download';
import type { Model } from '../model/model';

/** Download the pathway as our own JSON file (with its tours and experiments); resolves with the file's name. */
export async function savePathwayFile(model: Model): Promise<string> {
  const { exportPathwayFile } = await import('../model/formats/pathway');
  const file = exportPathwayFile(model.pathway, new URL('pathway.schema.json', document.baseURI).href);
  downloadText(file.text, file.fileName, file.mimeType);
  return file.fileName;
}
