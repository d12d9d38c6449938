// Tests of an explanation card on a real (in-memory) tablet store: panels one at a time with arrows,
// the teach-back stored with language and result, "explain again now" and "next time", RTL and the fine note.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readExplanations } from '../../domain/explanations';
import { startConversation } from '../../domain/commands';
import { changeLanguage, initI18n } from '../i18n/i18n';
import { cases } from '../services';
import { ExplanationCardScreen } from './ExplanationCardScreen';
import nlExplain from '../../../locales/nl/explain.json';

let n = 0;
const newCase = async (language = 'nl') => {
  const caseId = `explain-case-${++n}`;
  const handle = await cases.create({ id: caseId, name: 'Amanuel Tesfaye', language });
  startConversation(handle.doc, {
    id: 'v1',
    type: 'intake-a',
    language,
    now: '2026-11-23T10:00:00.000Z',
  });
  await handle.save();
  return { caseId, doc: handle.doc };
};

const next = () => fireEvent.click(screen.getByRole('button', { name: /Verder/ }));

/** Clicks through all panels to the teach-back. */
const toTeachBack = async (panels: number) => {
  for (let i = 1; i < panels; i++) next();
  fireEvent.click(screen.getByRole('button', { name: /Even kijken/ }));
  await screen.findByRole('heading', { level: 2 });
};

/** Waits until the case is open, so the teach-back tiles can store. */
const waitForCase = async () =>
  waitFor(() =>
    expect(
      screen
        .getAllByRole('button')
        .filter((b) => b.classList.contains('tile'))
        .every((b) => !(b as HTMLButtonElement).disabled),
    ).toBe(true),
  );

beforeAll(async () => {
  await initI18n();
  // The app registers the namespace itself (texts.tsx); adding it here as well keeps the test independent of that.
  i18next.addResourceBundle('nl', 'explain', nlExplain, true, false);
});
afterEach(async () => {
  cleanup();
  await act(() => changeLanguage('nl'));
});

