// The visitor's words about a case come from the widget package, where <courtesy-feedback-status>
// reads the same catalogue: the /status page and the element cannot drift apart.
export { statusCatalogues, type StatusLanguage, type StatusMessages } from 'courtesy-feedback/server.js';
