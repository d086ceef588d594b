import { describe, expect, it } from 'vitest';
import { prerenderedFile } from '@/lib/security/static-pages';

describe('prerenderedFile', () => {
  const root = '/srv/app/.next/server/app';
  it('maps a path to its prerendered HTML', () => {
    expect(prerenderedFile(root, '/')).toBe(`${root}/index.html`);
    expect(prerenderedFile(root, '/about')).toBe(`${root}/about.html`);
    expect(prerenderedFile(root, '/node/pos-yes/')).toBe(`${root}/node/pos-yes.html`);
  });
  it('never leaves the app directory', () => {
    expect(prerenderedFile(root, '/../../../etc/passwd')).toBeUndefined();
    expect(prerenderedFile(root, '/%2e%2e/%2e%2e/secret')).toBeUndefined();
    expect(prerenderedFile(root, '/%E0%A4%A')).toBeUndefined();
    expect(prerenderedFile(root, '/a%00b')).toBeUndefined();
  });
});
