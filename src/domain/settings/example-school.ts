// Example school data: sample Config, Techs, Schedule, Rota and Knowledge Base rows.
import {CONFIG_KEY} from '../configuration/config';
import {METRICS_KEY} from '../metrics/metrics-settings';
import {TIERS} from '../people/techs';
import {SLA_KEY} from '../sla/sla-policy';
import {SAFEGUARDING_KEY} from '../safeguarding/safeguarding-settings';

/**
 * A believable two-campus school so a new coordinator sees the desk working at once: A/B bell
 * schedule, twelve techs across the tiers with skills and mentors, a rota and a knowledge base.
 * Rows follow the tabs' header order.
 */
export const EXAMPLE_CAMPUSES = ['North Campus', 'South Campus'] as const;

export const EXAMPLE_CONFIG: Readonly<Record<string, string>> = {
  [CONFIG_KEY.deskName]: 'Peer Desk',
  [CONFIG_KEY.campuses]: EXAMPLE_CAMPUSES.join(', '),
  [CONFIG_KEY.dayTypeMode]: 'A/B',
  [CONFIG_KEY.abCycleStart]: '2026-08-17',
  [CONFIG_KEY.coordinatorEmail]: 'coordinator@example.org',
  [CONFIG_KEY.categories]:
    'Chromebook, Projector or Display, Wi-Fi or Network, Printer, Account or Password, Device Wipe or Re-enrolment, Software, Audio or Video, Other',
  // Passwords and wipes touch someone's account or data: an adult approves before a student acts.
  [SAFEGUARDING_KEY.adultOnlyCategories]:
    'Account or Password, Device Wipe or Re-enrolment',
  [METRICS_KEY.digestRecipients]: 'principal@example.org',
  // Thanksgiving break: the SLA clock stops and nobody is in school.
  [SLA_KEY.noSchoolDays]: '2026-11-26, 2026-11-27',
};

const [NORTH, SOUTH] = EXAMPLE_CAMPUSES;

/** Email, Display Name, Tier, Skills, Campus, Mentor, Active */
export const EXAMPLE_TECHS: readonly (readonly string[])[] = [
  [
    'maya.patel@students.example.org',
    'Maya Patel',
    TIERS.mentor,
    'All',
    NORTH,
    '',
    'yes',
  ],
  [
    'diego.ramirez@students.example.org',
    'Diego Ramírez',
    TIERS.mentor,
    'Chromebook, Wi-Fi or Network, Account or Password, Software',
    NORTH,
    '',
    'yes',
  ],
  [
    'ava.chen@students.example.org',
    'Ava Chen',
    TIERS.junior,
    'Chromebook, Software, Account or Password',
    NORTH,
    'maya.patel@students.example.org',
    'yes',
  ],
  [
    'liam.obrien@students.example.org',
    "Liam O'Brien",
    TIERS.junior,
    'Projector or Display, Audio or Video, Printer',
    NORTH,
    'maya.patel@students.example.org',
    'yes',
  ],
  [
    'sofia.haddad@students.example.org',
    'Sofia Haddad',
    TIERS.junior,
    'Chromebook, Wi-Fi or Network, Other',
    NORTH,
    'diego.ramirez@students.example.org',
    'yes',
  ],
  [
    'noah.kim@students.example.org',
    'Noah Kim',
    TIERS.junior,
    'Chromebook, Projector or Display, Printer',
    NORTH,
    'diego.ramirez@students.example.org',
    'yes',
  ],
  [
    'priya.shah@students.example.org',
    'Priya Shah',
    TIERS.mentor,
    'All',
    SOUTH,
    '',
    'yes',
  ],
  [
    'ethan.brooks@students.example.org',
    'Ethan Brooks',
    TIERS.junior,
    'Chromebook, Account or Password, Software',
    SOUTH,
    'priya.shah@students.example.org',
    'yes',
  ],
  [
    'zoe.alvarez@students.example.org',
    'Zoe Álvarez',
    TIERS.junior,
    'Projector or Display, Audio or Video, Wi-Fi or Network',
    SOUTH,
    'priya.shah@students.example.org',
    'yes',
  ],
  [
    'lucas.nguyen@students.example.org',
    'Lucas Nguyen',
    TIERS.junior,
    'Chromebook, Printer, Other',
    SOUTH,
    'priya.shah@students.example.org',
    'yes',
  ],
  ['r.carter@example.org', 'Mr. Carter', TIERS.staff, 'All', NORTH, '', 'yes'],
  ['a.lopez@example.org', 'Ms. López', TIERS.staff, 'All', SOUTH, '', 'yes'],
];

