// Tests of municipality photos: added in settings (downscaled, kept for upload), shown beside the pictogram.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentMedia } from '../audio/mediaServices';
import { questionPhotoKey, tilePhotoKey } from '../audio/promptKeys';
import { initI18n } from '../i18n/i18n';
import { ContentPicture } from './ContentPicture';
import { PhotoSettings } from './PhotoSettings';
import { useAppStore } from '../state/store';
import type { Role } from '../../protocol/roles';

const downscalePhoto = vi.hoisted(() => vi.fn());
vi.mock('./downscale', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./downscale')>()),
  downscalePhoto,
}));

beforeAll(async () => {
  await initI18n();
});
beforeEach(() => {
  downscalePhoto.mockResolvedValue(new Blob(['jpeg'], { type: 'image/jpeg' }));
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:photo');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});
afterEach(async () => {
  cleanup();
  for (const info of await contentMedia.list()) await contentMedia.remove(info.id);
});

describe('ContentPicture', () => {
  it('shows the pictogram while the municipality has no photo, and the photo (with alt text) once it has', async () => {
    const { container } = render(
      <ContentPicture
        pictogram="school"
        photoKey={tilePhotoKey('school-primary')}
        alt="Basisschool"
        size={104}
      />,
    );
    expect(container.querySelector('img.pictogram')).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'Basisschool' })).toBeNull();
    await contentMedia.save({
      kind: 'photo',
      key: tilePhotoKey('school-primary'),
      blob: new Blob(['jpeg'], { type: 'image/jpeg' }),
    });
    const photo = await screen.findByRole('img', { name: 'Basisschool' });
    expect(photo.getAttribute('src')).toBe('blob:photo');
  });
});

describe('PhotoSettings', () => {
  it('adds a downscaled photo to a question, keeps it for upload and can remove it again', async () => {
    render(<PhotoSettings />);
    const first = document.querySelector<HTMLElement>(
      `[data-photo-key="${questionPhotoKey('family.partner')}"]`,
    );
    expect(first).toBeTruthy();
    const input = first!.querySelector<HTMLInputElement>('input[type=file]:not([capture])')!;
    const file = new File(['raw camera bytes'], 'school.heic', { type: 'image/heic' });
    fireEvent.change(input, { target: { files: [file] } });

    await waitFor(async () =>
      expect(await contentMedia.find('photo', questionPhotoKey('family.partner'))).toBeDefined(),
    );
    expect(downscalePhoto).toHaveBeenCalledWith(file);
    const found = await contentMedia.find('photo', questionPhotoKey('family.partner'));
    expect(found?.info).toMatchObject({ mime: 'image/jpeg', uploadState: 'pending', language: '' });
    // It is listed among the photos in use, with its state.
    expect(
      (await screen.findAllByText('Wacht op verzenden (staat op de tablet)')).length,
    ).toBeGreaterThan(0);

    fireEvent.click(screen.getAllByRole('button', { name: 'Foto weghalen' })[0]!);
    await waitFor(async () =>
      expect(await contentMedia.find('photo', questionPhotoKey('family.partner'))).toBeUndefined(),
    );
  });

  it('lets only a teamleider or beheerder remove a photo the server holds; a consultant may replace it', async () => {
    const saved = await contentMedia.save({
      kind: 'photo',
      key: questionPhotoKey('family.partner'),
      blob: new Blob(['jpeg'], { type: 'image/jpeg' }),
    });
    await contentMedia.markUploaded(saved.id, '2026-12-04T10:00:00.000Z');
    const signIn = (role: Role) =>
      useAppStore.getState().setSession({
        status: 'signed-in',
        deviceId: 'd',
        user: {
          id: 'u',
          email: 'c@example.nl',
          role,
          organisationId: 'o',
          organisationName: 'Gemeente',
        },
      });
    signIn('consultant');
    render(<PhotoSettings />);
    expect((await screen.findAllByText('Op de server')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Foto weghalen' })).toBeNull();
    act(() => signIn('teamleider'));
    expect(
      (await screen.findAllByRole('button', { name: 'Foto weghalen' })).length,
    ).toBeGreaterThan(0);
    act(() => useAppStore.getState().setSession({ status: 'signed-out' }));
    // Gone from the tablet as after the server confirmed a removal, so the next test starts empty.
    await contentMedia.remove(saved.id);
    await contentMedia.removalDone(saved.id);
  });

  it('says so when a photo cannot be read', async () => {
    const { PhotoError } = await import('./downscale');
    downscalePhoto.mockRejectedValue(new PhotoError('unreadable'));
    render(<PhotoSettings />);
    const input = document.querySelector<HTMLInputElement>('input[type=file]:not([capture])')!;
    fireEvent.change(input, {
      target: { files: [new File(['?'], 'x.bmp', { type: 'image/bmp' })] },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Deze foto kan niet worden gelezen. Kies een andere foto.',
    );
    expect(await contentMedia.list()).toEqual([]);
  });
});
