// The team page's and the monthly report's texts, per shipped language.

export const TEAM_KEYS = [
  'team.title',
  'team.intro',
  'team.helpHeading',
  'team.helpLink',
  'team.helpNoForm',
  'team.dutyHeading',
  'team.campus',
  'team.now',
  'team.next',
  'team.today',
  'team.nobody',
  'team.noneSoon',
  'team.when',
  'team.peopleHeading',
  'team.name',
  'team.role',
  'team.skills',
  'team.allSkills',
  'team.skillLevel',
  'team.languages',
  'monthly.subject',
  'monthly.heading',
  'monthly.status',
  'monthly.resolved',
  'monthly.rating',
  'monthly.ratingValue',
  'monthly.noRatings',
  'monthly.recognition',
  'monthly.duty',
  'monthly.practice',
  'monthly.hours',
  'monthly.reflectionHeading',
  'monthly.reflection1',
  'monthly.reflection2',
  'monthly.reflection3',
  'monthly.juniorsHeading',
  'monthly.juniorLine',
  'monthly.why',
] as const;

export type TeamKey = (typeof TEAM_KEYS)[number];

/** How many reflection prompts there are: one a month, in turn. */
export const REFLECTION_PROMPTS = 3;

type TeamTexts = Readonly<Record<TeamKey, string>>;

const EN: TeamTexts = {
  'team.title': 'Meet the tech team',
  'team.intro':
    'Students fix the school’s tech, with senior mentors and district staff behind them.',
  'team.helpHeading': 'How to ask for help',
  'team.helpLink': 'Fill in the help form',
  'team.helpNoForm':
    'Ask the tech coordinator for the help form; it takes under a minute.',
  'team.dutyHeading': 'Who is on duty',
  'team.campus': 'Campus',
  'team.now': 'Now',
  'team.next': 'Next',
  'team.today': 'Today',
  'team.nobody': 'Nobody on duty',
  'team.noneSoon': 'Nobody in the next two weeks',
  'team.when': '{day} {time}: {names}',
  'team.peopleHeading': 'The team',
  'team.name': 'Name',
  'team.role': 'Role',
  'team.skills': 'Skills',
  'team.allSkills': 'Everything',
  'team.skillLevel': '{skill} ({level})',
  'team.languages': 'Languages',
  'monthly.subject': '{deskName}: your month at the desk ({month})',
  'monthly.heading': 'Your month at the desk',
  'monthly.status': 'Here is what you did in {month}, {name}. Thank you!',
  'monthly.resolved': 'Tickets resolved',
  'monthly.rating': 'Ratings',
  'monthly.ratingValue': '{average} out of 5 from {count} rating(s)',
  'monthly.noRatings': 'No ratings this month',
  'monthly.recognition': 'Recognition earned',
  'monthly.duty': 'Time on duty',
  'monthly.practice': 'Practice tickets done',
  'monthly.hours': '{hours} hours',
  'monthly.reflectionHeading': 'One question to think about',
  'monthly.reflection1':
    'Which fix this month taught you the most, and what would you tell a newer tech about it?',
  'monthly.reflection2':
    'When did you feel stuck this month, and who or what helped you move on?',
  'monthly.reflection3':
    'Which skill do you want to grow next month, and which ticket would let you practise it?',
  'monthly.juniorsHeading': 'Your juniors this month',
  'monthly.juniorLine':
    '{resolved} resolved · {rating} · {hours} hours on duty',
  'monthly.why':
    'You receive this email because you are on the {deskName} team; it comes once a month.',
};

