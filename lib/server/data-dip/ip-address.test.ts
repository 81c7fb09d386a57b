import { describe, expect, it } from 'vitest';
import { addressKey, parseIp } from './ip-address';

describe('parseIp', () => {
  it('reads the forms resolvers return and the URL parser writes', () => {
    expect(parseIp('10.0.0.1')).toEqual({ family: 4, bytes: Uint8Array.from([10, 0, 0, 1]) });
    expect(parseIp('::ffff:127.0.0.1')?.bytes).toEqual(parseIp('::ffff:7f00:1')?.bytes);
    expect(parseIp('[::1]')?.bytes).toEqual(parseIp('0:0:0:0:0:0:0:1')?.bytes);
    expect(parseIp('fe80::1%eth0')?.bytes).toEqual(parseIp('fe80::1')?.bytes);
    expect(parseIp('1::')?.bytes[0]).toBe(0);
    expect(parseIp('1:2:3:4:5:6:7:8')?.bytes[15]).toBe(8);
  });

  it('gives one key per address whatever the spelling', () => {
    expect(addressKey(parseIp('::1')!)).toBe(addressKey(parseIp('0:0:0:0:0:0:0:0001')!));
    expect(addressKey(parseIp('::ffff:10.0.0.1')!)).not.toBe(addressKey(parseIp('10.0.0.1')!));
  });

  it.each(['1.2.3', '1.2.3.4.5', '01.2.3.4', '256.1.1.1', '1.2.3.-1', '0x7f.0.0.1', '2130706433', '1:2:3:4:5:6:7:8:9', '1::2::3', ':::1', '12345::', '1:2:3:4:5:6:7::8', '::1.2.3', 'g::1', 'localhost', ''])(
    'takes %j for no address (odd forms are normalised before they get here)',
    (text) => {
      expect(parseIp(text)).toBeNull();
    },
  );
});
