import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildApp } from './app-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build every browser test serves (made once per run). */
    appDist: string;
  }
}

/** One production build for every browser test file of the run, instead of one per file. */
export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = await buildApp();
  project.provide('appDist', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
