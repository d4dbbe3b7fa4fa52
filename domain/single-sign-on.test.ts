import { describe, expect, it } from 'vitest';
import {
  domainOf,
  issuerTransport,
  isValidDomain,
  MAX_RETURN_PATH_LENGTH,
  normaliseDomain,
  safeReturnPath,
} from './single-sign-on.ts';

describe('single sign-on rules', () => {
  it('reads the domain of an address, in lower case', () => {
    expect(domainOf('Alice@Acme.Example')).toBe('acme.example');
    expect(domainOf('odd@name@acme.example')).toBe('acme.example');
    expect(domainOf('no-domain@')).toBeNull();
    expect(domainOf('plain')).toBeNull();
  });

  it('accepts DNS names of two labels or more only', () => {
    expect(isValidDomain(normaliseDomain(' @Acme.Example. '))).toBe(true);
    expect(isValidDomain('mail.acme-group.co.uk')).toBe(true);
    for (const bad of ['localhost', 'acme..example', '-acme.example', 'acme-.example', 'ac me.example', 'acme.1']) {
      expect(isValidDomain(bad), bad).toBe(false);
    }
  });

  it('takes https issuers, plain http only on loopback, and nothing with credentials or a query', () => {
    expect(issuerTransport('https://login.example.com/tenant')).toBe('https');
    expect(issuerTransport('http://127.0.0.1:4000')).toBe('loopback');
    expect(issuerTransport('http://localhost:4000')).toBe('loopback');
    expect(issuerTransport('http://[::1]:4000')).toBe('loopback');
    expect(issuerTransport('http://login.example.com')).toBe('refused');
    expect(issuerTransport('http://127.0.0.1.example.com')).toBe('refused');
    expect(issuerTransport('https://user:pw@login.example.com')).toBe('refused');
    expect(issuerTransport('https://login.example.com/?x=1')).toBe('refused');
    expect(issuerTransport('ftp://login.example.com')).toBe('refused');
    expect(issuerTransport('not a url')).toBe('refused');
  });

  it('returns to a page of this app only: a same-origin relative path, not sign-in or the API', () => {
    for (const good of ['/customers', '/customers/3f1c?tab=trials#top', '/analytics?partner=a%20b', '/']) {
      expect(safeReturnPath(good), good).toBe(good);
    }
    const bad = [
      undefined,
      '',
      'customers',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '/\\/evil.example',
      '/x\\y',
      '/%2e%2e/admin/../x',
      '/a/../b',
      '/tab\tx',
      '/new\nline',
      '/ümlaut',
      '/sign-in',
      '/sign-in?next=/x',
      '/api/v1/me',
      `/${'a'.repeat(MAX_RETURN_PATH_LENGTH)}`,
    ];
    for (const value of bad) expect(safeReturnPath(value), String(value)).toBeNull();
    expect(safeReturnPath('/signing')).toBe('/signing');
  });
});
