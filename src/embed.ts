// Entry of dist/courtesy-feedback.min.js: registers the element and exports nothing, so that the
// bundle works from a classic <script> as well as from <script type="module">.
import './define.js';
