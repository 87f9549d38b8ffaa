// The data check behind `dev`, `build` and `export`, for Node (vite.config.ts and scripts/):
// the same parser as data/index.ts, reading the files from disk.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { DATA_FILES, loadDeckData } from './parse.ts'

export function checkDeckData(root: string) {
  const read = (file: string) => readFileSync(resolve(root, file), 'utf8')
  return loadDeckData({
    milestones: read(DATA_FILES.milestones.file),
    frictions: read(DATA_FILES.frictions.file),
    scenarios: read(DATA_FILES.scenarios.file),
  })
}