const PERIOD_TIMES: readonly (readonly [string, string, string])[] = [
  ['1', '08:00', '08:50'],
  ['2', '08:55', '09:45'],
  ['3', '09:50', '10:40'],
  ['4', '10:45', '11:35'],
  ['Lunch', '11:35', '12:15'],
  ['5', '12:20', '13:10'],
  ['6', '13:15', '14:05'],
  ['7', '14:10', '15:00'],
];

const DAY_TYPES = ['A', 'B'] as const;

/** Day Type, Period, Start, End */
export const EXAMPLE_SCHEDULE: readonly (readonly string[])[] =
  DAY_TYPES.flatMap(dayType =>
    PERIOD_TIMES.map(([period, start, end]) => [dayType, period, start, end])
  );

/** Students on duty in their free periods: two per campus and period, rotating through the team. */
function exampleRota(): string[][] {
  const rows: string[][] = [];
  for (const campus of EXAMPLE_CAMPUSES) {
    const team = EXAMPLE_TECHS.filter(
      t => t[4] === campus && t[2] !== TIERS.staff
    ).map(t => t[0]);
    let next = campus === NORTH ? 0 : 1;
    for (const dayType of DAY_TYPES) {
      for (const [period] of PERIOD_TIMES) {
        for (let seat = 0; seat < 2; seat++) {
          rows.push([campus, dayType, period, team[next % team.length]]);
          next++;
        }
      }
    }
  }
  return rows;
}

/** Campus, Day Type, Period, Tech */
export const EXAMPLE_ROTA: readonly (readonly string[])[] = exampleRota();

/** Category, Keywords, Title, Steps or Link of the example's English articles. */
const ENGLISH_ARTICLES: readonly (readonly string[])[] = [
  [
    'Chromebook',
    "charge, battery, power, dead, won't turn on",
    "Chromebook won't turn on",
    'Plug in the charger for 10 minutes (the light should glow), then hold Refresh + Power for 10 seconds.',
  ],
  [
    'Chromebook',
    'keyboard, keys, trackpad, touchpad, frozen, stuck',
    'Keyboard or trackpad not responding',
    'Restart the Chromebook. If only some keys fail, check for crumbs or stickers; try an external mouse to keep working.',
  ],
  [
    'Chromebook',
    'screen, cracked, broken, display',
    'Cracked Chromebook screen',
    'Stop using it to avoid cuts, note the asset tag, and bring it to the help desk for a loaner.',
  ],
  [
    'Projector or Display',
    'projector, no signal, hdmi, display, screen',
    'Projector shows "No signal"',
    'Check both ends of the HDMI cable, press Input/Source on the remote until HDMI shows, then press Ctrl + Shift + F4 on a Chromebook.',
  ],
  [
    'Projector or Display',
    'bulb, dim, flicker, lamp',
    'Projector image dim or flickering',
    'Switch to Eco/Normal mode in the menu; if the lamp warning light is on, the desk will replace the lamp.',
  ],
  [
    'Wi-Fi or Network',
    'wifi, wi-fi, internet, network, offline, connect',
    'Cannot connect to Wi-Fi',
    'Turn Wi-Fi off and on, forget the school network and join it again with your school account. If the whole room is offline, tell us the room number.',
  ],
  [
    'Printer',
    'printer, print, jam, paper, toner',
    'Printer jam or not printing',
    'Open the front tray and remove any paper gently, check the toner message, then send the job again to the right printer.',
  ],
  [
    'Account or Password',
    'password, locked, login, sign in, account, reset',
    'Forgot password or locked out',
    'https://accounts.example.org/reset',
  ],
  [
    'Software',
    'app, extension, install, blocked, update',
    'An app or extension is missing or blocked',
    'Restart the Chromebook to pull new apps; if a site is blocked, send us the address and why the class needs it.',
  ],
  [
    'Audio or Video',
    'sound, speaker, audio, microphone, mic, camera',
    'No sound from speakers',
    'Check the mute key and the volume in the status area, pick the right output (HDMI or speakers), then unplug and replug the speaker cable.',
  ],
  [
    'Chromebook',
    'charger, charging, not charging, plug, port, cable',
    "Chromebook won't charge",
    'Try another outlet and check the charger light; push the plug fully into the port. Swap chargers with a classmate to see which part fails, then bring the one that does to the desk.',
  ],
  [
    'Software',
    'error, error message, crash, crashes, frozen, freezes, not responding',
    'An app shows an error message or freezes',
    'Write down or photograph the exact error, close the app and open it again, then restart the Chromebook. If it comes back, send us the words of the error.',
  ],
  [
    'Software',
    'google classroom, classroom, class code, assignment, stream, turn in',
    'Google Classroom: cannot join a class or see work',
    'Check you are signed in with your school account, ask the teacher for the class code again, and refresh the Classwork page.',
  ],
  [
    'Software',
    'google docs, docs, drive, shared, share, permission, request access, file',
    'Cannot open a shared Doc or Drive file',
    'Open it while signed in with your school account; if it asks for access, press Request access so the owner can share it with you.',
  ],
  [
    'Projector or Display',
    'smartboard, smart board, interactive, touch, pen, calibrate, calibration',
    'Smartboard touch or pen not working',
    'Check the USB cable from the board to the computer, then run Orient/Calibrate from the SMART settings and touch each target.',
  ],
  [
    'Account or Password',
    'two-step, 2-step, verification, code, authenticator, phone',
    'Verification code not arriving',
    'Use a backup code if you have one, check the phone has signal and the right time, or ask the desk to reset 2-Step Verification.',
  ],
  [
    'Wi-Fi or Network',
    'slow, loading, buffering, lag, laggy, spinning',
    'Internet is slow',
    'Close tabs and videos you do not need, restart the device, and tell us the room and time if the whole class is slow.',
  ],
  [
    'Printer',
    'printer missing, find printer, add printer, printer list, offline, queue',
    'Printer not in the list or shows Offline',
    'Sign out and back in to refresh the printer list, pick the printer by its room number, and check it is switched on.',
  ],
  [
    'Audio or Video',
    'microphone, mic, camera, webcam, meet, video call, hear',
    'Microphone or camera not working in Meet',
    'Allow the camera and microphone in the address bar, pick the right devices in Meet settings, and close other tabs using them.',
  ],
  [
    'Other',
    'restart, reboot, frozen, stuck, slow, weird',
    'Restart first',
    'Save your work and restart the device: it fixes most odd behaviour. If the problem comes back, tell us what you were doing.',
  ],
];

