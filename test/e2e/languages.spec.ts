import type { BrowserContext } from '@playwright/test';
import { E2E_KEY, E2E_X, expect, test } from './fixtures';
import { Composer, OptionsPage } from './pages';

/**
 * A browser in German, Spanish or French shows Sharebeam in that language: the options a new user fills in,
 * the composer's controls, its counts in the language's own plural forms (French says "0 réseau",
 * English "0 networks"), and the result of a post. The page objects speak English, so these
 * tests name the controls in the language under test.
 */

const ARTICLE = { url: 'https://news.example/2026/harbour-lights', title: 'The harbour lights come back on' };

interface Words {
  baseUrl: string;
  apiKey: string;
  xApiKey: string;
  xApiSecret: string;
  save: string;
  saved: string;
  postText: string;
  post: string;
  counts: Array<[networks: string[], said: string]>;
  published: string;
  viewPost: (network: string) => string;
}

const WORDS: Record<'de' | 'es' | 'fr', Words> = {
  de: {
    baseUrl: 'API-Basis-URL',
    apiKey: 'API-Schlüssel',
    xApiKey: 'X-API-Schlüssel',
    xApiSecret: 'X-API-Secret',
    save: 'Speichern',
    saved: 'Einstellungen gespeichert.',
    postText: 'Beitragstext',
    post: 'Veröffentlichen',
    counts: [
      [['Bluesky'], '1 Netzwerk'],
      [['Bluesky', 'LinkedIn'], '2 Netzwerke'],
    ],
    published: 'Veröffentlicht.',
    viewPost: (network) => `Beitrag auf ${network} ansehen`,
  },
  es: {
    baseUrl: 'URL base de la API',
    apiKey: 'Clave de API',
    xApiKey: 'Clave de API de X',
    xApiSecret: 'Secreto de API de X',
    save: 'Guardar',
    saved: 'Ajustes guardados.',
    postText: 'Texto de la publicación',
    post: 'Publicar',
    counts: [
      [['Bluesky'], '1 red'],
      [['Bluesky', 'LinkedIn'], '2 redes'],
    ],
    published: 'Publicado.',
    viewPost: (network) => `Ver la publicación en ${network}`,
  },
  fr: {
    baseUrl: 'URL de base de l’API',
    apiKey: 'Clé d’API',
    xApiKey: 'Clé d’API X',
    xApiSecret: 'Secret d’API X',
    save: 'Enregistrer',
    saved: 'Réglages enregistrés.',
    postText: 'Texte de la publication',
    post: 'Publier',
    counts: [
      [[], '0 réseau'],
      [['Bluesky', 'LinkedIn'], '2 réseaux'],
    ],
    published: 'Publié.',
    viewPost: (network) => `Voir la publication sur ${network}`,
  },
};

/** The options page filled in as a new user does, in the browser's language. */
async function configure(context: BrowserContext, extensionId: string, baseUrl: string, words: Words): Promise<void> {
  const { page } = await OptionsPage.open(context, extensionId);
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await expect(field(words.baseUrl)).not.toHaveValue('');
  await field(words.baseUrl).fill(baseUrl);
  await field(words.apiKey).fill(E2E_KEY);
  await field(words.xApiKey).fill(E2E_X.xApiKey);
  await field(words.xApiSecret).fill(E2E_X.xApiSecret);
  await page.getByRole('button', { name: words.save, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: words.saved })).toBeVisible();
  await page.close();
}

for (const language of ['de', 'es', 'fr'] as const) {
  test.describe(`in a browser set to "${language}"`, () => {
    test.use({ language });
    const words = WORDS[language];

    test('Sharebeam speaks its language: options, the composer, its counts and the result', async ({ context, extensionId, sandbox }) => {
      await configure(context, extensionId, sandbox.baseUrl, words);
      const composer = await Composer.open(context, extensionId, ARTICLE);
      const { page } = composer;
      // Screen readers read the page with the language's voice.
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByLabel(words.postText, { exact: true })).toHaveValue(/The harbour lights come back on/);

      for (const [networks, said] of words.counts) {
        for (const checkbox of await page.getByRole('checkbox', { checked: true }).all()) await checkbox.uncheck();
        for (const network of networks) await page.getByRole('checkbox', { name: network, exact: true }).check();
        await expect(page.getByText(said, { exact: true })).toBeVisible();
      }

      await page.getByRole('button', { name: words.post, exact: true }).click();
      await expect(page.getByText(words.published).first()).toBeVisible();
      for (const network of ['Bluesky', 'LinkedIn']) await expect(page.getByRole('link', { name: words.viewPost(network), exact: true })).toBeVisible();
      expect(sandbox.requestsTo('POST', '/post')[0]?.body).toMatchObject({ platforms: ['bluesky', 'linkedin'] });
    });
  });
}
