/** Cytoscape with the extensions this app uses, registered once. */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';

cytoscape.use(dagre);

export default cytoscape;
