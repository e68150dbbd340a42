#!/usr/bin/env node
// Entry point of the `est` command: TypeScript sources run through the tsx loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
