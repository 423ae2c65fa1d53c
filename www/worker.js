// The page's Web Worker: the package's engine worker, so analysis never blocks the page.
import './pkg/worker.js';
