// The municipality's own content and the review of translations: a tolk's flags grouped by sentence and language,
// accepting a suggestion makes a reviewed text every tablet fetches, a locale goes out to a translator as XLIFF or
// JSON and comes back as reviewed texts; broken placeholders and unknown keys are refused and nothing is half-done;
// a consultant only reads; one municipality never sees another's content. On PGlite, and PostgreSQL when set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type {
  ContentItem,
  ImportReport,
  MunicipalContent,
  TranslationFlagGroup,
} from '../../src/protocol/municipalContent';
import { caseDocumentName } from '../../src/protocol/documentName';
import { adapters } from './support/databases';
import { noteSkipped } from './support/env';
import { startTestServer, type TestServer } from './support/server';

const KEY = 'content:tile.yes';

for (const { kind, enabled } of adapters) {
  if (!enabled) noteSkipped(`municipal content on ${kind}`, 'DATABASE_URL');

  describe.skipIf(!enabled)(`municipal content on ${kind}`, () => {
    let server: TestServer;
    let tokens: { teamleider: string; consultant: string; beheerder: string; other: string };
    let orgId: string;

    const call = async (
      token: string,
      method: string,
      path: string,
      body?: unknown,
      contentType = 'application/json',
    ) => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': contentType }),
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await res.text();
      let json: unknown = text;
      try {
        json = JSON.parse(text);
      } catch {
        /* a file */
      }
      return { status: res.status, body: json, text, type: res.headers.get('content-type') ?? '' };
    };
    const content = async (token: string) =>
      (await call(token, 'GET', '/api/content')).body as MunicipalContent;

    const flagInCase = async (
      flags: { language: string; suggestion: string; at: string; key?: string }[],
    ) => {
      const caseId = randomUUID();
      const name = caseDocumentName(caseId);
      await server.db.query('INSERT INTO documents (name, organisation_id) VALUES ($1, $2)', [
        name,
        orgId,
      ]);
      await server.db.query(
        `INSERT INTO case_projection (name, organisation_id, case_id, display_name, language, conversation_count, answer_count, updated_at)
         VALUES ($1, $2, $3, 'x', 'ti', 1, 0, now())`,
        [name, orgId, caseId],
      );
      for (const f of flags) {
        await server.db.query(
          'INSERT INTO case_translation_flags (name, flag_id, text_key, language, shown_text, suggestion, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [name, randomUUID(), f.key ?? KEY, f.language, 'እወ', f.suggestion, f.at],
        );
      }
    };

    beforeAll(async () => {
      server = await startTestServer(kind);
      const own = await server.organisation('Gemeente Inhoud', [
        'consultant',
        'teamleider',
        'beheerder',
      ]);
      const other = await server.organisation('Gemeente Anders', ['teamleider']);
      orgId = own.id;
      const token = async (email: string) => (await server.session(email)).accessToken;
      tokens = {
        teamleider: await token(own.emails.teamleider),
        consultant: await token(own.emails.consultant),
        beheerder: await token(own.emails.beheerder),
        other: await token(other.emails.teamleider),
      };
    });
    afterAll(async () => server?.stop());

    it("groups the tolken's flags; accepting a suggestion makes a reviewed text every tablet of the municipality fetches", async () => {
      await flagInCase([
        { language: 'ti', suggestion: 'እወ፣', at: '2026-11-01T10:00:00.000Z' },
        { language: 'ti', suggestion: 'እወ፣', at: '2026-11-02T10:00:00.000Z' },
        { language: 'ar', suggestion: '', at: '2026-11-03T10:00:00.000Z' },
      ]);
      await flagInCase([{ language: 'ti', suggestion: 'ሓቂ', at: '2026-11-04T10:00:00.000Z' }]);
      const before = await call(tokens.teamleider, 'GET', '/api/backoffice/translations/flags');
      expect(before.status).toBe(200);
      const groups = before.body as TranslationFlagGroup[];
      expect(groups.map((g) => [g.textKey, g.language, g.count, g.open])).toEqual([
        [KEY, 'ti', 3, true],
        [KEY, 'ar', 1, true],
      ]);
      expect(groups[0]).toMatchObject({
        dutch: 'Ja',
        suggestions: [
          { text: 'እወ፣', count: 2 },
          { text: 'ሓቂ', count: 1 },
        ],
        current: null,
      });
      expect(groups[0]!.builtIn).toBeTruthy();

      const revisionBefore = (await content(tokens.consultant)).revision;
      const accepted = await call(tokens.teamleider, 'POST', '/api/backoffice/content', {
        kind: 'text',
        key: KEY,
        language: 'ti',
        value: { text: 'እወ፣' },
        reviewer: 'Tesfay (tolk)',
      });
      expect(accepted.status).toBe(200);
      const tablet = await content(tokens.consultant);
      expect(tablet.revision).toBeGreaterThan(revisionBefore);
      expect(tablet.items).toEqual([
        expect.objectContaining({
          kind: 'text',
          key: KEY,
          language: 'ti',
          value: { text: 'እወ፣' },
          reviewedBy: 'Tesfay (tolk)',
        }),
      ]);
      expect((tablet.items[0] as ContentItem).reviewedAt).toMatch(/^\d{4}-/);
      const after = (await call(tokens.teamleider, 'GET', '/api/backoffice/translations/flags'))
        .body as TranslationFlagGroup[];
      expect(after.find((g) => g.language === 'ti')).toMatchObject({
        open: false,
        current: { text: 'እወ፣', reviewedBy: 'Tesfay (tolk)' },
      });
      expect(after.find((g) => g.language === 'ar')!.open).toBe(true);
      // Another municipality's tablets never get it.
      expect((await content(tokens.other)).items).toEqual([]);
    });

    it('refuses a text that loses a placeholder or has no key in the app; keeps every version; takes one back', async () => {
      const broken = await call(tokens.teamleider, 'POST', '/api/backoffice/content', {
        kind: 'text',
        key: 'common.nope',
        language: 'ti',
        value: { text: 'x' },
      });
      expect(broken.status).toBe(400);
      const unknown = await call(tokens.teamleider, 'POST', '/api/backoffice/content', {
        kind: 'text',
        key: 'content:does.not.exist',
        language: 'ti',
        value: { text: 'x' },
      });
      expect(unknown.body).toMatchObject({ reason: 'unknown-key' });
      const placeholder = await call(tokens.teamleider, 'POST', '/api/backoffice/content', {
        kind: 'text',
        key: 'explain:card.termijn.p1',
        language: 'ar',
        value: { text: 'لديك ثلاث سنوات.' },
      });
      expect(placeholder.body).toMatchObject({ reason: 'placeholders-differ' });
      await call(tokens.teamleider, 'POST', '/api/backoffice/content', {
        kind: 'text',
        key: KEY,
        language: 'ti',
        value: { text: 'እወ' },
      });
      await call(tokens.teamleider, 'POST', '/api/backoffice/content', {
        kind: 'text',
        key: KEY,
        language: 'ti',
        value: null,
      });
      expect((await content(tokens.consultant)).items.filter((i) => i.language === 'ti')).toEqual(
        [],
      );
      const history = (
        await call(
          tokens.teamleider,
          'GET',
          `/api/backoffice/content/history?kind=text&key=${encodeURIComponent(KEY)}&language=ti`,
        )
      ).body as { value: unknown }[];
      expect(history.map((h) => h.value)).toEqual([null, { text: 'እወ' }, { text: 'እወ፣' }]);
    });

    it("keeps a checked legal figure, a card's source and a local partner, with source and date, for the tablets", async () => {
      const fine = {
        value: 250,
        source: {
          title: 'Besluit inburgering 2021',
          article: 'art. 8.1',
          url: 'https://wetten.overheid.nl/BWBR0045555',
        },
        checkedAt: '2026-12-01',
      };
      expect(
        (
          await call(tokens.beheerder, 'POST', '/api/backoffice/content', {
            kind: 'fact',
            key: 'intakeFineEuro',
            value: fine,
            reviewer: 'Mr. J. de Vries',
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await call(tokens.teamleider, 'POST', '/api/backoffice/content', {
            kind: 'fact',
            key: 'intakeFineEuro',
            value: { ...fine, checkedAt: 'gisteren' },
          })
        ).status,
      ).toBe(400);
      const partner = {
        name: 'Taalhuis Centrum',
        about: 'Gratis taalles op dinsdag',
        phone: '010 123 45 67',
        address: 'Markt 1',
      };
      expect(
        (
          await call(tokens.teamleider, 'POST', '/api/backoffice/content', {
            kind: 'partner',
            key: 'taalhuis',
            value: partner,
          })
        ).status,
      ).toBe(200);
      const source = {
        source: { title: 'Besluit inburgering 2021', article: 'art. 8.1' },
        checkedAt: '2026-12-02',
      };
      expect(
        (
          await call(tokens.teamleider, 'POST', '/api/backoffice/content', {
            kind: 'source',
            key: 'boete',
            value: source,
            reviewer: 'Mr. J. de Vries',
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await call(tokens.teamleider, 'POST', '/api/backoffice/content', {
            kind: 'source',
            key: 'no-such-card',
            value: source,
          })
        ).body,
      ).toMatchObject({ reason: 'unknown-key' });
      const items = (await content(tokens.consultant)).items;
      expect(items.find((i) => i.kind === 'source')).toMatchObject({
        key: 'boete',
        value: source,
        reviewedBy: 'Mr. J. de Vries',
      });
      expect(items.find((i) => i.kind === 'fact')).toMatchObject({
        key: 'intakeFineEuro',
        value: fine,
        reviewedBy: 'Mr. J. de Vries',
      });
      expect(items.find((i) => i.kind === 'partner')).toMatchObject({
        key: 'taalhuis',
        value: partner,
      });
    });

    it('exports a locale for a translator as XLIFF 2.0 and JSON with the Dutch beside it, and imports it back reviewed', async () => {
      const xliff = await call(tokens.teamleider, 'GET', '/api/backoffice/translations/ti/export');
      expect(xliff.status).toBe(200);
      expect(xliff.type).toContain('application/xliff+xml');
      expect(xliff.text).toContain('urn:oasis:names:tc:xliff:document:2.0');
      expect(xliff.text).toContain('srcLang="nl" trgLang="ti"');
      expect(xliff.text).toMatch(/<unit id="tile.yes">[\s\S]*?<source>Ja<\/source>/);
      const json = await call(
        tokens.teamleider,
        'GET',
        '/api/backoffice/translations/ti/export?format=json',
      );
      const strings = (json.body as { strings: Record<string, { source: string; target: string }> })
        .strings;
      expect(strings['content:tile.yes']!.source).toBe('Ja');

      const edited = xliff.text.replace(
        /(<unit id="tile.no">[\s\S]*?<target>)([^<]*)(<\/target>)/,
        '$1ኣይፋልን፣$3',
      );
      const imported = await call(
        tokens.teamleider,
        'POST',
        '/api/backoffice/translations/ti/import?reviewer=Bureau%20Vertaal',
        edited,
        'text/plain',
      );
      expect(imported.status).toBe(200);
      expect(imported.body as ImportReport).toEqual({
        changed: 1,
        unchanged: expect.any(Number),
        unknown: [],
      });
      expect(
        (await content(tokens.consultant)).items.find((i) => i.key === 'content:tile.no'),
      ).toMatchObject({ value: { text: 'ኣይፋልን፣' }, reviewedBy: 'Bureau Vertaal' });

      const revision = (await content(tokens.consultant)).revision;
      expect(strings['explain:card.termijn.p1']!.source).toContain('{{years}}');
      const brokenJson = JSON.stringify({
        targetLanguage: 'ti',
        strings: {
          'content:tile.no': { target: 'ኣይ' },
          'explain:card.termijn.p1': { target: 'ሰለስተ ዓመት' },
        },
      });
      const refused = await call(
        tokens.teamleider,
        'POST',
        '/api/backoffice/translations/ti/import?reviewer=Bureau%20Vertaal',
        brokenJson,
        'text/plain',
      );
      expect(refused).toMatchObject({
        status: 400,
        body: {
          reason: 'placeholders-differ',
          problems: [{ key: 'explain:card.termijn.p1', reason: 'placeholders-differ' }],
        },
      });
      expect((await content(tokens.consultant)).revision).toBe(revision);
      expect(
        (
          await call(
            tokens.teamleider,
            'POST',
            '/api/backoffice/translations/ti/import?reviewer=X%20Y',
            '<xliff',
            'text/plain',
          )
        ).body,
      ).toMatchObject({ reason: 'invalid-file' });
      const wrong = JSON.stringify({ targetLanguage: 'ar', strings: {} });
      expect(
        (
          await call(
            tokens.teamleider,
            'POST',
            '/api/backoffice/translations/ti/import?reviewer=X%20Y',
            wrong,
            'text/plain',
          )
        ).body,
      ).toMatchObject({ reason: 'wrong-language' });
    });

    it('lets a consultant read the content but change nothing, audited; another municipality sees none of it', async () => {
      expect(
        (
          await call(tokens.consultant, 'POST', '/api/backoffice/content', {
            kind: 'text',
            key: KEY,
            language: 'ti',
            value: { text: 'x' },
          })
        ).status,
      ).toBe(403);
      expect(
        (await call(tokens.consultant, 'GET', '/api/backoffice/translations/flags')).status,
      ).toBe(403);
      expect(
        (await call(tokens.consultant, 'GET', '/api/backoffice/translations/ti/export')).status,
      ).toBe(403);
      const refusals = await server.db.query<{ action: string }>(
        "SELECT action FROM audit_log WHERE outcome = 'refused' AND reason = 'role-consultant' ORDER BY id",
      );
      expect(refusals.map((r) => r.action)).toEqual([
        'content-change',
        'translation-flags',
        'translation-export',
      ]);
      expect((await call(tokens.other, 'GET', '/api/backoffice/translations/flags')).body).toEqual(
        [],
      );
      expect((await content(tokens.other)).items).toEqual([]);
      const changes = await server.db.query<{ action: string }>(
        "SELECT action FROM audit_log WHERE outcome = 'ok' AND action IN ('content-change', 'translation-import', 'translation-export')",
      );
      expect(changes.length).toBeGreaterThanOrEqual(6);
    });
  });
}
