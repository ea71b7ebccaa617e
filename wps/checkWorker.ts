/** The WPS pane's check worker: the pane's own, after the built-ins older WPS clients lack. */
import './polyfills';
import '../pane/checkWorker';
