import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, inlineScriptHashes, inlineScripts, isFrameable } from '@/lib/security/csp';

describe('inlineScripts / inlineScriptHashes', () => {
  const html = '<html><head><script src="/_next/a.js" async></script><script>self.__next_f=[]</script></head><body><script id="x">self.__next_f.push([1,"a"])</script><SCRIPT type="module">b()</SCRIPT ></body></html>';

  it('finds the inline scripts only, with their exact text', () => {
    expect(inlineScripts(html)).toEqual(['self.__next_f=[]', 'self.__next_f.push([1,"a"])', 'b()']);
  });

  it('hashes each as the browser does (sha256 of the text, base64)', () => {
    const expected = "'sha256-" + createHash('sha256').update('self.__next_f=[]').digest('base64') + "'";
    expect(inlineScriptHashes(html)).toContain(expected);
    expect(inlineScriptHashes(html)).toHaveLength(3);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts by nonce and hash only, never unsafe-inline, and forbids framing except for the embed view', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc', hashes: ["'sha256-x'"] });
    const script = policy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(script).toBe("script-src 'self' 'nonce-abc' 'sha256-x'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(contentSecurityPolicy({ nonce: 'abc', frameable: true })).toContain('frame-ancestors *');
    expect(contentSecurityPolicy({ nonce: 'abc', development: true })).toContain("'unsafe-eval'");
    expect(isFrameable('/embed')).toBe(true);
    expect(isFrameable('/embed/q-test')).toBe(true);
    expect(isFrameable('/embedded')).toBe(false);
  });
});
