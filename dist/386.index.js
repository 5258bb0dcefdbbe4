export const id = 386;
export const ids = [386];
export const modules = {

/***/ 1386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startDeployment: () => (/* binding */ startDeployment)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1013);
/**
 * Optional GitHub Deployment records, so the repository's Environments page
 * lists every Streampixel release. Loaded lazily (it pulls in Octokit), and
 * never fails a deploy: every GitHub API error becomes a warning text.
 */


function explain(err, doing) {
    const status = err.status;
    const message = err?.message ?? String(err);
    const permission = status === 403 ||
        status === 404 ||
        /not accessible by integration|resource not accessible/i.test(message)
        ? ' Give the job `permissions: deployments: write` (and pass github-token if you use another token).'
        : '';
    return `Could not ${doing} (${status ? `HTTP ${status}: ` : ''}${message.slice(0, 300)}).${permission} The Streampixel deploy itself is unaffected.`;
}
async function startDeployment(request) {
    const { env } = request;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const sha = env.GITHUB_SHA;
    if (!request.token || !owner || !repo || !sha) {
        return {
            warning: 'Could not create a GitHub deployment: github-token, GITHUB_REPOSITORY or GITHUB_SHA is missing.',
        };
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(request.token, {
        userAgent: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .USER_AGENT */ ._O,
        ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    });
    const statusFields = {
        owner,
        repo,
        log_url: request.logUrl,
        environment_url: request.environmentUrl,
    };
    let id;
    try {
        const created = await octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: sha,
            environment: request.environment,
            description: request.description,
            auto_merge: false,
            required_contexts: [],
        });
        if (!('id' in created.data))
            return {
                warning: `Could not create a GitHub deployment: ${created.data.message ?? 'no id returned'}.`,
            };
        id = created.data.id;
        await octokit.rest.repos.createDeploymentStatus({
            ...statusFields,
            deployment_id: id,
            state: 'in_progress',
        });
    }
    catch (err) {
        return { warning: explain(err, 'create a GitHub deployment') };
    }
    return {
        id,
        async finish(state) {
            try {
                await octokit.rest.repos.createDeploymentStatus({
                    ...statusFields,
                    deployment_id: id,
                    state,
                    auto_inactive: state === 'success',
                });
                return undefined;
            }
            catch (err) {
                return explain(err, `mark GitHub deployment ${id} as ${state}`);
            }
        },
    };
}


/***/ })

};
