/** react-cytoscapejs 2.0.0 ships no types; the bench page uses it through createElement only. */
declare module 'react-cytoscapejs' {
  import type { ComponentType } from 'react';

  const CytoscapeComponent: ComponentType<Record<string, unknown>>;
  export default CytoscapeComponent;
}
