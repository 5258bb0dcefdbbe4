export const id = 22;
export const ids = [22];
export const modules = {

/***/ 7022:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

/**
 * undici, loaded on first use.
 *
 * @actions/http-client imports undici's ProxyAgent, and @actions/github its
 * fetch, at start-up; @actions/core imports http-client for its OIDC client.
 * This action uses them only behind a proxy (http-client's ProxyAgent) or for
 * GitHub Deployments (Octokit's fetch), yet evaluating undici was most of its
 * cold start. As an npm workspace named "undici" at a version the toolkit
 * accepts, this module is installed in undici's place; the real undici
 * ("undici-impl") is evaluated the first time either export is used. Those
 * two are every name the bundled packages take from undici
 * (__tests__/undici-lazy.test.ts checks that, and that nothing loads early).
 * `new ProxyAgent()` returns the real one: `instanceof` and subclassing of
 * this function do not work, and no bundled package uses either.
 */
let impl;
const load = () => (impl ??= __webpack_require__(3785));

// `new ProxyAgent(options)` returns the real one.
exports.k = function ProxyAgent(...args) {
  return new (load().ProxyAgent)(...args);
};

__webpack_unused_export__ = (...args) => load().fetch(...args);


/***/ })

};
