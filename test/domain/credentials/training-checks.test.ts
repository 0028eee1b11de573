import {trainingProblems} from '../../../src/domain/credentials/training-checks';

const CATEGORIES = ['Printer', 'Chromebook'];

describe('Training tab checks', () => {
  it('names the row, the cell and the value, and passes rows that are right or empty', () => {
    expect(
      trainingProblems(
        [
          {scenario: 'Printer jam', category: 'printer', summary: 'Jammed'},
          {scenario: '', category: '', summary: ''},
          {scenario: 'Cracked', category: 'Screens', summary: 'Cracked'},
          {scenario: 'Blank', category: 'Chromebook', summary: ' '},
        ],
        CATEGORIES
      )
    ).toEqual([
      'Training row 4 ("Cracked"): Category "Screens" is not one of Config\'s Categories, so a practice ticket issued from it counts towards no tech\'s level in any category; choose one of Printer, Chromebook.',
      'Training row 5 ("Blank"): Summary is blank, so this scenario cannot be issued; type the problem as a requester would report it.',
    ]);
  });
});
