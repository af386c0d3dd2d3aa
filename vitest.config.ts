import { defineConfig } from 'vitest/config'

/**
 * Suites whose time is pinned in the test itself and that carry no date logic of their own, left out of CI's
 * extra runs under faketime (VITEST_CALENDAR_RUN=1, .ci/run) because they are slow: CLI child processes
 * (ADWRIGHT_NOW), fuzzing and the media-encoding creative tests (TEST_NOW).
 */
const CALENDAR_RUN_SKIPS = process.env.VITEST_CALENDAR_RUN ? ['test/electron/cli/**', 'test/fuzz/**', 'test/electron/backend/creatives/**'] : []

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on this two-core machine, so every file ran in turn
    // while most of them wait on HTTP, child processes or Chromium. Two measured 140 s → 106 s for the unit project.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/bench/**', 'test/packaging/**', ...CALENDAR_RUN_SKIPS],
          // electron-store is ESM that imports 'electron'; inline it so vi.mock('electron') reaches it.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'packaging',
          environment: 'node',
          include: ['test/packaging/**/*.test.ts'],
          // electron-vite build + electron-builder take 10–20 s here; leave room on a busy machine.
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
