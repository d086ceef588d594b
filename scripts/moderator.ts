/**
 * npm run moderator -- add EMAIL    create a moderator (asks for the password, or reads MODERATOR_PASSWORD)
 * npm run moderator -- list         list moderators
 * Works on the same store as the site: DATABASE_URL, else ADMISSIBLE_DB_FILE, else var/admissible.sqlite.
 */
import { createInterface } from 'node:readline';
import { openStore, storeOptionsFromEnv } from '@/lib/store/db';
import { addModerator, listModerators } from '@/lib/store/moderators';

async function readPassword(): Promise<string> {
  if (process.env.MODERATOR_PASSWORD) return process.env.MODERATOR_PASSWORD;
  if (!process.stdin.isTTY) {
    // Piped: the first line of stdin is the password.
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) return line;
    throw new Error('no password on stdin');
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(prompt);
      const stdin = process.stdin;
      stdin.setRawMode(true);
      stdin.resume();
      let value = '';
      const onData = (buf: Buffer) => {
        for (const ch of buf.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.off('data', onData);
            process.stdout.write('\n');
            return resolve(value);
          }
          if (ch === '\u0003') process.exit(130);
          if (ch === '\u007f') value = value.slice(0, -1);
          else value += ch;
        }
      };
      stdin.on('data', onData);
    });
  const first = await ask('Password (12 characters or more): ');
  const second = await ask('Again: ');
  if (first !== second) throw new Error('the passwords differ');
  return first;
}

async function main() {
  const [command, email] = process.argv.slice(2);
  const store = await openStore(storeOptionsFromEnv());
  try {
    if (command === 'add' && email) {
      const m = await addModerator(store, email, await readPassword(), new Date());
      console.log(`moderator ${m.email} added to ${store.location}`);
    } else if (command === 'list') {
      for (const m of await listModerators(store)) console.log(`${m.email}\tsince ${m.createdAt}`);
    } else {
      console.error('usage: npm run moderator -- add EMAIL | list');
      process.exitCode = 2;
    }
  } finally {
    await store.close();
  }
}

main().catch((e) => {
  console.error(`moderator: ${(e as Error).message}`);
  process.exit(1);
});
