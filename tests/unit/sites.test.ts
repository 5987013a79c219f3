import { describe, expect, it } from 'vitest';
import { isBuiltIn, sitePattern } from '../../editors/sites';

describe('sites', () => {
  it('knows the built-in webmail hosts, with any path and port rules of match patterns', () => {
    expect(isBuiltIn('https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(isBuiltIn('https://outlook.office.com/mail/')).toBe(true);
    expect(isBuiltIn('https://example.org/form')).toBe(false);
    expect(isBuiltIn('http://127.0.0.1:4173/textarea.html', ['http://127.0.0.1/*'])).toBe(true);
    expect(isBuiltIn('http://localhost:4173/textarea.html', ['http://127.0.0.1/*'])).toBe(false);
  });

  it('turns a page address into the match pattern of its site, only for web pages', () => {
    expect(sitePattern('https://formulier.antwerpen.be/aanvraag?x=1')).toBe('https://formulier.antwerpen.be/*');
    expect(sitePattern('http://localhost:4173/a')).toBe('http://localhost:4173/*');
    expect(sitePattern('chrome://extensions')).toBeUndefined();
    expect(sitePattern('not a url')).toBeUndefined();
  });
});