/**
 * The projector article in the other shipped languages (Category, Keywords, Title, Steps or Link,
 * Language): teachers get tips in their language.
 */
const TRANSLATED_ARTICLES: readonly (readonly string[])[] = [
  [
    'Projector or Display',
    'proyector, sin señal, hdmi, projector, no signal',
    'El proyector dice "Sin señal"',
    'Revise los dos extremos del cable HDMI, pulse Input/Source en el control hasta que aparezca HDMI y luego pulse Ctrl + Mayús + F4 en el Chromebook.',
    'Español',
  ],
  [
    'Projector or Display',
    'projektor, brak sygnału, hdmi, projector, no signal',
    'Projektor pokazuje „Brak sygnału”',
    'Sprawdź oba końce kabla HDMI, naciskaj Input/Source na pilocie, aż pojawi się HDMI, a potem naciśnij Ctrl + Shift + F4 na Chromebooku.',
    'Polski',
  ],
  [
    'Projector or Display',
    '投影仪, 无信号, hdmi, projector, no signal',
    '投影仪显示“无信号”',
    '检查 HDMI 线两端是否插好，在遥控器上按 Input/Source 直到显示 HDMI，然后在 Chromebook 上按 Ctrl + Shift + F4。',
    '简体中文',
  ],
  [
    'Projector or Display',
    'جهاز العرض, لا توجد إشارة, hdmi, projector, no signal',
    'جهاز العرض يُظهر «لا توجد إشارة»',
    'تحقق من طرفي كابل HDMI، واضغط Input/Source في جهاز التحكم حتى يظهر HDMI، ثم اضغط Ctrl + Shift + F4 في جهاز Chromebook.',
    'العربية',
  ],
];

/** The example's Knowledge Base rows: its articles, published, version 1. */
export const EXAMPLE_KNOWLEDGE_BASE: readonly (readonly string[])[] = [
  ...ENGLISH_ARTICLES.map(row => [...row, 'Published', 'English', '1']),
  ...TRANSLATED_ARTICLES.map(row => [
    ...row.slice(0, 4),
    'Published',
    row[4],
    '1',
  ]),
];
