import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {
  catalogueFrom,
  placeholdersOf,
  say,
  SHIPPED_CATALOGUE,
} from '../../../src/domain/languages/catalogue';
import {SHIPPED_LANGUAGES} from '../../../src/domain/languages/language';
import {
  LANGUAGE_KEYS,
  MESSAGE_KEYS,
  SHIPPED_TEXTS,
} from '../../../src/domain/languages/shipped-texts';

/**
 * The keys of a texts file in the order written, repeats included: JSON.parse keeps only the last
 * of two equal keys, so a translator's repeated key would silently hide the first text.
 */
function keysAsWritten(code: string): string[] {
  const file = readFileSync(
    join(__dirname, '../../../src/domain/languages/texts', `${code}.json`),
    'utf8'
  );
  return [...file.matchAll(/"((?:[^"\\]|\\.)*)"\s*(:?)/g)]
    .filter(match => match[2] === ':')
    .map(match => JSON.parse(`"${match[1]}"`) as string);
}

describe('the translation catalogue', () => {
  it('ships five languages, Arabic right to left', () => {
    expect(SHIPPED_LANGUAGES.map(l => l.code)).toEqual([
      'en',
      'es',
      'pl',
      'zh',
      'ar',
    ]);
    expect(SHIPPED_LANGUAGES.find(l => l.code === 'ar')?.dir).toBe('rtl');
  });

  it.each(SHIPPED_LANGUAGES.map(l => l.code))(
    'has every key in %s, non-empty, with the same placeholders as English',
    code => {
      const texts = SHIPPED_TEXTS[code];
      for (const key of MESSAGE_KEYS) {
        expect([key, (texts[key] ?? '').trim() !== '']).toEqual([key, true]);
        expect([key, placeholdersOf(texts[key])]).toEqual([
          key,
          placeholdersOf(SHIPPED_TEXTS.en[key]),
        ]);
      }
    }
  );

  it.each(SHIPPED_LANGUAGES.map(l => l.code))(
    'has no key in %s that English lacks, none written twice, and says its direction as ltr or rtl',
    code => {
      const written = keysAsWritten(code);
      expect(written.filter((key, i) => written.indexOf(key) !== i)).toEqual(
        []
      );
      expect(Object.keys(SHIPPED_TEXTS[code]).sort()).toEqual(
        Object.keys(SHIPPED_TEXTS.en).sort()
      );
      expect(['ltr', 'rtl']).toContain(
        SHIPPED_TEXTS[code][LANGUAGE_KEYS.direction]
      );
    }
  );

  it('names each shipped language as its texts file describes it', () => {
    expect(SHIPPED_LANGUAGES.find(l => l.code === 'zh')).toEqual({
      code: 'zh',
      name: '简体中文',
      english: 'Simplified Chinese',
      dir: 'ltr',
    });
  });

  it('lets the Translations tab override a text and add a language, falling back to English', () => {
    const {catalogue, problems} = catalogueFrom([
      {language: 'Español', key: 'status.queued', text: 'En la cola.'},
      {language: 'vi', key: 'language.name', text: 'Tiếng Việt'},
      {language: 'vi', key: 'language.english', text: 'Vietnamese'},
      {language: 'vi', key: 'status.queued', text: 'Yêu cầu đang chờ.'},
      {language: 'vi', key: 'no.such', text: 'x'},
      {language: 'vi', key: 'status.assigned', text: '{who} nhận'},
    ]);
    expect(say(catalogue, 'es', 'status.queued')).toBe('En la cola.');
    expect(say(catalogue, 'vi', 'status.queued')).toBe('Yêu cầu đang chờ.');
    expect(say(catalogue, 'vi', 'status.escalated')).toBe(
      say(SHIPPED_CATALOGUE, 'en', 'status.escalated')
    );
    expect(catalogue.languages.at(-1)).toEqual({
      code: 'vi',
      name: 'Tiếng Việt',
      english: 'Vietnamese',
      dir: 'ltr',
    });
    expect(problems).toEqual([
      'Translations row 6: "no.such" is not a text the desk uses.',
      'Translations row 7: {who} cannot be filled in "status.assigned"; it may use {assignee}.',
    ]);
  });
});
