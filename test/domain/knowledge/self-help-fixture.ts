// Realistic school requests and the example Knowledge Base article each should get first.

export interface SelfHelpCase {
  readonly category: string;
  readonly summary: string;
  readonly details: string;
  /** The title of the article a good match puts first. */
  readonly expectedTop: string;
}

export const SELF_HELP_FIXTURE: readonly SelfHelpCase[] = [
  // The issue's own case: it used to get "Cracked Chromebook screen" and "Projector shows No signal".
  {
    category: 'Software',
    summary: 'Error message on screen',
    details: 'A box pops up every time I open the reading app and it closes.',
    expectedTop: 'An app shows an error message or freezes',
  },
  {
    category: 'Printer',
    summary: 'Paper jam in the library printer',
    details: 'It flashes orange and the paper is stuck inside.',
    expectedTop: 'Printer jam or not printing',
  },
  {
    category: 'Printer',
    summary: 'My print jobs never come out',
    details: 'I printed my essay three times and nothing printed.',
    expectedTop: 'Printer jam or not printing',
  },
  {
    category: 'Printer',
    summary: "Can't find the room 114 printer",
    details: 'When I press print the printer list does not show our printer.',
    expectedTop: 'Printer not in the list or shows Offline',
  },
  {
    category: 'Printer',
    summary: 'Toner low warning',
    details: 'Prints are very faint and it says toner low.',
    expectedTop: 'Printer jam or not printing',
  },
  {
    category: 'Projector or Display',
    summary: 'Projector says no signal',
    details:
      'I plugged in the HDMI from my laptop and the wall just says No Signal.',
    expectedTop: 'Projector shows "No signal"',
  },
  {
    category: 'Projector or Display',
    summary: 'Projector picture keeps flickering',
    details: 'The image is dim and flickers during class.',
    expectedTop: 'Projector image dim or flickering',
  },
  {
    category: 'Projector or Display',
    summary: 'Smartboard pen does nothing',
    details: 'Touching the smart board with the pen does not draw anything.',
    expectedTop: 'Smartboard touch or pen not working',
  },
  {
    category: 'Projector or Display',
    summary: 'Smart board touch is off',
    details:
      'Where I touch and where it clicks are different, it needs calibration.',
    expectedTop: 'Smartboard touch or pen not working',
  },
  {
    category: 'Chromebook',
    summary: "Chromebook won't charge",
    details:
      'The charger is plugged in but the light does not come on and it is not charging.',
    expectedTop: "Chromebook won't charge",
  },
  {
    category: 'Chromebook',
    summary: 'Chromebook is dead and will not turn on',
    details: 'Pressing power does nothing at all, battery was full yesterday.',
    expectedTop: "Chromebook won't turn on",
  },
  {
    category: 'Chromebook',
    summary: 'Cracked screen',
    details: 'I dropped it and the screen is broken in the corner.',
    expectedTop: 'Cracked Chromebook screen',
  },
  {
    category: 'Chromebook',
    summary: 'Some keys do not work',
    details: 'The keyboard letters E and R do not type anything.',
    expectedTop: 'Keyboard or trackpad not responding',
  },
  {
    category: 'Chromebook',
    summary: 'Mouse pointer stuck',
    details: 'The trackpad does not move the cursor.',
    expectedTop: 'Keyboard or trackpad not responding',
  },
  {
    category: 'Wi-Fi or Network',
    summary: 'No internet in room 204',
    details: 'None of the laptops can connect to the wifi, it says offline.',
    expectedTop: 'Cannot connect to Wi-Fi',
  },
  {
    category: 'Wi-Fi or Network',
    summary: "Can't join the school Wi-Fi",
    details: 'My new Chromebook will not connect to the network.',
    expectedTop: 'Cannot connect to Wi-Fi',
  },
  {
    category: 'Wi-Fi or Network',
    summary: 'Internet very slow',
    details: 'Videos keep buffering and pages take ages loading.',
    expectedTop: 'Internet is slow',
  },
  {
    category: 'Account or Password',
    summary: 'Forgot my password',
    details: 'I cannot remember my password after the break.',
    expectedTop: 'Forgot password or locked out',
  },
  {
    category: 'Account or Password',
    summary: 'Account locked',
    details: 'It says my account is locked after too many tries to sign in.',
    expectedTop: 'Forgot password or locked out',
  },
  {
    category: 'Account or Password',
    summary: 'Login not working',
    details: 'I type my login but it will not let me in.',
    expectedTop: 'Forgot password or locked out',
  },
  {
    category: 'Account or Password',
    summary: 'Verification code never arrives',
    details:
      'Google asks for a 2-Step verification code but my phone gets nothing.',
    expectedTop: 'Verification code not arriving',
  },
  {
    category: 'Software',
    summary: 'Google Classroom class code not working',
    details: 'Students cannot join my class with the code.',
    expectedTop: 'Google Classroom: cannot join a class or see work',
  },
  {
    category: 'Software',
    summary: "Can't see assignments in Classroom",
    details: 'My Classroom stream is empty although the teacher posted work.',
    expectedTop: 'Google Classroom: cannot join a class or see work',
  },
  {
    category: 'Software',
    summary: 'Extension blocked',
    details:
      'The Kami extension is blocked and I need to install it for class.',
    expectedTop: 'An app or extension is missing or blocked',
  },
  {
    category: 'Software',
    summary: 'App keeps crashing',
    details: 'The math app freezes and then crashes when I start a quiz.',
    expectedTop: 'An app shows an error message or freezes',
  },
  {
    category: 'Software',
    summary: 'Cannot open shared doc',
    details: 'The teacher shared a Google Doc but it says I need permission.',
    expectedTop: 'Cannot open a shared Doc or Drive file',
  },
  {
    category: 'Audio or Video',
    summary: 'No sound',
    details: 'The speakers in my room make no sound when I play a video.',
    expectedTop: 'No sound from speakers',
  },
  {
    category: 'Audio or Video',
    summary: 'Students cannot hear me in Meet',
    details: 'My microphone does not work in the video call.',
    expectedTop: 'Microphone or camera not working in Meet',
  },
  {
    category: 'Audio or Video',
    summary: 'Webcam black',
    details: 'The camera shows a black picture in Google Meet.',
    expectedTop: 'Microphone or camera not working in Meet',
  },
  {
    category: 'Audio or Video',
    summary: 'Audio through the projector',
    details:
      'The sound should come out of the HDMI speakers but plays from the laptop.',
    expectedTop: 'No sound from speakers',
  },
  {
    category: 'Other',
    summary: 'Computer acting weird',
    details: 'Everything is frozen and stuck, not sure what is wrong.',
    expectedTop: 'Restart first',
  },
  {
    category: 'Other',
    summary: 'Printer paper stuck',
    details: 'Not sure which category, there is a jam in the printer.',
    expectedTop: 'Printer jam or not printing',
  },
  {
    category: 'Chromebook',
    summary: 'Screen frozen',
    details: 'My Chromebook is stuck on one screen and will not respond.',
    expectedTop: 'Keyboard or trackpad not responding',
  },
];
