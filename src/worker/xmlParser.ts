/**
 * A worker has no `DOMParser`; the XML formats (GraphML, SBGN-ML, GPML) read through one. This
 * installs xmldom's in its place, set to stop at the first error as a browser's parser does (an
 * error becomes the import's message, with its line and column: `model/formats/xml.ts`).
 */
import { DOMParser as XmlDomParser, onErrorStopParsing } from '@xmldom/xmldom';

class StrictParser extends XmlDomParser {
  constructor() {
    super({ onError: onErrorStopParsing });
  }
}

/** Make `DOMParser` available where there is none; returns whether it installed one. */
export function installXmlParser(): boolean {
  if (typeof globalThis.DOMParser !== 'undefined') return false;
  (globalThis as { DOMParser?: unknown }).DOMParser = StrictParser;
  return true;
}
