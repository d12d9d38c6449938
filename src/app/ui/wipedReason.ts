// Why the tablet was emptied, as the wipe left it in the address (?wiped=retired|revoked) for the next start to say.
export type WipedReason = 'retired' | 'revoked';

export const wipedReason = (): WipedReason | undefined => {
  const why = new URLSearchParams(location.search).get('wiped');
  return why === 'retired' || why === 'revoked' ? why : undefined;
};
