import { describe, expect, it } from 'vitest';
import { htmlLines } from '../../../../src/main/articleImport/htmlLines.ts';
import { articleTexts, kelvick, pageFrom, wexmoor } from './support/articleSources.ts';

// A small news page as saved from a browser: menu, cookie banner, the story, a table, a sidebar, a footer.
const newsPage = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8"><title>Dam cracks – Kelvick Courier</title>
  <style>.banner { position: fixed }</style>
  <script>window.dataLayer = [];</script>
</head>
<body>
  <header>
    <div class="logo">Kelvick <span>Courier</span></div>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <div id="cookies" class="banner"><span>We use cookies to improve your experience.</span> <button>Accept all</button></div>
  <main>
    <article>
      <h1>Harl Dam spillway cracks &amp; town is evacuated</h1>
      <p class="byline">By <a href="/staff/ann">Ann Lee</a> &middot; 9&nbsp;March&nbsp;2025</p>
      <figure><img src="dam.jpg" alt="The dam"><figcaption>The spillway on Sunday. Photo: KC</figcaption></figure>
      <p>Engineers found a crack in the   spillway
         on Sunday morning, the council said.</p>
      <blockquote><p>&ldquo;We are not taking any chances,&rdquo; said the mayor.</p></blockquote>
      <h2>What happens next</h2>
      <ul><li>Schools are closed<ul><li>until Wednesday</li></ul></li><li>Roads reopen at 6pm</li></ul>
      <table><tr><th>Zone</th><th>Status</th></tr><tr><td>North</td><td>Evacuated</td></tr></table>
      <p>Line one<br>line two</p>
      <noscript><p>Please enable JavaScript.</p></noscript>
      <template><p>Hidden template</p></template>
      <svg><text>chart label</text></svg>
    </article>
  </main>
  <aside><h3>Most read</h3><ol><li>Storm warning for Friday</li></ol></aside>
  <footer><p>&copy; 2025 Kelvick Courier</p><div><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></div></footer>
</body>
</html>`;

describe('htmlLines', () => {
  it('gives one line per block in page order, keeps the chrome, drops scripts, styles and hidden content', () => {
    expect(htmlLines(newsPage)).toEqual([
      'Kelvick Courier',
      'Home',
      'News',
      'Sport',
      'We use cookies to improve your experience. Accept all',
      'Harl Dam spillway cracks & town is evacuated',
      'By Ann Lee · 9 March 2025',
      'The spillway on Sunday. Photo: KC',
      'Engineers found a crack in the spillway on Sunday morning, the council said.',
      '“We are not taking any chances,” said the mayor.',
      'What happens next',
      'Schools are closed',
      'until Wednesday',
      'Roads reopen at 6pm',
      'Zone | Status',
      'North | Evacuated',
      'Line one',
      'line two',
      'Most read',
      'Storm warning for Friday',
      '© 2025 Kelvick Courier',
      'Privacy | Terms',
    ]);
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(htmlLines('<p>One &lt;two&gt;</p>text after')).toEqual(['One <two>', 'text after']);
  });

  it.each([wexmoor, kelvick])('gives back every line of a real article built into a page (%s)', async (dir) => {
    for (const { text } of await articleTexts(dir)) {
      const articleLines = text
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter((l) => l !== '');
      expect(htmlLines(pageFrom(text))).toEqual(['Home', 'News', ...articleLines, '© 2025 Example Media']);
    }
  });
});
