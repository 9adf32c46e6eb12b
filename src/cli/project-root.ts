import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder, wherever the command is started from. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
