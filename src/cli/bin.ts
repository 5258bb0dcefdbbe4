#!/usr/bin/env node
/** `npx streampixel-deploy`: the process around main(). */
import { crashed, main } from './main.js';

const argv = process.argv.slice(2);
const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
};
// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', () => undefined);

main(argv, process.env, io).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = crashed(argv, io);
  },
);
