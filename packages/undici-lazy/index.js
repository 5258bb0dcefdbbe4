'use strict';
/**
 * undici, loaded on first use.
 *
 * @actions/http-client imports undici's ProxyAgent, and @actions/github its
 * fetch, at start-up; @actions/core imports http-client for its OIDC client.
 * This action uses neither unless a proxy is set (http-client's ProxyAgent
 * path, the GitHub Deployments fetch), yet evaluating undici was most of its
 * cold start. package.json's "overrides" puts this module in undici's place;
 * the real undici ("undici-impl") is evaluated the first time either export
 * is used. Those two are every name the bundled packages import from undici
 * (__tests__/undici-lazy.test.ts checks that, and that nothing loads early).
 */
let impl;
const load = () => (impl ??= require('undici-impl'));

// `new ProxyAgent(options)` returns the real one.
exports.ProxyAgent = function ProxyAgent(...args) {
  return new (load().ProxyAgent)(...args);
};

exports.fetch = (...args) => load().fetch(...args);
