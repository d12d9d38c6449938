// The consultant's session on this tablet: log in once online, then keep a fresh access token.
// The session (and so offline work) survives without network; only the server decides it is over.
import type { SessionResponse, UserInfo } from '../protocol/api';
import type { SessionStore, StoredSession } from '../storage/sessionStore';
import type { ApiClient } from './apiClient';
import { ApiError, type ApiFailure } from './apiError';

export type { SessionStore, StoredSession } from '../storage/sessionStore';

export type SessionState =
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: UserInfo; deviceId: string }
  /**
   * The server refused the refresh token (expired, unknown, or its family revoked because a replaced token
   * was used again): log in again; local work stays, and the sign-in continues on the same device.
   */
  | { status: 'expired'; user: UserInfo }
  /** A beheerder revoked this tablet. */
  | { status: 'revoked'; user: UserInfo };

const REFRESH_MARGIN_S = 60;

/** Refusals of the refresh token after which only signing in again helps (the tablet and its work stay). */
const SIGN_IN_AGAIN: ReadonlySet<ApiFailure> = new Set<ApiFailure>([
  'invalid-token',
  'token-expired',
  'refresh-token-reused',
]);

const fromResponse = (r: SessionResponse): StoredSession => ({
  accessToken: r.accessToken,
  accessTokenExpiresAt: r.accessTokenExpiresAt,
  refreshToken: r.refreshToken,
  deviceId: r.deviceId,
  user: r.user,
});

export class SessionManager {
  private session: StoredSession | null = null;
  private state: SessionState = { status: 'signed-out' };
  private refreshing: Promise<string> | null = null;
  private readonly listeners = new Set<(state: SessionState) => void>();

  constructor(
    private readonly api: ApiClient,
    private readonly store: SessionStore,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  async restore(): Promise<SessionState> {
    this.session = await this.store.load();
    this.setState(
      this.session
        ? { status: 'signed-in', user: this.session.user, deviceId: this.session.deviceId }
        : { status: 'signed-out' },
    );
    return this.state;
  }

  getState(): SessionState {
    return this.state;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async login(email: string, password: string, deviceName: string): Promise<void> {
    // Signing in again continues on the device this tablet was: the work it wrote offline under that
    // device's Yjs client ids is then still accepted. The server ignores it for another user.
    const previousDeviceId = this.session?.deviceId;
    const response = await this.api.login({
      email,
      password,
      deviceName,
      ...(previousDeviceId ? { previousDeviceId } : {}),
    });
    this.session = fromResponse(response);
    await this.store.save(this.session);
    this.setState({ status: 'signed-in', user: response.user, deviceId: response.deviceId });
  }

  /** The server said this tablet was revoked (on the socket or a REST call). */
  markRevoked(): void {
    if (this.session && this.state.status !== 'revoked')
      this.setState({ status: 'revoked', user: this.session.user });
  }

  async logout(): Promise<void> {
    this.session = null;
    await this.store.clear();
    this.setState({ status: 'signed-out' });
  }

  /** A valid access token, refreshed when it is about to expire. Throws ApiError when that is impossible. */
  getAccessToken(): Promise<string> {
    const session = this.session;
    if (!session || this.state.status !== 'signed-in')
      return Promise.reject(new ApiError('invalid-token'));
    if (session.accessTokenExpiresAt - REFRESH_MARGIN_S > this.nowSeconds())
      return Promise.resolve(session.accessToken);
    this.refreshing ??= this.refresh(session).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refresh(current: StoredSession): Promise<string> {
    let session = current;
    try {
      // Another tab of the app may have refreshed already: its token replaced ours, and showing ours
      // again would look like a stolen token to the server (reuse detection) and end the session.
      const stored = await this.store.load().catch(() => null);
      if (
        stored &&
        stored.deviceId === session.deviceId &&
        stored.refreshToken !== session.refreshToken
      ) {
        this.session = session = stored;
        if (stored.accessTokenExpiresAt - REFRESH_MARGIN_S > this.nowSeconds())
          return stored.accessToken;
      }
      const response = await this.api.refresh(session.refreshToken);
      this.session = fromResponse(response);
      await this.store.save(this.session);
      return this.session.accessToken;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'device-revoked')
        this.setState({ status: 'revoked', user: session.user });
      else if (error instanceof ApiError && SIGN_IN_AGAIN.has(error.code)) {
        this.setState({ status: 'expired', user: session.user });
      }
      throw error;
    }
  }

  private setState(state: SessionState) {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
