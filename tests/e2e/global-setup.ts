/** Starts the built site once for all browser tests; BASE_URL tells the tests where. */
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer | undefined;

export async function setup({ provide }: { provide: (key: 'baseUrl', value: string) => void }) {
  server = await startServer();
  provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
