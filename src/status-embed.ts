// Entry of dist/courtesy-feedback-status.min.js: registers <courtesy-feedback-status> and exports
// nothing, so that the bundle works from a classic <script> as well as from <script type="module">.
import './status.js';
