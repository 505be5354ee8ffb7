#!/usr/bin/env node
/**
 * Entry point of the GitHub Action. action.yml runs it as a JavaScript action
 * from the bundle scripts/build-action.mjs makes of it (action/index.mjs), so
 * a workflow needs no install and no build.
 */
import { runAction } from './run.js';

process.exitCode = await runAction(process.env, { stdout: process.stdout, stderr: process.stderr });
