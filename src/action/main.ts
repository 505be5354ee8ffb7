#!/usr/bin/env node
/** Entry point of the GitHub Action (action.yml runs `node dist/action/main.js`). */
import { runAction } from './run.js';

process.exitCode = await runAction(process.env, { stdout: process.stdout, stderr: process.stderr });
