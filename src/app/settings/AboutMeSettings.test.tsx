// Tests that the consultant's "about me" words are kept on the tablet for the about-me card.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadAboutMe } from '../../storage/aboutMeStore';
import { initI18n } from '../i18n/i18n';
import { db } from '../services';
import { AboutMeSettings } from './AboutMeSettings';

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

describe('AboutMeSettings', () => {
  it('stores name, work, chosen likes and own words', async () => {
    render(<AboutMeSettings />);
    fireEvent.change(screen.getByLabelText('Hoe wilt u genoemd worden?'), {
      target: { value: 'Fenna' },
    });
    fireEvent.change(screen.getByLabelText(/Wat doet u voor de gemeente/), {
      target: { value: 'Ik help nieuwe inwoners.' },
    });
    const boxes = screen.getAllByRole('checkbox');
    fireEvent.click(boxes[0]!);
    fireEvent.change(screen.getByLabelText(/Nog iets over uzelf/), {
      target: { value: 'Ik heb twee katten.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await waitFor(async () =>
      expect(await loadAboutMe(db)).toEqual({
        name: 'Fenna',
        work: 'Ik help nieuwe inwoners.',
        likes: [{ likeId: 'cooking' }, { text: 'Ik heb twee katten.' }],
      }),
    );
    expect(await screen.findByText('Bewaard')).toBeTruthy();
  });
});
