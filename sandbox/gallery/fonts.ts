// Which shipped languages this machine has no font for: their screenshots would show empty boxes.
import {execFileSync} from 'node:child_process';
import {LanguageInfo} from '../../src/domain/languages/language';

/** Font families fontconfig has for a language code, or undefined when fontconfig is not there. */
export type FontLister = (code: string) => string[] | undefined;

/** `fc-list :lang=<code> family`: Chromium on Linux finds its fonts through fontconfig. */
export const fontconfigFamilies: FontLister = code => {
  try {
    return execFileSync('fc-list', [`:lang=${code}`, 'family'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(line => line.trim() !== '');
  } catch {
    return undefined;
  }
};

/**
 * One warning per language no installed font can draw, naming it and what to install; none when
 * fontconfig cannot be asked (the screenshots are then taken unchecked).
 */
export function missingFontWarnings(
  languages: readonly LanguageInfo[],
  families: FontLister = fontconfigFamilies
): string[] {
  return languages.flatMap(language => {
    const found = families(language.code);
    return found === undefined || found.length > 0
      ? []
      : [
          `Warning: no font on this machine draws ${language.english} (${language.code}), so its screenshots show empty boxes. Install one, e.g. apt-get install fonts-wqy-zenhei${language.code === 'zh' ? '' : ' or fonts-noto-core'}.`,
        ];
  });
}