describe('ExplanationCardScreen', () => {
  it('shows one panel at a time, with the fact filled in, and arrows to go back and on', async () => {
    const { caseId } = await newCase();
    render(
      <ExplanationCardScreen
        caseId={caseId}
        conversationId="v1"
        cardId="termijn"
        lang="nl"
        onDone={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hoeveel tijd heeft u?');
    expect(screen.getByText('U heeft 3 jaar de tijd om in te burgeren.')).toBeTruthy();
    expect((screen.getByRole('button', { name: /Vorige/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    next();
    expect(screen.getByText('Eerst maakt u samen met de gemeente een plan: het PIP.')).toBeTruthy();
    expect(screen.queryByText('U heeft 3 jaar de tijd om in te burgeren.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Vorige/ }));
    expect(screen.getByText('U heeft 3 jaar de tijd om in te burgeren.')).toBeTruthy();
    expect(screen.getByText('Plaatje 1 van 5')).toBeTruthy();
    expect(screen.getByText(/Bron: Wet inburgering 2021, art. 11/)).toBeTruthy();
    expect(screen.getByText(/Concepttekst/)).toBeTruthy();
  });

  it('stores an understood teach-back with card, conversation, language and time, then is done', async () => {
    const { caseId, doc } = await newCase();
    const onDone = vi.fn();
    render(
      <ExplanationCardScreen
        caseId={caseId}
        conversationId="v1"
        cardId="termijn"
        lang="nl"
        onDone={onDone}
      />,
    );
    await toTeachBack(5);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Wanneer beginnen de 3 jaar?',
    );
    expect(screen.getByRole('button', { name: /Ik weet het niet/ })).toBeTruthy();
    await waitForCase();
    fireEvent.click(screen.getByRole('button', { name: 'Als het PIP klaar is' }));
    await screen.findByText('Goed zo. Dat klopt.');
    const [record] = readExplanations(doc);
    expect(record).toMatchObject({
      cardId: 'termijn',
      conversationId: 'v1',
      language: 'nl',
      understood: true,
      answerTileId: 'pip',
    });
    expect(Date.parse(record!.at)).not.toBeNaN();
    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('when not understood, explains again now and stores the second try as a new record', async () => {
    const { caseId, doc } = await newCase();
    render(
      <ExplanationCardScreen
        caseId={caseId}
        conversationId="v1"
        cardId="leerroutes"
        lang="nl"
        onDone={() => {}}
      />,
    );
    await toTeachBack(5);
    await waitForCase();
    fireEvent.click(screen.getByRole('button', { name: 'Werken en Nederlands leren' }));
    await screen.findByText(/Dat is nog niet duidelijk/);
    expect(screen.getByRole('button', { name: /Volgende keer/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Nu nog een keer uitleggen/ }));
    expect(
      screen.getByText('Er zijn drie manieren om in te burgeren: de leerroutes.'),
    ).toBeTruthy();
    await toTeachBack(5);
    await waitForCase();
    fireEvent.click(screen.getByRole('button', { name: 'Naar school voor een diploma' }));
    await screen.findByText('Goed zo. Dat klopt.');
    expect(readExplanations(doc).map((r) => [r.answerTileId, r.understood])).toEqual([
      ['work', false],
      ['school', true],
    ]);
  });

  it('"I don\'t know" is stored as not understood, and "next time" ends the card', async () => {
    const { caseId, doc } = await newCase();
    const onDone = vi.fn();
    render(
      <ExplanationCardScreen caseId={caseId} cardId="alleen-praten" lang="nl" onDone={onDone} />,
    );
    await toTeachBack(4);
    await waitForCase();
    fireEvent.click(screen.getByRole('button', { name: /Ik weet het niet/ }));
    fireEvent.click(await screen.findByRole('button', { name: /Volgende keer/ }));
    expect(onDone).toHaveBeenCalledOnce();
    const [record] = readExplanations(doc);
    expect(record).toMatchObject({
      cardId: 'alleen-praten',
      understood: false,
      answerTileId: 'dont-know',
    });
    expect(record).not.toHaveProperty('conversationId');
  });

  it('shows the fine with its amount from content and says that amounts change', async () => {
    const { caseId } = await newCase();
    render(
      <ExplanationCardScreen
        caseId={caseId}
        conversationId="v1"
        cardId="boete"
        lang="nl"
        onDone={() => {}}
      />,
    );
    next();
    expect(screen.getByText(/kunt u een boete krijgen van € 250\./)).toBeTruthy();
    expect(
      screen.getByText('Bedragen kunnen veranderen. Dit bedrag is nagekeken op 23 november 2026.'),
    ).toBeTruthy();
  });

  it('runs right-to-left in Arabic, with the Arabic sentence big and the Dutch beneath it', async () => {
    const { caseId, doc } = await newCase('ar');
    const { container } = render(
      <ExplanationCardScreen
        caseId={caseId}
        conversationId="v1"
        cardId="ontzorgen"
        lang="ar"
        onDone={() => {}}
      />,
    );
    // The card sets its own direction, and switches the page to the conversation's language and direction.
    expect(container.querySelector('.explain-screen')?.getAttribute('dir')).toBe('rtl');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    const sentence = await screen.findByText(
      'هل أنت من حاملي الإقامة بعد اللجوء وتحصل على المساعدة الاجتماعية؟ عندها تدفع البلدية فواتيرك الثابتة لمدة 6 أشهر على الأقل.',
    );
    expect(sentence.getAttribute('lang')).toBe('ar');
    expect(container.querySelector('.explain-sentence .bilingual-nl')?.textContent).toBe(
      'Bent u asielstatushouder en krijgt u bijstand? Dan betaalt de gemeente minstens 6 maanden uw vaste rekeningen.',
    );
    expect(screen.queryByText('Nog niet vertaald. Vraag het de tolk.')).toBeNull();
    expect(container.querySelectorAll('.explain-arrow')).toHaveLength(2);
    await toTeachBack(5);
    await waitForCase();
    fireEvent.click(screen.getByRole('button', { name: /الإيجار/ }));
    await waitFor(() => expect(readExplanations(doc)).toHaveLength(1));
    expect(readExplanations(doc)[0]).toMatchObject({ language: 'ar', understood: true });
  });

  it('shows a translated sentence big in the own language with the Dutch small beneath', async () => {
    i18next.addResourceBundle(
      'en',
      'explain',
      { card: { termijn: { p1: 'You have {{years}} years to integrate.' } } },
      true,
      true,
    );
    const { caseId } = await newCase('en');
    const { container } = render(
      <ExplanationCardScreen
        caseId={caseId}
        conversationId="v1"
        cardId="termijn"
        lang="en"
        onDone={() => {}}
      />,
    );
    const own = await screen.findByText('You have 3 years to integrate.');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(own.getAttribute('lang')).toBe('en');
    expect(container.querySelector('.explain-sentence .bilingual-nl')?.textContent).toBe(
      'U heeft 3 jaar de tijd om in te burgeren.',
    );
    expect(screen.queryByText('Nog niet vertaald. Vraag het de tolk.')).toBeNull();
    // A key without translation shows the Dutch once, marked as Dutch.
    expect(screen.getByText('Hoeveel tijd heeft u?').getAttribute('lang')).toBe('nl');
    i18next.removeResourceBundle('en', 'explain');
  });

  it('says so when the case cannot be opened, and stores nothing', async () => {
    render(
      <ExplanationCardScreen
        caseId="not-on-this-tablet"
        cardId="termijn"
        lang="nl"
        onDone={() => {}}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Dit gesprek staat niet op deze tablet.',
    );
    await toTeachBack(5);
    expect(
      (screen.getByRole('button', { name: 'Als het PIP klaar is' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('has no axe violations on a panel and on the teach-back', async () => {
    const { caseId } = await newCase();
    const { container } = render(
      <ExplanationCardScreen
        caseId={caseId}
        conversationId="v1"
        cardId="knm-map-pvt"
        lang="nl"
        onDone={() => {}}
      />,
    );
    const check = async () => {
      const result = await axe.run(container, {
        rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
      });
      expect(
        result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    };
    await check();
    await toTeachBack(4);
    await waitForCase();
    await check();
  });
});
