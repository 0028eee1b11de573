import {createCacheService} from '../../../sandbox/cache/cache-service';
import {testEnvironment} from '../utilities/test-environment';

describe('CacheService', () => {
  it('expires entries on the virtual clock, 600 s by default and at most 6 h', () => {
    // https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)
    const env = testEnvironment();
    const cache = createCacheService(env).getScriptCache();
    cache.put('default', 'a');
    cache.put('long', 'b', 100_000);
    cache.putAll({x: '1', y: '2'}, 5);
    expect(cache.getAll(['x', 'y', 'z'])).toEqual({x: '1', y: '2'});
    env.clock.advance(5000);
    expect(cache.get('x')).toBeNull();
    env.clock.advance(595_000);
    expect(cache.get('default')).toBeNull();
    expect(cache.get('long')).toBe('b');
    env.clock.advance(6 * 3600_000 - 600_000);
    expect(cache.get('long')).toBeNull();
  });

  it('limits key and value sizes and can be evicted by the host', () => {
    // https://developers.google.com/apps-script/reference/cache/cache
    const service = createCacheService(testEnvironment());
    const cache = service.getScriptCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow(
      'Argument too large: key'
    );
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow(
      'Argument too large: value'
    );
    cache.put('k', 'v');
    service.evictAll();
    expect(cache.get('k')).toBeNull();
    expect(
      createCacheService(testEnvironment(), () => false).getDocumentCache()
    ).toBeNull();
  });
});
