import {SHIPPED_CATALOGUE} from '../../../src/domain/languages/catalogue';
import {
  fixedPage,
  knowledgeBasePage,
} from '../../../src/domain/knowledge/knowledge-pages';

const look = (language: string) => ({
  catalogue: SHIPPED_CATALOGUE,
  language,
  deskName: 'Desk <One>',
  colour: '#1a5fb4',
});

const article = {
  category: 'Printer',
  keywords: [],
  title: 'Jam <script>',
  steps: 'Open tray 2.\nPull the paper.\n\nStill stuck? Call us & wait.',
  language: 'en',
};

describe('the Knowledge Base pages', () => {
  it('shows the article and a button that posts; the text is escaped', () => {
    const {html, title} = fixedPage(look('en'), {
      kind: 'confirm',
      ticketId: 'T-000001',
      title: article.title,
      steps: article.steps,
      action: 'https://x.example/exec',
      fields: {p: 'fixed', a: '"><b>'},
    });
    expect(title).toBe('Did this fix it?');
    expect(html).toContain(
      '<h2><bdi>Jam &lt;script&gt;</bdi></h2><p dir="auto">Open tray 2.<br>Pull the paper.</p><p dir="auto">Still stuck? Call us &amp; wait.</p>'
    );
    expect(html).toContain(
      '<form method="post" action="https://x.example/exec"'
    );
    expect(html).toContain('value="&quot;&gt;&lt;b&gt;"');
    expect(html).not.toContain('<script>');
  });

  it('thanks, or says why not, in the requester language', () => {
    expect(
      fixedPage(look('es'), {kind: 'done', ticketId: 'T-000001'}).html
    ).toContain('El ticket <bdi>T-000001</bdi> está resuelto.');
    expect(fixedPage(look('ar'), {kind: 'forged'}).html).toContain(
      '<html lang="ar" dir="rtl">'
    );
  });

  it('searches with a GET form and says when it shows English articles', () => {
    const {html} = knowledgeBasePage(look('pl'), {
      query: '"><img>',
      action: 'https://x.example/exec',
      found: {articles: [article], inEnglish: true},
    });
    expect(html).toContain(
      '<form method="get" action="https://x.example/exec"'
    );
    expect(html).toContain('<input type="hidden" name="p" value="kb">');
    expect(html).toContain('value="&quot;&gt;&lt;img&gt;"');
    expect(html).toContain('<p><strong>Po angielsku</strong></p>');
    expect(html).toContain('<div lang="en" dir="ltr">');
    expect(html).not.toContain('<img>');
  });
});