const ES: TeamTexts = {
  'team.title': 'Conoce al equipo técnico',
  'team.intro':
    'Los estudiantes arreglan la tecnología de la escuela, con mentores sénior y el personal del distrito detrás.',
  'team.helpHeading': 'Cómo pedir ayuda',
  'team.helpLink': 'Rellena el formulario de ayuda',
  'team.helpNoForm':
    'Pide el formulario de ayuda al coordinador técnico; se completa en menos de un minuto.',
  'team.dutyHeading': 'Quién está de turno',
  'team.campus': 'Campus',
  'team.now': 'Ahora',
  'team.next': 'Después',
  'team.today': 'Hoy',
  'team.nobody': 'Nadie de turno',
  'team.noneSoon': 'Nadie en las próximas dos semanas',
  'team.when': '{day} {time}: {names}',
  'team.peopleHeading': 'El equipo',
  'team.name': 'Nombre',
  'team.role': 'Función',
  'team.skills': 'Habilidades',
  'team.allSkills': 'Todo',
  'team.skillLevel': '{skill} ({level})',
  'team.languages': 'Idiomas',
  'monthly.subject': '{deskName}: tu mes en el servicio técnico ({month})',
  'monthly.heading': 'Tu mes en el servicio técnico',
  'monthly.status': 'Esto es lo que hiciste en {month}, {name}. ¡Gracias!',
  'monthly.resolved': 'Tickets resueltos',
  'monthly.rating': 'Valoraciones',
  'monthly.ratingValue': '{average} de 5 en {count} valoración(es)',
  'monthly.noRatings': 'Sin valoraciones este mes',
  'monthly.recognition': 'Reconocimientos obtenidos',
  'monthly.duty': 'Tiempo de turno',
  'monthly.practice': 'Tickets de práctica hechos',
  'monthly.hours': '{hours} horas',
  'monthly.reflectionHeading': 'Una pregunta para pensar',
  'monthly.reflection1':
    '¿Qué arreglo de este mes te enseñó más y qué le contarías de él a un técnico más nuevo?',
  'monthly.reflection2':
    '¿Cuándo te sentiste atascado este mes y quién o qué te ayudó a seguir?',
  'monthly.reflection3':
    '¿Qué habilidad quieres desarrollar el próximo mes y qué ticket te dejaría practicarla?',
  'monthly.juniorsHeading': 'Tus técnicos júnior este mes',
  'monthly.juniorLine':
    '{resolved} resueltos · {rating} · {hours} horas de turno',
  'monthly.why':
    'Recibes este correo porque formas parte del equipo de {deskName}; llega una vez al mes.',
};

const PL: TeamTexts = {
  'team.title': 'Poznaj zespół techniczny',
  'team.intro':
    'Uczniowie naprawiają szkolny sprzęt, a wspierają ich starsi mentorzy i pracownicy IT okręgu.',
  'team.helpHeading': 'Jak poprosić o pomoc',
  'team.helpLink': 'Wypełnij formularz pomocy',
  'team.helpNoForm':
    'Poproś koordynatora technicznego o formularz pomocy; wypełnisz go w niecałą minutę.',
  'team.dutyHeading': 'Kto ma dyżur',
  'team.campus': 'Kampus',
  'team.now': 'Teraz',
  'team.next': 'Następnie',
  'team.today': 'Dziś',
  'team.nobody': 'Nikt nie ma dyżuru',
  'team.noneSoon': 'Nikt w ciągu najbliższych dwóch tygodni',
  'team.when': '{day} {time}: {names}',
  'team.peopleHeading': 'Zespół',
  'team.name': 'Imię',
  'team.role': 'Rola',
  'team.skills': 'Umiejętności',
  'team.allSkills': 'Wszystko',
  'team.skillLevel': '{skill} ({level})',
  'team.languages': 'Języki',
  'monthly.subject': '{deskName}: twój miesiąc w punkcie pomocy ({month})',
  'monthly.heading': 'Twój miesiąc w punkcie pomocy',
  'monthly.status': 'Oto co zrobiłeś(-aś) w {month}, {name}. Dziękujemy!',
  'monthly.resolved': 'Rozwiązane zgłoszenia',
  'monthly.rating': 'Oceny',
  'monthly.ratingValue': '{average} na 5 z {count} ocen(y)',
  'monthly.noRatings': 'Brak ocen w tym miesiącu',
  'monthly.recognition': 'Zdobyte wyróżnienia',
  'monthly.duty': 'Czas dyżurów',
  'monthly.practice': 'Wykonane zgłoszenia ćwiczeniowe',
  'monthly.hours': '{hours} godz.',
  'monthly.reflectionHeading': 'Jedno pytanie do przemyślenia',
  'monthly.reflection1':
    'Która naprawa w tym miesiącu nauczyła cię najwięcej i co powiedział(a)byś o niej nowszemu technikowi?',
  'monthly.reflection2':
    'Kiedy w tym miesiącu utknąłeś(-ęłaś) i kto lub co pomogło ci ruszyć dalej?',
  'monthly.reflection3':
    'Którą umiejętność chcesz rozwinąć w przyszłym miesiącu i które zgłoszenie pozwoliłoby ją poćwiczyć?',
  'monthly.juniorsHeading': 'Twoi młodsi technicy w tym miesiącu',
  'monthly.juniorLine':
    '{resolved} rozwiązanych · {rating} · {hours} godz. dyżurów',
  'monthly.why':
    'Otrzymujesz tę wiadomość, ponieważ należysz do zespołu {deskName}; przychodzi raz w miesiącu.',
};

