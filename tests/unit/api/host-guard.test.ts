import { describe, expect, it } from 'vitest';
import { hostAllowed, hostName, isLoopbackAddress } from '../../../server/api/http/host-guard';

describe('hostAllowed', () => {
  it('on a loopback address, accepts loopback names with any port', () => {
    for (const h of ['127.0.0.1:3000', 'localhost:3000', 'LOCALHOST', '[::1]:3000'])
      expect(hostAllowed(h, '127.0.0.1', [])).toBe(true);
    expect(hostAllowed('localhost:3000', '::ffff:127.0.0.1', [])).toBe(true);
  });

  it('on a loopback address, refuses another name (DNS rebinding) unless configured', () => {
    expect(hostAllowed('evil.example:3000', '127.0.0.1', [])).toBe(false);
    expect(hostAllowed('atlas.internal:3000', '::1', ['atlas.internal'])).toBe(true);
  });

  it('refuses a request without a Host header', () => {
    expect(hostAllowed(undefined, '127.0.0.1', [])).toBe(false);
    expect(hostAllowed('', '10.0.0.5', [])).toBe(false);
  });

  it('elsewhere, accepts only the configured names when there are any', () => {
    expect(hostAllowed('anything:3000', '10.0.0.5', [])).toBe(true);
    expect(hostAllowed('atlas.example.org', '10.0.0.5', ['atlas.example.org'])).toBe(true);
    expect(hostAllowed('other.example.org', '10.0.0.5', ['atlas.example.org'])).toBe(false);
  });
});

describe('hostName and isLoopbackAddress', () => {
  it('strip the port and recognise loopback', () => {
    expect(hostName('[::1]:3000')).toBe('[::1]');
    expect(hostName('Example.org:80')).toBe('example.org');
    expect(isLoopbackAddress('127.0.0.2')).toBe(true);
    expect(isLoopbackAddress('10.0.0.1')).toBe(false);
  });
});
