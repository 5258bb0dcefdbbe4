/** Who we are, as every request's User-Agent and `--version` say it: read from package.json. */
import pkg from '../package.json' with { type: 'json' };

export const ACTION_NAME = 'streampixel-deploy';
export const ACTION_VERSION: string = pkg.version;
/** The project's home, where the "report it" hints and the User-Agent point. */
export const REPOSITORY_URL = 'https://github.com/org/streampixel-deploy';
export const ISSUES_URL = `${REPOSITORY_URL}/issues`;
export const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION} (+${REPOSITORY_URL})`;