const ZH: TeamTexts = {
  'team.title': '认识技术团队',
  'team.intro':
    '学生负责修理学校的技术设备，高级导师和学区工作人员为他们提供支持。',
  'team.helpHeading': '如何寻求帮助',
  'team.helpLink': '填写求助表单',
  'team.helpNoForm': '请向技术协调员索取求助表单，一分钟内即可填完。',
  'team.dutyHeading': '谁在值班',
  'team.campus': '校区',
  'team.now': '现在',
  'team.next': '接下来',
  'team.today': '今天',
  'team.nobody': '无人值班',
  'team.noneSoon': '未来两周无人值班',
  'team.when': '{day} {time}：{names}',
  'team.peopleHeading': '团队成员',
  'team.name': '名字',
  'team.role': '角色',
  'team.skills': '技能',
  'team.allSkills': '全部',
  'team.skillLevel': '{skill}（{level}）',
  'team.languages': '语言',
  'monthly.subject': '{deskName}：你在服务台的一个月（{month}）',
  'monthly.heading': '你在服务台的一个月',
  'monthly.status': '{name}，这是你在 {month} 完成的工作。谢谢你！',
  'monthly.resolved': '已解决的工单',
  'monthly.rating': '评分',
  'monthly.ratingValue': '{count} 个评分，平均 {average} 分（满分 5 分）',
  'monthly.noRatings': '本月没有评分',
  'monthly.recognition': '获得的表彰',
  'monthly.duty': '值班时间',
  'monthly.practice': '完成的练习工单',
  'monthly.hours': '{hours} 小时',
  'monthly.reflectionHeading': '一个值得思考的问题',
  'monthly.reflection1':
    '本月哪次维修让你学到最多？你会如何把它讲给一位新技术员听？',
  'monthly.reflection2': '本月你什么时候遇到了困难？是谁或什么帮助你继续前进？',
  'monthly.reflection3': '下个月你想提升哪项技能？哪张工单能让你练习它？',
  'monthly.juniorsHeading': '你指导的初级技术员本月情况',
  'monthly.juniorLine': '已解决 {resolved} · {rating} · 值班 {hours} 小时',
  'monthly.why':
    '你收到这封邮件，因为你是 {deskName} 团队的成员；每月发送一次。',
};

const AR: TeamTexts = {
  'team.title': 'تعرّف على الفريق التقني',
  'team.intro':
    'يُصلح الطلاب الأجهزة التقنية في المدرسة، ويساندهم مرشدون متقدمون وموظفو المنطقة التعليمية.',
  'team.helpHeading': 'كيف تطلب المساعدة',
  'team.helpLink': 'املأ نموذج طلب المساعدة',
  'team.helpNoForm':
    'اطلب نموذج المساعدة من منسق الدعم التقني؛ يستغرق ملؤه أقل من دقيقة.',
  'team.dutyHeading': 'من المناوب',
  'team.campus': 'الحرم',
  'team.now': 'الآن',
  'team.next': 'التالي',
  'team.today': 'اليوم',
  'team.nobody': 'لا أحد مناوب',
  'team.noneSoon': 'لا أحد خلال الأسبوعين القادمين',
  'team.when': '{day} {time}: {names}',
  'team.peopleHeading': 'الفريق',
  'team.name': 'الاسم',
  'team.role': 'الدور',
  'team.skills': 'المهارات',
  'team.allSkills': 'كل شيء',
  'team.skillLevel': '{skill} ({level})',
  'team.languages': 'اللغات',
  'monthly.subject': '{deskName}: شهرك في مكتب المساعدة ({month})',
  'monthly.heading': 'شهرك في مكتب المساعدة',
  'monthly.status': 'إليك ما أنجزته في {month} يا {name}. شكراً لك!',
  'monthly.resolved': 'الطلبات التي تم حلها',
  'monthly.rating': 'التقييمات',
  'monthly.ratingValue': '{average} من 5 من {count} تقييم',
  'monthly.noRatings': 'لا توجد تقييمات هذا الشهر',
  'monthly.recognition': 'التكريم الذي حصلت عليه',
  'monthly.duty': 'وقت المناوبة',
  'monthly.practice': 'طلبات التدريب المنجزة',
  'monthly.hours': '{hours} ساعة',
  'monthly.reflectionHeading': 'سؤال للتفكير',
  'monthly.reflection1':
    'أي إصلاح هذا الشهر علّمك أكثر، وماذا ستقول عنه لفني أحدث منك؟',
  'monthly.reflection2':
    'متى شعرت بأنك عالق هذا الشهر، ومن أو ما الذي ساعدك على المتابعة؟',
  'monthly.reflection3':
    'ما المهارة التي تريد تطويرها الشهر القادم، وأي طلب سيتيح لك التدرب عليها؟',
  'monthly.juniorsHeading': 'الفنيون المبتدئون لديك هذا الشهر',
  'monthly.juniorLine': 'تم حل {resolved} · {rating} · {hours} ساعة مناوبة',
  'monthly.why':
    'وصلتك هذه الرسالة لأنك عضو في فريق {deskName}؛ تصل مرة كل شهر.',
};

/** The team texts by language code; every shipped language has every key. */
export const TEAM_TEXTS: Readonly<Record<string, TeamTexts>> = {
  en: EN,
  es: ES,
  pl: PL,
  zh: ZH,
  ar: AR,
};
