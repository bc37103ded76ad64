#!/usr/bin/env node
// The `tongban` command: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/tongban.ts');
process.exit(await main(process.argv.slice(2)));
