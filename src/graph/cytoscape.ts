/** The Cytoscape factory. Extensions (dagre, svg) are registered on demand where they are used. */
import cytoscape from 'cytoscape';

export default cytoscape;
