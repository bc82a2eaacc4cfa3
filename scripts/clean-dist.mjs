// Removes dist/ so a build never ships files of deleted sources (no rimraf dependency needed).
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
