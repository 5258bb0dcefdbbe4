// CI's dry runs read the project (the status request), so they need an API: the loopback
// stand-in (demo/stand-in.ts, run as TypeScript by Node 24's type stripping). Writes its
// api-url to GITHUB_ENV as STAND_IN_API_URL and serves until the job ends.
import { appendFileSync } from 'node:fs';

const { startStandIn } = await import('../demo/stand-in.ts');
const standIn = await startStandIn({
  rateLimit: false,
  existingUploads: { cccccccccccccccccccccccc: 'Approved' },
});
if (process.env.GITHUB_ENV)
  appendFileSync(process.env.GITHUB_ENV, `STAND_IN_API_URL=${standIn.apiUrl}\n`);
console.log(`Streampixel stand-in at ${standIn.apiUrl}`);
