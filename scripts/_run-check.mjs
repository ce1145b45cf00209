// Runs one of ../shared/eval's check scripts on cx and resolves to its JSON report, or to
// { error } with the end of its stderr: one failing set does not stop `npm run eval`.
import { spawn } from 'node:child_process';

export function runCheck(check, args, name) {
  return new Promise((resolve) => {
    const p = spawn('node', [check, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (b) => (out += b));
    p.stderr.on('data', (b) => (err += b));
    p.on('close', (code) => {
      try {
        resolve(code === 0 ? JSON.parse(out) : { error: err.trim().slice(-300) });
      } catch {
        resolve({ error: `unreadable ${name} output` });
      }
    });
  });
}
