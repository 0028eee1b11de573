import {createPropertiesService} from '../../../sandbox/properties/properties-service';
import {inExecution, testEnvironment} from '../utilities/test-environment';

describe('PropertiesService', () => {
  it('stores strings per store and per user', () => {
    // https://developers.google.com/apps-script/reference/properties/properties
    const env = testEnvironment();
    const service = createPropertiesService(env);
    const script = service.getScriptProperties();
    script
      .setProperty('n', 42 as unknown as string)
      .setProperties({a: '1', b: '2'});
    expect(script.getProperty('n')).toBe('42');
    expect(script.getProperty('missing')).toBeNull();
    script.setProperties({c: '3'}, true);
    expect(script.getProperties()).toEqual({c: '3'});
    expect(script.getKeys()).toEqual(['c']);
    script.deleteProperty('c');
    expect(service.script.entries()).toEqual({});
    inExecution(env, 'tech@x.org', () =>
      service.getUserProperties().setProperty('k', 'v')
    );
    expect(service.user('tech@x.org').get('k')).toBe('v');
    expect(service.getUserProperties().getProperty('k')).toBeNull();
    expect(
      createPropertiesService(env, () => false).getDocumentProperties()
    ).toBeNull();
  });

  it('enforces 9 KB per value and 500 KB per store', () => {
    // platform.md: Quotas
    const script =
      createPropertiesService(testEnvironment()).getScriptProperties();
    expect(() => script.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large: value'
    );
    for (let i = 0; i < 55; i++)
      script.setProperty(`k${i}`, 'x'.repeat(9 * 1024));
    expect(() => script.setProperty('k55', 'x'.repeat(9 * 1024))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.'
    );
    expect(script.getProperty('k55')).toBeNull();
  });
});
