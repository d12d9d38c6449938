// Saves one version of the municipality's content; resolves to undefined, or the plain reason it was refused.
import type { ContentChange } from '../../../protocol/municipalContent';
import { backoffice } from '../../services';
import { failureReason } from '../useBackofficeData';

export const saveContent = async (
  change: ContentChange | (Omit<ContentChange, 'reviewer'> & { reviewer?: string }),
): Promise<string | undefined> => {
  try {
    await backoffice.send('POST', '/api/backoffice/content', change);
    return undefined;
  } catch (error) {
    return failureReason(error);
  }
};

/** The reviewer field as the server wants it: absent when empty. */
export const reviewerOf = (reviewer: string): { reviewer?: string } =>
  reviewer.trim().length >= 2 ? { reviewer: reviewer.trim() } : {};
