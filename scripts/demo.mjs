// The README's demo: start `gatehouse sandbox` seeded with Acme's live state,
// then plan, apply and plan again the desired state in examples/acme, as a
// user would type it. Exits non-zero if any step does not behave as shown.
// It runs the built command: `npm run demo` builds first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const seed = 'examples/sandbox/acme-live.yaml';
const desired = 'examples/acme';

if (!existsSync(cli)) {
  process.stderr.write('demo: dist/cli/main.js is missing; run `npm run demo`, which builds first (or `npm run build`)\n');
  process.exit(1);
}

function startSandbox() {
  const child = spawn(process.execPath, [cli, 'sandbox', '--seed', seed], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('the sandbox did not start within 15 s')), 15_000);
    child.once('exit', (code) => reject(new Error(`the sandbox exited early (code ${code})`)));
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const names = ['ASANA_BASE_URL', 'ASANA_TOKEN', 'DREADNODE_BASE_URL', 'DREADNODE_TOKEN'];
      const exported = Object.fromEntries(names.map((name) => [name, new RegExp(`${name}=(\\S+)`).exec(seen)?.[1]]));
      if (names.every((name) => exported[name]) && seen.includes('Ctrl+C')) {
        clearTimeout(timer);
        process.stdout.write(seen.replace(/^/gm, '  '));
        resolve({ child, env: { ...process.env, ...exported } });
      }
    });
  });
}

function step(args, env, expectedExit) {
  process.stdout.write(`\n$ gatehouse ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, env, stdio: 'inherit' });
  if (run.status !== expectedExit) {
    throw new Error(`gatehouse ${args.join(' ')} exited ${run.status}, expected ${expectedExit}`);
  }
}

process.stdout.write(`$ gatehouse sandbox --seed ${seed} &\n`);
const { child, env } = await startSandbox();
try {
  step(['validate', desired], env, 0);
  step(['plan', desired, '--detailed-exitcode'], env, 2);
  step(['apply', desired, '--yes'], env, 0);
  step(['plan', desired, '--detailed-exitcode'], env, 0);
  process.stdout.write('\nDemo finished: the first plan showed changes, apply made them, the second plan is empty.\n');
} catch (error) {
  process.stderr.write(`demo failed: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
}
