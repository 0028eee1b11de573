import {SeededRandom} from './random';

/** A form question as the simulated teacher sees it. */
export interface Question {
  readonly title: string;
  readonly required: boolean;
  readonly choices: readonly string[];
}

/** A whole class stopped by a dead projector at the example school: the form's answers by title. */
export const PROJECTOR_DOWN: Readonly<Record<string, string>> = {
  Campus: 'North Campus',
  Room: '214',
  Category: 'Projector or Display',
  'Who is affected?': 'Whole class',
  'How urgent is it?': 'Class is stopped now',
  'Short summary': 'Projector shows no signal',
  Details: 'HDMI plugged in, still blue screen',
  'Preferred language / Idioma preferido': 'English',
};

const SUMMARIES: Record<string, readonly string[]> = {
  Chromebook: [
    'Chromebook will not charge',
    'Chromebook keyboard stopped working',
    'Cracked Chromebook screen',
    'Chromebook stuck on the logo',
  ],
  'Projector or Display': [
    'Projector shows no signal',
    'Display flickers during class',
    'Smart board pen not working',
  ],
  'Wi-Fi or Network': [
    'Wi-Fi keeps dropping',
    'No internet in the room',
    'Cannot reach Google Classroom',
  ],
  Printer: ['Printer jammed', 'Printer offline', 'Printing comes out blank'],
  'Account or Password': [
    'Student locked out of account',
    'Forgot password',
    'Two-step code never arrives',
  ],
  'Device Wipe or Re-enrolment': [
    'Returned Chromebook needs a powerwash',
    'Laptop no longer enrolled in the school domain',
  ],
  'Audio or Video': [
    'No sound from speakers',
    'Document camera shows nothing',
    'Microphone not detected',
  ],
};

const GENERIC = [
  'Something is not working',
  'Need help with a device',
  'Error message on screen',
];

/** Text a school really receives: formulas, markup, leading signs, odd Unicode, huge answers. */
const HOSTILE = [
  '=HYPERLINK("http://evil.example/steal","Click for help")',
  '+1 (555) 0100 call me',
  '-- nothing works --',
  '@channel everything is down',
  '<script>alert("hi")</script> projector broken',
  '<b>Urgent</b> & "quoted" \'text\'',
  'Ünïcödé ñandú 📽️ 投影仪 не работает',
  '\tTabbed summary',
];

/** What a teacher writes in place of a hostile answer in the demo: plain words, a long note. */
const PLAIN_INSTEAD = [
  'Screen flickers and then goes black',
  'Keyboard types the wrong letters',
  'Cannot log in to the classroom computer',
  'Speakers crackle during videos',
];
const LONG_NOTE =
  'It started after lunch. We restarted it twice, checked the cables and tried another outlet; it still does the same thing.';

const LANGUAGE_SPANISH = /espa/i;

/**
 * Generates one teacher's form answers from the form's own questions. `hostile` mixes in what a
 * school really receives (formulas, markup, 40,000-character answers), as tests and the bench
 * want; without it the same draws give plain requests, as a demo shows.
 */
export function requestAnswers(
  questions: readonly Question[],
  random: SeededRandom,
  repeatOf?: Record<string, string>,
  hostile = true
): Record<string, string> {
  const odd = (items: readonly string[]) =>
    hostile ? random.pick(items) : random.pick(PLAIN_INSTEAD);
  const byTitle = (pattern: RegExp) =>
    questions.find(q => pattern.test(q.title));
  const answers: Record<string, string> = {};
  for (const q of questions) {
    if (q.choices.length > 0) answers[q.title] = random.pick(q.choices);
  }
  const category = byTitle(/categor/i);
  const impact = byTitle(/affected|impact/i);
  const urgency = byTitle(/urgent/i);
  const language = byTitle(/language|idioma/i);
  if (impact)
    answers[impact.title] = random.weighted(
      impact.choices,
      [5, 2, 3, 1].slice(0, impact.choices.length)
    );
  if (urgency)
    answers[urgency.title] = random.weighted(
      urgency.choices,
      [5, 3, 2].slice(0, urgency.choices.length)
    );
  if (language) {
    const spanish = language.choices.find(c => LANGUAGE_SPANISH.test(c));
    answers[language.title] =
      spanish && random.chance(0.15) ? spanish : language.choices[0];
  }
  const categoryName = category ? answers[category.title] : '';
  const room = byTitle(/room/i);
  if (room)
    answers[room.title] = random.chance(0.1)
      ? random.pick(['Library', 'Gym', 'Cafeteria'])
      : String(random.int(100, 340));
  const asset = byTitle(/asset/i);
  if (asset && random.chance(0.6))
    answers[asset.title] = `CB-${random.int(10000, 10999)}`;
  const summary = byTitle(/summary/i);
  if (summary) {
    answers[summary.title] = random.chance(0.08)
      ? odd(HOSTILE)
      : random.pick(SUMMARIES[categoryName] ?? GENERIC);
  }
  const details = byTitle(/details/i);
  if (details) {
    answers[details.title] = random.chance(0.05)
      ? odd(HOSTILE)
      : random.chance(0.02)
        ? hostile
          ? 'We tried everything. '.repeat(2000)
          : LONG_NOTE
        : 'Tried restarting it; still the same.';
  }
  if (repeatOf) {
    // A second teacher reports the same broken thing: same room, category and asset tag.
    for (const q of [room, category, asset, byTitle(/campus/i)]) {
      if (q && repeatOf[q.title] !== undefined)
        answers[q.title] = repeatOf[q.title];
    }
  }
  for (const q of questions) {
    if (q.required && !answers[q.title]) answers[q.title] = 'n/a';
  }
  return answers;
}
