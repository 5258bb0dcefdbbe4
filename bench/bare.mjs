/**
 * The floor for `npm run bench`: the action's happy path with nothing but
 * node:http. Same inputs (INPUT_* variables, as the runner sets them), same
 * two requests: a ranged GET of the first 4 bytes of file-url, then the POST
 * to upload-file. No validation, retries, masking, outputs or summary.
 */
import { request } from 'node:http';

const input = (name) => process.env[`INPUT_${name.toUpperCase()}`] ?? '';

function send(url, options, body) {
  return new Promise((resolve, reject) => {
    const req = request(url, options, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const fileUrl = input('file-url');
const head = await send(fileUrl, { headers: { range: 'bytes=0-3' } });
if (head.status !== 206 && head.status !== 200) throw new Error(`file-url: HTTP ${head.status}`);
if (head.body.subarray(0, 4).toString('hex') !== '504b0304') throw new Error('not a zip');

const body = JSON.stringify({
  apiKey: input('api-key'),
  userId: input('user-id'),
  projectId: input('project-id'),
  fileUrl,
  autoRelease: true,
});
const upload = await send(
  `${input('api-url')}/projects/upload-file`,
  { method: 'POST', headers: { 'content-type': 'application/json' } },
  body,
);
if (upload.status < 200 || upload.status >= 300) throw new Error(`upload: HTTP ${upload.status}`);
console.log(JSON.parse(upload.body.toString('utf8')).message);
