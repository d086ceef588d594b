import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function messagesFor(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
}

describe('lib/ stays pure', () => {
  it('refuses React, Next and UI imports in lib/', async () => {
    expect((await messagesFor("import { useState } from 'react';\nexport const x = useState;\n", 'lib/graph/bad.ts')).join()).toMatch(/lib\/ is pure TypeScript: no React\./);
    expect((await messagesFor("import Link from 'next/link';\nexport const x = Link;\n", 'lib/graph/bad.ts')).join()).toMatch(/no Next\.js/);
    expect((await messagesFor("import { NodeCard } from '@/components/NodeCard';\nexport const x = NodeCard;\n", 'lib/graph/bad.ts')).join()).toMatch(/UI layers/);
  }, 30_000);

  it('refuses DOM globals in lib/', async () => {
    expect((await messagesFor('export const w = window.innerWidth;\n', 'lib/graph/bad.ts')).join()).toMatch(/window/);
  }, 30_000);

  it('allows the same imports outside lib/', async () => {
    expect(await messagesFor("import { useState } from 'react';\nexport const x = useState;\n", 'components/Good.tsx')).toEqual([]);
  }, 30_000);
});
