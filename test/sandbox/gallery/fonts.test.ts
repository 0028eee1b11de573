import {missingFontWarnings} from '../../../sandbox/gallery/fonts';
import {SHIPPED_LANGUAGES} from '../../../src/domain/languages/language';

describe('the screenshot step’s font check', () => {
  it('names each shipped language no installed font draws', () => {
    // A machine with Latin and Arabic fonts but no CJK one, as fc-list :lang=<code> answers.
    const families = (code: string) => (code === 'zh' ? [] : ['DejaVu Sans']);
    expect(missingFontWarnings(SHIPPED_LANGUAGES, families)).toEqual([
      'Warning: no font on this machine draws Simplified Chinese (zh), so its screenshots show empty boxes. Install one, e.g. apt-get install fonts-wqy-zenhei.',
    ]);
  });

  it('says nothing when every language has a font, or when fontconfig cannot be asked', () => {
    expect(missingFontWarnings(SHIPPED_LANGUAGES, () => ['Noto Sans'])).toEqual(
      []
    );
    expect(missingFontWarnings(SHIPPED_LANGUAGES, () => undefined)).toEqual([]);
  });
});
