/**
 * Everything that needs Cytoscape's code at run time, loaded with one dynamic import by the graph view
 * so the app shell, time bar and panels draw before the ~125 KB (gzip) renderer arrives.
 */
export { default as cytoscape } from 'cytoscape';
export { compactPositions, finishLayout, labelForIndex } from './place';
