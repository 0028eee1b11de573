import {parseDistrictSettings} from '../../../src/domain/district/district-settings';

const rows = (school: string, project: string, dataset: string) => [
  {key: 'School ID', value: school},
  {key: 'District Project', value: project},
  {key: 'District Dataset', value: dataset},
];

describe('district settings', () => {
  it('targets the district once all three rows are filled in', () => {
    expect(
      parseDistrictSettings(rows('12', 'springfield-schools', 'peer_desks'))
    ).toEqual({
      target: {
        schoolId: 12,
        projectId: 'springfield-schools',
        datasetId: 'peer_desks',
      },
      problems: [],
    });
  });

  it('sends nothing, quietly, from a school that is not in a district', () => {
    expect(parseDistrictSettings(rows('', '', ''))).toEqual({
      target: undefined,
      problems: [],
    });
  });

  it('names each row it cannot use, and then sends nothing', () => {
    const parsed = parseDistrictSettings(
      rows('12a', 'Springfield', 'peer-desks')
    );
    expect(parsed.target).toBeUndefined();
    expect(parsed.problems).toEqual([
      'Config "School ID" must be a whole number from 1 to 9999, not "12a"; nothing is sent to the district.',
      'Config "District Project" must be a Google Cloud project ID like "springfield-schools", not "Springfield"; nothing is sent to the district.',
      'Config "District Dataset" must be a BigQuery dataset name (letters, digits, _), not "peer-desks"; nothing is sent to the district.',
    ]);
  });
});
