// GET /demo: a page worth sharing, opened by `npm start`. Its image is on a public https host,
// as Ayrshare requires for media URLs; offline, the sandbox accepts the URL without fetching it.
export const DEMO_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:image" content="https://upload.wikimedia.org/wikipedia/commons/thumb/3/3f/Fronalpstock_big.jpg/1280px-Fronalpstock_big.jpg">
<title>Why light beams stay straight</title>
<style>
  body { font: 17px/1.6 Georgia, serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; color: #222; }
  img { max-width: 100%; border-radius: 6px; }
  aside { font: 14px/1.5 system-ui, sans-serif; background: #eef2ff; border-radius: 8px; padding: .75rem 1rem; }
</style>
</head>
<body>
<aside>Sharebeam demo, served by the local Ayrshare sandbox. Click the Sharebeam button in the toolbar,
or right-click this page, a sentence you select, the link or the picture below.</aside>
<h1>Why light beams stay straight</h1>
<p>A beam of light travels in a straight line through a uniform medium. <strong>Select this sentence and share it as a quote.</strong></p>
<p>Read the <a href="https://en.wikipedia.org/wiki/Light">article about light</a> for the long story.</p>
<img src="https://upload.wikimedia.org/wikipedia/commons/thumb/3/3f/Fronalpstock_big.jpg/1280px-Fronalpstock_big.jpg" alt="Mountains in morning light">
</body>
</html>
`;
