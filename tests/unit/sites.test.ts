import { describe, expect, it } from 'vitest';
import { isBuiltIn, pageAccess, sitePattern } from '../../extension/sites';

describe('sites', () => {
  it('knows the built-in webmail hosts, with any path and port rules of match patterns', () => {
    expect(isBuiltIn('https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(isBuiltIn('https://outlook.office.com/mail/')).toBe(true);
    expect(isBuiltIn('https://example.org/form')).toBe(false);
    expect(isBuiltIn('http://127.0.0.1:4173/textarea.html', ['http://127.0.0.1/*'])).toBe(true);
    expect(isBuiltIn('http://localhost:4173/textarea.html', ['http://127.0.0.1/*'])).toBe(false);
  });

  it('turns a page address into the match pattern of its site, without the port, only for web pages', () => {
    expect(sitePattern('https://formulier.antwerpen.be/aanvraag?x=1')).toBe('https://formulier.antwerpen.be/*');
    // A pattern with a port never runs in Firefox; one without matches every port in both browsers.
    expect(sitePattern('http://intranet:8080/dossiers')).toBe('http://intranet/*');
    expect(sitePattern('http://localhost:4173/a')).toBe('http://localhost/*');
    expect(sitePattern('chrome://extensions')).toBeUndefined();
    expect(sitePattern('file:///home/ik/brief.txt')).toBeUndefined();
    expect(sitePattern('not a url')).toBeUndefined();
  });

  it('says why a page cannot be switched on', () => {
    const own = 'chrome-extension://abcdefghijklmnop/';
    const cases: [string | undefined, string][] = [
      ['https://roundcube.ocmw.be/?_task=mail', 'site:https://roundcube.ocmw.be/*'],
      ['http://intranet:8080/dossier/12', 'site:http://intranet/*'],
      ['chrome://newtab/', 'browser-page'],
      ['about:blank', 'browser-page'],
      ['edge://settings', 'browser-page'],
      ['view-source:https://example.org/', 'browser-page'],
      ['https://chromewebstore.google.com/detail/x', 'store'],
      ['https://chrome.google.com/webstore/detail/x', 'store'],
      ['https://addons.mozilla.org/nl/firefox/', 'store'],
      ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
      ['https://chrome.google.com/search', 'site:https://chrome.google.com/*'],
      ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
      ['https://www.antwerpen.be/brief.pdf', 'pdf'],
      ['file:///home/ik/brief.pdf', 'pdf'],
      ['file:///home/ik/brief.txt', 'file'],
      [`${own}oefenen.html`, 'own-page'],
      ['chrome-extension://otherextensionid/page.html', 'other-extension'],
      ['moz-extension://1234/page.html', 'other-extension'],
      ['data:text/html,hallo', 'unknown'],
      [undefined, 'unknown'],
      ['', 'unknown'],
    ];
    for (const [url, expected] of cases) {
      const access = pageAccess(url, own);
      expect(access.kind === 'site' ? `site:${access.pattern}` : access.reason, String(url)).toBe(expected);
    }
  });
});
